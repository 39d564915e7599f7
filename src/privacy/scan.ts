/**
 * Finds personal data in a text: citizen ID numbers, names with a birth date or age, private mobile numbers,
 * and names next to words about drug use or rehabilitation. Pure: text in, findings with offsets out.
 */
import { findNames, type NameMatch } from './names';

/** The kinds of personal data the guard looks for. */
export type FindingKind = 'idNumber' | 'birth' | 'mobile' | 'stigma';

/** One piece of personal data found in a text. */
export interface Finding {
  kind: FindingKind;
  /** The exact text that was found (what an editor copies into a `privacy` phrase). */
  text: string;
  /** Offset in the scanned text. */
  start: number;
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
  'nghiện', 'cai nghiện', 'sau cai', 'sử dụng trái phép', 'sử dụng ma túy', 'dùng ma túy', 'đối tượng', 'dương tính',
  'tái nghiện', 'methadone', 'thuốc thay thế', 'quản lý sau cai', 'hút ma túy', 'tiêm chích', 'nghi nghiện',
];
const STIGMA_RE = new RegExp(`(?<![\\p{L}])(?:${STIGMA.join('|')})(?![\\p{L}])`, 'iu');

/** Titles that mark a name as an official acting in office (a signer, a commander), not a private person. */
const OFFICIAL_BEFORE =
  /(?:đồng chí|đ\/c|thiếu úy|trung úy|thượng úy|đại úy|thiếu tá|trung tá|thượng tá|đại tá|thiếu tướng|trung tướng|thượng tướng|đại tướng|chủ tịch|bí thư|trưởng công an|giám đốc|hiệu trưởng|trưởng thôn|tổ trưởng|trưởng ban|người ký|ký tên|TM\.|KT\.)[\s,:]*(?:\*\*)?\s*$/iu;
const OFFICIAL_AFTER = /^(?:\*\*)?\s*,\s*(?:Trưởng|Phó|Chủ tịch|Bí thư|Giám đốc|Hiệu trưởng|Tổ trưởng|Trưởng thôn|Thiếu|Trung|Thượng|Đại|cán bộ|Cán bộ)/u;

const ID_KEYWORD = /(?:CCCD|CMND|CMT|căn cước(?: công dân)?|chứng minh (?:nhân dân|thư)|số định danh(?: cá nhân)?)(?:\s*(?:số|:|là))*\s*((?:\d[\s.]?){8,11}\d)/giu;
/** A bare 12-digit CCCD number: province code 001–096, then the century-and-sex digit 0–3. */
const CCCD_BARE = /(?<!\d|\d[.,/])(?:0[0-8]\d|09[0-6])[0-3]\d{8}(?!\d|[.,/]\d)/gu;
/** A bare 9-digit number: an old CMND only when a personal name stands in the same sentence. */
const CMND_BARE = /(?<!\d|\d[.,/])\d{9}(?!\d|[.,/]\d)/gu;
const MOBILE = /(?<![\d+])(?:\+84|84|0)[\s.-]?[35789]\d(?:[\s.-]?\d){7}(?![\d])/gu;
/**
 * What follows a name when it gives a birth date or age: "(sinh năm 1998)", ", SN 2001", ", ngày sinh: 14/03/2011",
 * "(1998)", ", 27 tuổi", or a table row whose next cell is a date or a year ("| Kiều Văn Thắng | 1992 |").
 */
const BIRTH_AFTER_NAME =
  /^(?:\*\*)?\s*(?:[,(–-]\s*)?(?:(?:sinh|SN|sn|s\.n|năm sinh|ngày sinh)\s*(?:năm|ngày)?\s*:?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?:19|20)\d{2}|\(\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?:19|20)\d{2}\s*\)|\(?\s*\d{1,2}\s*tuổi)|^\s*\|\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(?:19|20)\d{2}\s*\|/u;

/** Digits of a phone number, as a domestic number starting with 0. */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

function sentenceWindow(text: string, name: NameMatch, reach: number): [number, number] {
  // Stay within the paragraph (a blank line or a list item break ends it) and within `reach` characters.
  let from = Math.max(0, name.start - reach);
  let to = Math.min(text.length, name.end + reach);
  const before = text.slice(from, name.start);
  const lastBreak = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('\n-'), before.lastIndexOf('\n  -'));
  if (lastBreak >= 0) from += lastBreak + 1;
  const after = text.slice(name.end, to);
  const nextBreak = after.search(/\n\s*\n|\n\s*-\s/);
  if (nextBreak >= 0) to = name.end + nextBreak;
  return [from, to];
}

function isPlace(name: NameMatch, pub: PublicData): boolean {
  return [...pub.places].some((place) => name.key === place || name.key.startsWith(`${place} `));
}

function isOfficial(text: string, name: NameMatch, pub: PublicData): boolean {
  if (pub.officials.has(name.key)) return true;
  if (!name.full) return false;
  return OFFICIAL_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start)) || OFFICIAL_AFTER.test(text.slice(name.end, name.end + 30));
}

/** Every finding in a text (normalized to NFC by the caller), in order. */
export function scanText(text: string, pub: PublicData): Finding[] {
  const findings: Finding[] = [];
  const idSpans: [number, number][] = [];
  const inId = (at: number) => idSpans.some(([a, b]) => at >= a && at < b);
  const names = findNames(text).filter((name) => !isPlace(name, pub));

  for (const m of text.matchAll(ID_KEYWORD)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (digits.length === 9 || digits.length === 12) {
      findings.push({ kind: 'idNumber', text: m[0].trim(), start: m.index });
      idSpans.push([m.index, m.index + m[0].length]);
    }
  }
  for (const m of text.matchAll(CCCD_BARE)) {
    if (inId(m.index)) continue;
    findings.push({ kind: 'idNumber', text: m[0], start: m.index });
    idSpans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(CMND_BARE)) {
    if (inId(m.index)) continue;
    const nearName = names.some((name) => {
      const [from, to] = sentenceWindow(text, name, 90);
      return m.index >= from && m.index < to;
    });
    if (!nearName) continue;
    findings.push({ kind: 'idNumber', text: m[0], start: m.index });
    idSpans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(MOBILE)) {
    if (inId(m.index)) continue;
    if (!pub.phones.has(phoneDigits(m[0]))) findings.push({ kind: 'mobile', text: m[0], start: m.index });
  }

  for (const name of names) {
    const after = text.slice(name.end, name.end + 60);
    const birth = BIRTH_AFTER_NAME.exec(after);
    if (birth && (name.full || /\d/.test(birth[0]))) {
      findings.push({ kind: 'birth', text: text.slice(name.start, name.end + birth.index + birth[0].length).trim(), start: name.start });
      continue;
    }
    if (isOfficial(text, name, pub)) continue;
    const [from, to] = sentenceWindow(text, name, 90);
    if (STIGMA_RE.test(text.slice(from, to))) findings.push({ kind: 'stigma', text: name.text, start: name.start });
  }
  return findings.sort((a, b) => a.start - b.start);
}
