/**
 * Numbers, phone numbers and dates written out the way a commune announcer reads them on the loudspeaker
 * (northern usage: "linh", "nghìn"): 02373851152 → "không hai ba bảy, ba tám năm một, một năm hai".
 */
import { normalizePhone, formatPhone, isVietnamesePhone } from './phone';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'] as const;

export function readDigits(digits: string): string {
  return [...digits].filter((c) => /\d/.test(c)).map((c) => DIGITS[Number(c)]).join(' ');
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

/** Rewrites every phone number, date, percentage and number of a text into words. */
export function toSpokenText(text: string): string {
  return (
    text
      .normalize('NFC')
      // phone numbers first, while their digits are still together
      .replace(/(?<![\d/])(?:\+84|0)\d[\d .]{7,13}\d(?![\d/])/g, (m) => (isVietnamesePhone(m) ? readPhone(m) : m))
      .replace(/\b11[345]\b/g, (m) => readDigits(m))
      .replace(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/g, (m, d, mo, y) =>
        Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? readDate(Number(d), Number(mo), y ? Number(y) : undefined) : m,
      )
      .replace(/(\d+)\s?%/g, (_, n) => `${readNumber(Number(n))} phần trăm`)
      // 1.000.000 uses dots between thousands; 0,1 gam uses a decimal comma
      .replace(/\b\d{1,3}(?:\.\d{3})+\b/g, (m) => readNumber(Number(m.replace(/\./g, ''))))
      .replace(/\b(\d+),(\d+)\b/g, (_, a, b) => `${readNumber(Number(a))} phẩy ${readDigits(b)}`)
      .replace(/\b\d+\b/g, (m) => readNumber(Number(m)))
  );
}
