/** Vietnamese text folding for search: what Pagefind ignores (tone and vowel marks, case) and the đ it keeps. */

/** NFC, lower case, tone and vowel marks removed; đ stays đ (Pagefind folds the same way). */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLocaleLowerCase('vi');
}

/** Transliterated, case kept: marks removed and Đ, đ written D, d ("Đông Lạc" → "Dong Lac"), for readers without Vietnamese. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Fully folded: marks removed and đ read as d. Only to compare what readers type with editor phrases. */
export function foldAll(text: string): string {
  return stripMarks(text).replace(/đ/g, 'd');
}

/** The five tone marks (grave, acute, tilde, hook, dot below); the other marks (ư, ơ, â, ă, ê, ô) change the vowel. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * One spelling for one written word: lower case, vowel marks kept, the tone moved to the end. The old and new
 * tone placements ("tuý" and "túy", "hoà" and "hòa") and NFC or NFD input give the same key.
 */
export function spellingKey(word: string): string {
  const nfd = word.normalize('NFD').toLocaleLowerCase('vi');
  const tones = (nfd.match(TONE_MARKS) ?? []).sort().join('');
  return nfd.replace(TONE_MARKS, '').normalize('NFC') + tones;
}

/** The word without surrounding punctuation (quotes, commas, brackets). */
export function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A word typed without any Vietnamese mark and without đ (after NFC and lower case): its d may stand for đ. */
export function isPlainAscii(word: string): boolean {
  return /^[a-z0-9]+$/.test(word);
}

/**
 * Whether a word the reader typed is the same as a word of an editor's phrase. A word typed without marks
 * matches every spelling ("keo" matches "kẹo"); a word typed with marks is taken as written ("có" is not "cỏ").
 */
export function sameWord(typed: string, phraseWord: string): boolean {
  const t = bareWord(typed).normalize('NFC').toLocaleLowerCase('vi');
  const p = bareWord(phraseWord);
  return isPlainAscii(t) ? t === foldAll(p) : spellingKey(t) === spellingKey(p);
}

/**
 * The same syllable with its tone on the other vowel, for the open syllables where both placements are in use
 * ("hòa"/"hoà", "thúy"/"thuý", "khỏe"/"khoẻ"); undefined for every other word. Keeps the input's case.
 */
export function otherTonePlacement(word: string): string | undefined {
  const nfd = word.normalize('NFD');
  const tones = nfd.match(TONE_MARKS);
  if (!tones || tones.length !== 1) return undefined;
  const tone = tones[0]!;
  const base = nfd.replace(TONE_MARKS, '');
  // Two final vowels, no final consonant; "qu" + y is a consonant and a vowel ("quý" has one placement only).
  const m = /^(.*?)([oOuU])([aAeEyY])$/u.exec(base);
  const pair = m ? `${m[2]}${m[3]}`.toLowerCase() : '';
  if (!m || !['oa', 'oe', 'uy'].includes(pair) || (pair === 'uy' && /q$/i.test(m[1]!))) return undefined;
  const onFirst = `${m[1]}${m[2]}${tone}${m[3]}`.normalize('NFC');
  const onSecond = `${m[1]}${m[2]}${m[3]}${tone}`.normalize('NFC');
  const input = word.normalize('NFC');
  return input === onFirst ? onSecond : input === onSecond ? onFirst : undefined;
}
