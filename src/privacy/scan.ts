/**
 * Finds personal data in a text: citizen ID numbers, names with a birth date or age, private mobile numbers,
 * and names next to words about drug use or rehabilitation. Pure: text in, findings with offsets out. The text is
 * normalized first (normalize.ts: tags, entities, NFKC, invisible characters, emphasis, digit groups) and each
 * finding is reported with its offsets and wording in the original. Linear in the text's length: every regex is
 * anchored or bounded, and the checks around a name or number look at a bounded window.
 */
import { findNames, type NameMatch } from './names';
import { normalizeForScan, originalSpan } from './normalize';

/** The kinds of personal data the guard looks for. */
export type FindingKind = 'idNumber' | 'birth' | 'mobile' | 'stigma';

/** One piece of personal data found in a text. */
export interface Finding {
  kind: FindingKind;
  /** The exact text that was found (what an editor copies into a `privacy` phrase). */
  text: string;
  /** Offsets in the scanned text. */
  start: number;
  end: number;
}

/** What is public by design: numbers posted on hotline boards and the officials named on them. */
export interface PublicData {
  /** Phone numbers as digits only, starting with 0. */
  phones: Set<string>;
  /** Officials' full names, NFC. */
  officials: Set<string>;
  /** Names of the commune, its villages and province ("Lạc Phượng", "Đông Lạc"): places that look like names. */
  places: Set<string>;
}

/** Words that put a person in the group whose data must never be published. */
const STIGMA = [
  'nghiện',
  'cai nghiện',
  'sau cai',
  'sử dụng trái phép',
  'sử dụng ma túy',
  'dùng ma túy',
  'đối tượng',
  'dương tính',
  'tái nghiện',
  'methadone',
  'thuốc thay thế',
  'quản lý sau cai',
  'hút ma túy',
  'tiêm chích',
  'nghi nghiện',
];
const STIGMA_RE = new RegExp(`(?<![\\p{L}])(?:${STIGMA.join('|')})(?![\\p{L}])`, 'iu');

/** A digit, then any number of digits each after an optional single space (digit groups are normalized). */
const ID_KEYWORD =
  /(?:CCCD|CMND|CMT|căn cước(?: công dân)?|chứng minh (?:nhân dân|thư)|số định danh(?: cá nhân)?)(?:[ \t]{0,3}(?:số|:|là)){0,3}[ \t]{0,3}(\d(?: ?\d){8,11})(?! ?\d)/giu;
/** A bare 12-digit CCCD number: province code 001–096, then the century-and-sex digit 0–3. */
const CCCD_BARE = /(?<!\d ?|\d[.,/])(?:0 ?[0-8] ?\d|0 ?9 ?[0-6]) ?[0-3](?: ?\d){8}(?! ?\d|[.,/]\d)/gu;
/** A bare 9-digit number: an old CMND only when a personal name stands in the same sentence. */
const CMND_BARE = /(?<!\d ?|\d[.,/])\d(?: ?\d){8}(?! ?\d|[.,/]\d)/gu;
/**
 * Where a mobile number may start: 0, (0 for an area-code form "(0912) 345 678", or the country code in the forms
 * +84, (+84), 84, each optionally followed by (0). The digits after it are read by readMobile.
 */
const MOBILE_START = /(?<![\d+])(?:\( ?0|0|\( ?\+ ?84 ?\)|\+ ?84|84)/gu;
/**
 * What follows a name when it gives a birth date or age: "(sinh năm 1998)", ", SN 2001", ", ngày sinh: 14/03/2011",
 * "(1998)", ", 27 tuổi", or a table row whose next cell is a date or a year ("| Kiều Văn Thắng | 1992 |").
 * Dates and years may hold the single spaces of normalized digit groups ("14 03 2011", "19 98").
 */
const BIRTH_AFTER_NAME =
  /^\s{0,3}(?:[,(–-]\s{0,3})?(?:(?:sinh|SN|sn|s\.n|năm sinh|ngày sinh)\s{0,3}(?:năm|ngày)?\s{0,3}:?\s{0,3}(?:\d{1,2}[/. -]\d{1,2}[/. -])?(?:19|20) ?\d ?\d|\(\s{0,3}(?:\d{1,2}[/. -]\d{1,2}[/. -])?(?:19|20) ?\d ?\d\s{0,3}\)|\(?\s{0,3}\d{1,2}\s{0,3}tuổi)|^\s{0,3}\|\s{0,3}(?:\d{1,2}[/. -]\d{1,2}[/. -])?(?:19|20) ?\d ?\d\s{0,3}\|/u;

/** Digits of a phone number, as a domestic number starting with 0. */
export function phoneDigits(raw: string): string {
  const digits = normalizeForScan(raw).text.replace(/\D/g, '');
  if (digits.startsWith('840') && digits.length === 12) return digits.slice(2);
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/**
 * The mobile number whose prefix MOBILE_START matched at [start, prefixEnd): a mobile network digit (3, 5, 7, 8,
 * 9), then eight more digits, one optional space between digits (and the closing parenthesis of an area-code
 * form), not followed by another digit. Returns its end and its ten domestic digits.
 */
function readMobile(text: string, prefix: string, prefixEnd: number): { end: number; digits: string } | undefined {
  let i = prefixEnd;
  let open = prefix.startsWith('(') && !prefix.includes('84');
  if (prefix.includes('84')) {
    if (text[i] === ' ') i++;
    const zero = /^\( ?0 ?\) ?/.exec(text.slice(i, i + 6));
    if (zero) i += zero[0].length;
  }
  let digits = '';
  while (digits.length < 9 && i < text.length) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') {
      if (digits.length === 0 && !'35789'.includes(c)) return undefined;
      digits += c;
      i++;
      if (open && text[i] === ')') {
        open = false;
        i++;
      }
      if (digits.length < 9 && text[i] === ' ' && /\d/.test(text[i + 1] ?? '')) i++;
      continue;
    }
    if (digits.length === 0 && c === ' ' && !prefix.includes('84')) {
      i++;
      continue;
    }
    return undefined;
  }
  if (digits.length < 9 || open || /\d/.test(text[i] ?? '')) return undefined;
  return { end: i, digits: `0${digits}` };
}

function sentenceWindow(text: string, name: { start: number; end: number }, reach: number): [number, number] {
  // Stay within the paragraph (a blank line, a list item break or a page break ends it) and within `reach` characters.
  let from = Math.max(0, name.start - reach);
  let to = Math.min(text.length, name.end + reach);
  const before = text.slice(from, name.start);
  const lastBreak = Math.max(
    before.lastIndexOf('\n\n'),
    before.lastIndexOf('\n-'),
    before.lastIndexOf('\n  -'),
    before.lastIndexOf('\f'),
  );
  if (lastBreak >= 0) from += lastBreak + 1;
  const after = text.slice(name.end, to);
  const nextBreak = after.search(/\n[ \t]*\n|\n[ \t]*-\s|\f/);
  if (nextBreak >= 0) to = name.end + nextBreak;
  return [from, to];
}

function isPlace(name: NameMatch, pub: PublicData): boolean {
  return [...pub.places].some((place) => name.key === place || name.key.startsWith(`${place} `));
}

/**
 * Officials named on a hotline board are public even next to words about drug use ("báo cho đồng chí Vũ Văn Nam
 * khi phát hiện người nghiện"). A title alone never is: "Trưởng thôn Nguyễn Văn A bị phát hiện nghiện" is reported.
 */
function isOfficial(name: NameMatch, pub: PublicData): boolean {
  return pub.officials.has(name.key);
}

/** Whether a personal name stands in the same sentence window as [start, end): names are sorted by start. */
function nearAName(text: string, names: NameMatch[], start: number, reach: number): boolean {
  // Binary search the first name that could reach `start`, then look at the few names around it.
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid]!.end + reach < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < names.length && names[k]!.start <= start + reach; k++) {
    const [from, to] = sentenceWindow(text, names[k]!, reach);
    if (start >= from && start < to) return true;
  }
  return false;
}

/** Findings in normalized text (offsets in it). */
function scanNormalized(text: string, pub: PublicData): Finding[] {
  const findings: Finding[] = [];
  const inIdMask = new Uint8Array(text.length + 1);
  const markId = (a: number, b: number) => inIdMask.fill(1, a, b);
  const names = findNames(text).filter((name) => !isPlace(name, pub));
  const add = (kind: FindingKind, start: number, end: number) =>
    findings.push({ kind, text: text.slice(start, end), start, end });

  for (const m of text.matchAll(ID_KEYWORD)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (digits.length === 9 || digits.length === 12) {
      add('idNumber', m.index, m.index + m[0].length);
      markId(m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(CCCD_BARE)) {
    if (inIdMask[m.index]) continue;
    add('idNumber', m.index, m.index + m[0].length);
    markId(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(CMND_BARE)) {
    if (inIdMask[m.index] || !nearAName(text, names, m.index, 90)) continue;
    add('idNumber', m.index, m.index + m[0].length);
    markId(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(MOBILE_START)) {
    if (inIdMask[m.index]) continue;
    const mobile = readMobile(text, m[0], m.index + m[0].length);
    if (mobile && !pub.phones.has(mobile.digits)) add('mobile', m.index, mobile.end);
  }

  for (const name of names) {
    const after = text.slice(name.end, name.end + 60);
    const birth = BIRTH_AFTER_NAME.exec(after);
    if (birth && (name.full || /\d/.test(birth[0]))) {
      const end = name.end + birth.index + birth[0].length;
      add(
        'birth',
        name.start,
        end - (text.slice(name.start, end).length - text.slice(name.start, end).trimEnd().length),
      );
      continue;
    }
    if (isOfficial(name, pub)) continue;
    const [from, to] = sentenceWindow(text, name, 90);
    if (STIGMA_RE.test(text.slice(from, to))) add('stigma', name.start, name.end);
  }
  return findings.sort((a, b) => a.start - b.start);
}

/**
 * Every finding in a text, in order, with offsets and wording in `text` itself (what an editor copies into a
 * `privacy` phrase). The text is normalized here; callers need not.
 */
export function scanText(text: string, pub: PublicData): Finding[] {
  const normalized = normalizeForScan(text);
  return scanNormalized(normalized.text, pub).map((f) => {
    const [start, end] = originalSpan(normalized, f.start, f.end);
    return { kind: f.kind, text: text.slice(start, end).trim(), start, end };
  });
}
