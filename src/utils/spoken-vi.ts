/**
 * Numbers, phone numbers and dates written out the way a commune announcer reads them on the loudspeaker
 * (northern usage: "linh", "nghìn"): 02373851152 → "không hai ba bảy, ba tám năm một, một năm hai".
 */
import { normalizePhone, formatPhone, isVietnamesePhone } from './phone';
import { spokenAbbreviations } from '../i18n/unit-kinds';

/** An abbreviation and what the announcer says instead ("PCTP" → "phòng, chống tội phạm"). */
export interface Abbreviation {
  abbr: string;
  spoken: string;
}

/** The built-in table with the site's own entries over it (theirs win), longest abbreviation first. */
export function abbreviationTable(extra: readonly Abbreviation[] = []): Abbreviation[] {
  const byAbbr = new Map<string, Abbreviation>();
  for (const a of [...spokenAbbreviations, ...extra])
    byAbbr.set(a.abbr.normalize('NFC').trim(), {
      abbr: a.abbr.normalize('NFC').trim(),
      spoken: a.spoken.normalize('NFC').trim(),
    });
  return [...byAbbr.values()].filter((a) => a.abbr && a.spoken).sort((a, b) => b.abbr.length - a.abbr.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each abbreviation of a table as a whole-word pattern, compiled once per table (a page reads many paragraphs). */
const patterns = new WeakMap<readonly Abbreviation[], { abbr: string; pattern: RegExp; spoken: string }[]>();

function patternsOf(table: readonly Abbreviation[]): { abbr: string; pattern: RegExp; spoken: string }[] {
  let compiled = patterns.get(table);
  if (!compiled) {
    compiled = table.map(({ abbr, spoken }) => ({
      abbr,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(abbr)}(?![\\p{L}\\p{N}])`, 'gu'),
      spoken,
    }));
    patterns.set(table, compiled);
  }
  return compiled;
}

/** Every abbreviation of the table written out in full, matched as a whole word and with its exact letters. */
export function expandAbbreviations(text: string, table: readonly Abbreviation[] = abbreviationTable()): string {
  let out = text.normalize('NFC');
  // A pattern runs only where its letters occur: most paragraphs hold none of the abbreviations.
  for (const { abbr, pattern, spoken } of patternsOf(table))
    if (out.includes(abbr)) out = out.replace(pattern, () => spoken);
  return out;
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'] as const;

export function readDigits(digits: string): string {
  return [...digits]
    .filter((c) => /\d/.test(c))
    .map((c) => DIGITS[Number(c)])
    .join(' ');
}

/** A phone number digit by digit, with a pause (comma) between the groups it is written in. */
export function readPhone(raw: string): string {
  return formatPhone(normalizePhone(raw)).split(' ').map(readDigits).join(', ');
}

/** 0–999; `full` when a higher group came before, so 5 reads "không trăm linh năm". */
function readTriple(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(`${DIGITS[hundreds]} trăm`);
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else words.push(tens === 1 ? 'mười' : `${DIGITS[tens]} mươi`);
  if (units > 0) {
    if (units === 1 && tens > 1) words.push('mốt');
    else if (units === 5 && tens > 0) words.push('lăm');
    else if (units === 4 && tens > 1) words.push('tư');
    else words.push(DIGITS[units]!);
  }
  return words.join(' ');
}

/** A whole number in words: 2026 → "hai nghìn không trăm hai mươi sáu". */
export function readNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`readNumber takes a whole number ≥ 0, got ${n}`);
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    const scale = SCALES[i % 4] || (i >= 4 ? 'nghìn tỷ' : '');
    words.push([readTriple(group, words.length > 0), scale].filter(Boolean).join(' '));
  }
  return words.join(' ');
}

const MONTHS = ['', 'một', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai'];

/** "ngày hai mươi sáu tháng sáu năm hai nghìn không trăm hai mươi sáu"; days 1–10 read "mùng". */
export function readDate(day: number, month: number, year?: number): string {
  const d = day <= 10 ? `mùng ${readNumber(day)}` : readNumber(day);
  return [`ngày ${d} tháng ${MONTHS[month]}`, year ? `năm ${readNumber(year)}` : ''].filter(Boolean).join(' ');
}

/** Rewrites every abbreviation, phone number, date, percentage and number of a text into words. */
export function toSpokenText(text: string, abbreviations: readonly Abbreviation[] = abbreviationTable()): string {
  return (
    expandAbbreviations(text, abbreviations)
      // phone numbers first, while their digits are still together
      .replace(/(?<![\d/])(?:\+84|0)\d[\d .]{7,13}\d(?![\d/])/g, (m) => (isVietnamesePhone(m) ? readPhone(m) : m))
      .replace(/\b11[345]\b/g, (m) => readDigits(m))
      // "tháng 6/2026" → "tháng sáu năm hai nghìn…", before the day/month rule reads it as a date
      .replace(/\b(tháng|Tháng) (\d{1,2})\/(\d{4})\b/g, (m, word, mo, y) =>
        Number(mo) >= 1 && Number(mo) <= 12 ? `${word} ${MONTHS[Number(mo)]} năm ${readNumber(Number(y))}` : m,
      )
      // "ngày 19/6/2026": the reading already starts with "ngày", so a written "ngày" is not said twice
      .replace(/(?:\b([Nn])gày )?\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/g, (m, n, d, mo, y) => {
        if (!(Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31)) return m;
        const read = readDate(Number(d), Number(mo), y ? Number(y) : undefined);
        return n === 'N' ? `N${read.slice(1)}` : read;
      })
      .replace(/(\d+)\s?%/g, (_, n) => `${readNumber(Number(n))} phần trăm`)
      // 1.000.000 uses dots between thousands; 0,1 gam uses a decimal comma
      .replace(/\b\d{1,3}(?:\.\d{3})+\b/g, (m) => readNumber(Number(m.replace(/\./g, ''))))
      .replace(/\b(\d+),(\d+)\b/g, (_, a, b) => `${readNumber(Number(a))} phẩy ${readDigits(b)}`)
      .replace(/\b\d+\b/g, (m) => readNumber(Number(m)))
  );
}
