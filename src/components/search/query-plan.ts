/**
 * Turns what a reader typed into the Pagefind searches that answer it. Pagefind already ignores case and
 * tone/vowel marks and ranks exact spellings first; two gaps remain and are closed here, before the query
 * reaches the index, so the index, the excerpts and Pagefind's own ranking stay untouched:
 * - đ is a letter of its own, so "duong" never finds "đường". A word typed with no mark at all is ambiguous:
 *   it is searched both ways where the index holds both kinds of words (the site's d/đ word list, written by
 *   the build), each reading weighted by how many pages use it. A word typed with marks is taken as written:
 *   "dương" never finds "đường", "đường" never finds "dương".
 * - slang and common misspellings from the editors' synonym list are also searched as the words pages use.
 * And one rule is made strict: a query typed with marks ("dạy") is also searched with Pagefind's
 * exactDiacritics, and those results come first (merge.ts), so "dạy" lists pages with "dạy" before "dây"
 * ("tuý" and "túy", two tone placements in use for one spelling, are both searched exactly).
 */
import { bareWord, foldAll, isPlainAscii, otherTonePlacement, sameWord, stripMarks } from './fold';

/** One entry of the editors' list: the ways readers say it, and the words the pages use. */
export interface Synonym {
  slang: readonly string[];
  means: readonly string[];
}

/**
 * Words of the index that start with d and with đ, marks stripped, with the number of pages using each
 * (written by the build into the search bundle: it is a fact of the index, not a setting).
 */
export interface DWords {
  d: Record<string, number>;
  dd: Record<string, number>;
}

/** One Pagefind search to run, and how much its results count in the merged list. */
export interface Plan {
  terms: string;
  /** 1 for the likeliest reading of the reader's own words; less for other readings and synonyms. */
  weight: number;
  /** Search with Pagefind's exactDiacritics: only the spellings typed (set when the reader typed marks). */
  exact: boolean;
  /** Set when the plan comes from the synonym list: the phrase searched instead. */
  via?: string;
}

/** Results found through a synonym rank a little below equally good ones found by the reader's own words. */
export const SYNONYM_WEIGHT = 0.9;
/** Readings less likely than this (relative to the best one) are not worth a search. */
export const MIN_PLAN_WEIGHT = 0.02;
/** At most this many ambiguous words are expanded (2^6 readings); the rest are taken as typed. */
const MAX_AMBIGUOUS = 6;

interface Reading {
  word: string;
  weight: number;
}

/** Pages using words that start with `prefix` (Pagefind matches every query word as a prefix). */
function pagesWithPrefix(words: Record<string, number>, prefix: string): number {
  let n = 0;
  for (const [word, pages] of Object.entries(words)) if (word.startsWith(prefix)) n += pages;
  return n;
}

/** Readings of one word: itself, or with its leading d read as đ, each weighted by how often the index uses it. */
export function dReadings(word: string, dWords: DWords): Reading[] {
  const bare = bareWord(word);
  if (!bare.startsWith('d') || !isPlainAscii(bare)) return [{ word, weight: 1 }];
  const asDd = `đ${bare.slice(1)}`;
  const withD = pagesWithPrefix(dWords.d, bare);
  const withDd = pagesWithPrefix(dWords.dd, asDd);
  if (withDd === 0) return [{ word: bare, weight: 1 }];
  if (withD === 0) return [{ word: asDd, weight: 1 }];
  const best = Math.max(withD, withDd);
  return [
    { word: bare, weight: withD / best },
    { word: asDd, weight: withDd / best },
  ].sort((a, b) => b.weight - a.weight);
}

/** The words of a query, NFC and lower case; empty strings removed. */
export function queryWords(raw: string): string[] {
  return raw
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/\s+/u)
    .filter((w) => bareWord(w).length > 0);
}

/** Where a phrase occurs in a word list (see sameWord for what matches); -1 when absent. */
function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, j) => sameWord(words[i + j]!, p))) return i;
  }
  return -1;
}

/** Every combination of per-word readings with its weight (the product of the words' weights). */
function combinations(options: Reading[][]): { words: string[]; weight: number }[] {
  let out = [{ words: [] as string[], weight: 1 }];
  let ambiguous = 0;
  for (const choices of options) {
    const usable = choices.length > 1 && ambiguous++ >= MAX_AMBIGUOUS ? choices.slice(0, 1) : choices;
    out = out.flatMap((prefix) => usable.map((c) => ({ words: [...prefix.words, c.word], weight: prefix.weight * c.weight })));
  }
  return out;
}

/** The query with each slang phrase of the editors' list replaced by what it means (one variant per meaning). */
function synonymVariants(words: string[], synonyms: readonly Synonym[]): { words: string[]; via: string }[] {
  const variants: { words: string[]; via: string }[] = [];
  for (const entry of synonyms) {
    for (const slang of entry.slang) {
      const phrase = queryWords(slang);
      const at = findPhrase(words, phrase);
      if (at < 0) continue;
      for (const meaning of entry.means) {
        variants.push({ words: [...words.slice(0, at), ...queryWords(meaning), ...words.slice(at + phrase.length)], via: meaning });
      }
    }
  }
  return variants;
}

/** Whether the reader typed any Vietnamese mark (or đ): then the words are taken as written. */
export function hasMarks(words: readonly string[]): boolean {
  return words.some((w) => {
    const bare = bareWord(w);
    return !isPlainAscii(bare) && foldAll(bare) !== bare;
  });
}

/** The searches that answer a query, exact ones first, then heaviest first, without duplicates, at most `limit`. */
export function planQuery(raw: string, synonyms: readonly Synonym[], dWords: DWords, limit = 8): Plan[] {
  const words = queryWords(raw);
  if (words.length === 0) return [];
  const variants = [{ words, weight: 1, via: undefined as string | undefined }];
  for (const v of synonymVariants(words, synonyms)) variants.push({ ...v, weight: SYNONYM_WEIGHT });

  const candidates: Plan[] = [];
  for (const variant of variants) {
    for (const reading of combinations(variant.words.map((w) => dReadings(w, dWords)))) {
      const weight = variant.weight * reading.weight;
      if (weight < MIN_PLAN_WEIGHT) continue;
      candidates.push({ terms: reading.words.join(' '), weight, exact: false, ...(variant.via ? { via: variant.via } : {}) });
    }
  }
  // Heaviest first; among equals, the reader's own words before synonyms (stable sort keeps that order).
  candidates.sort((a, b) => b.weight - a.weight);
  // Typed with marks: the exact spelling first (synonyms are the editors' words, searched folded).
  // Both tone placements in use ("tuý"/"túy") are the same spelling: each gets an exact search.
  if (hasMarks(words)) {
    const typed = candidates[0]!.terms;
    const other = typed
      .split(' ')
      .map((w) => otherTonePlacement(bareWord(w)) ?? w)
      .join(' ');
    candidates.unshift({ terms: typed, weight: 1, exact: true }, ...(other !== typed ? [{ terms: other, weight: 1, exact: true }] : []));
  }
  const plans: Plan[] = [];
  const seen = new Set<string>();
  for (const plan of candidates) {
    // Two spellings Pagefind reads alike are one search: the first (the reader's own, or heavier) is kept.
    const key = `${plan.exact}:${stripMarks(plan.terms)}`;
    const spelled = `${plan.exact}:${plan.terms}`;
    if (seen.has(spelled) || (plan.via && seen.has(key))) continue;
    seen.add(spelled);
    seen.add(key);
    plans.push(plan);
    if (plans.length >= limit) break;
  }
  return plans;
}

/** The d/đ word list of a set of indexed pages (used by the build): each word with the number of pages using it. */
export function collectDWords(pages: Iterable<string>): DWords {
  const d: Record<string, number> = {};
  const dd: Record<string, number> = {};
  for (const text of pages) {
    const words = new Set(stripMarks(text).split(/[^\p{L}\p{N}]+/u));
    for (const word of words) {
      if (word.startsWith('đ')) dd[word] = (dd[word] ?? 0) + 1;
      else if (word.startsWith('d')) d[word] = (d[word] ?? 0) + 1;
    }
  }
  return { d: sorted(d), dd: sorted(dd) };
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
