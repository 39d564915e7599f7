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
 * Each search also says what its results must hold (the engine checks it on Pagefind's own results): every
 * significant word (stop-words.ts) as a whole word, except the last one, which the reader may still be typing
 * (a prefix); a guessed đ reading only as a whole word ("da" may be "đá", not "đăng"); and a synonym meaning of
 * several words as a phrase, word after word.
 */
import { bareWord, foldAll, isPlainAscii, otherTonePlacement, sameWord, stripMarks } from './fold';
import { significance } from './stop-words';

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

/** A word a result must hold: as a prefix (what Pagefind matches), or only as a whole word. */
export interface PlanWord {
  word: string;
  whole: boolean;
}

/** One Pagefind search to run, and how much its results count in the merged list. */
export interface Plan {
  /** The words searched (stop words left out when the query has other words). */
  terms: string;
  /** Every word of this reading in order, stop words included: pages holding it as a phrase rank first. */
  sequence: string;
  /** Words every result must hold (significant words of the reader, one-word synonym meanings). */
  required: PlanWord[];
  /** Synonym meanings of several words: every result must hold each one as a phrase. */
  phrases: string[];
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
  /** Set on the đ reading of a word typed with d: a guess, so only whole words count. */
  guess?: true;
}

/** Pages using words that start with `prefix` (Pagefind matches every query word as a prefix). */
function pagesWithPrefix(words: Record<string, number>, prefix: string): number {
  let n = 0;
  for (const [word, pages] of Object.entries(words)) if (word.startsWith(prefix)) n += pages;
  return n;
}

/** A word typed with d and no mark (punctuation stripped): its d may stand for đ, read from the d/đ word list. */
function mayBeDd(bare: string): boolean {
  return bare.startsWith('d') && isPlainAscii(bare);
}

/**
 * Readings of one word: itself, or with its leading d read as đ, each weighted by how often the index uses it.
 * The word as typed matches as a prefix (as Pagefind does); the đ reading is a guess and counts whole words only.
 */
export function dReadings(word: string, dWords: DWords): Reading[] {
  const bare = bareWord(word);
  if (!mayBeDd(bare)) return [{ word, weight: 1 }];
  const asDd = `đ${bare.slice(1)}`;
  const withD = pagesWithPrefix(dWords.d, bare);
  const withDd = dWords.dd[asDd] ?? 0;
  if (withDd === 0) return [{ word: bare, weight: 1 }];
  if (withD === 0) return [{ word: asDd, weight: 1, guess: true }];
  const best = Math.max(withD, withDd);
  const readings: Reading[] = [
    { word: bare, weight: withD / best },
    { word: asDd, weight: withDd / best, guess: true },
  ];
  return readings.sort((a, b) => b.weight - a.weight);
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
function combinations(options: Reading[][]): { words: Reading[]; weight: number }[] {
  let out = [{ words: [] as Reading[], weight: 1 }];
  let ambiguous = 0;
  for (const choices of options) {
    const usable = choices.length > 1 && ambiguous++ >= MAX_AMBIGUOUS ? choices.slice(0, 1) : choices;
    out = out.flatMap((prefix) =>
      usable.map((c) => ({ words: [...prefix.words, c], weight: prefix.weight * c.weight })),
    );
  }
  return out;
}

/**
 * One word of a query variant: a reader's word (significant or a stop word), or a word of a synonym meaning
 * (`phrase` numbers the meaning when it has several words: they must stand together).
 */
interface VariantWord {
  word: string;
  significant: boolean;
  phrase?: number;
  /** The reader's last word: it may be unfinished, so it matches as a prefix. */
  last?: boolean;
}

/** The query with each slang phrase of the editors' list replaced by what it means (one variant per meaning). */
function synonymVariants(
  words: readonly VariantWord[],
  synonyms: readonly Synonym[],
): { words: VariantWord[]; via: string }[] {
  const variants: { words: VariantWord[]; via: string }[] = [];
  const typed = words.map((w) => w.word);
  for (const entry of synonyms) {
    for (const slang of entry.slang) {
      const phrase = queryWords(slang);
      const at = findPhrase(typed, phrase);
      if (at < 0) continue;
      for (const meaning of entry.means) {
        const meant = queryWords(meaning);
        const inserted = meant.map((word) => ({
          word,
          significant: true,
          ...(meant.length > 1 ? { phrase: at } : {}),
        }));
        variants.push({
          words: [...words.slice(0, at), ...inserted, ...words.slice(at + phrase.length)],
          via: meaning,
        });
      }
    }
  }
  return variants;
}

/** The search of one reading of one variant: what is searched, what results must hold, the phrase to rank first. */
function toPlan(
  words: readonly VariantWord[],
  readings: readonly Reading[],
  weight: number,
  via: string | undefined,
): Plan {
  const searched = words.map((w, i) => ({ ...w, reading: readings[i]! })).filter((w) => w.significant);
  const phrases = new Map<number, string[]>();
  for (const w of searched)
    if (w.phrase !== undefined) phrases.set(w.phrase, [...(phrases.get(w.phrase) ?? []), w.reading.word]);
  return {
    terms: searched.map((w) => w.reading.word).join(' '),
    sequence: readings.map((r) => r.word).join(' '),
    required: searched
      .filter((w) => w.phrase === undefined)
      .map((w) => ({ word: bareWord(w.reading.word), whole: Boolean(w.reading.guess) || !w.last })),
    phrases: [...phrases.values()].map((p) => p.join(' ')),
    weight,
    exact: false,
    ...(via ? { via } : {}),
  };
}

/** Whether the reader typed any Vietnamese mark (or đ): then the words are taken as written. */
export function hasMarks(words: readonly string[]): boolean {
  return words.some((w) => {
    const bare = bareWord(w);
    return !isPlainAscii(bare) && foldAll(bare) !== bare;
  });
}

/** The reader's words, and the query with each synonym meaning in place of its slang (weighing less). */
function queryVariants(
  words: readonly string[],
  synonyms: readonly Synonym[],
): { words: VariantWord[]; weight: number; via?: string }[] {
  const significant = significance(words);
  const own = words.map((word, i) => ({
    word,
    significant: significant[i]!,
    ...(i === words.length - 1 ? { last: true } : {}),
  }));
  const variants: { words: VariantWord[]; weight: number; via?: string }[] = [{ words: own, weight: 1 }];
  for (const v of synonymVariants(own, synonyms)) variants.push({ ...v, weight: SYNONYM_WEIGHT });
  return variants;
}

/**
 * Whether planning a query reads the d/đ word list: some word searched (the reader's, or a one-word synonym
 * meaning) is typed with d and no mark. The search page downloads the list only for such queries.
 */
export function needsDWords(raw: string, synonyms: readonly Synonym[]): boolean {
  return queryVariants(queryWords(raw), synonyms).some((v) =>
    v.words.some((w) => w.phrase === undefined && mayBeDd(bareWord(w.word))),
  );
}

/** No word starts with d or đ: the list of a query that does not need one ({@link needsDWords}). */
export const NO_D_WORDS: DWords = { d: {}, dd: {} };

/**
 * The searches that answer a query, exact ones first, then heaviest first, without duplicates, at most `limit`.
 * `dWords` is read only when {@link needsDWords} says so (NO_D_WORDS may be given otherwise).
 */
export function planQuery(raw: string, synonyms: readonly Synonym[], dWords: DWords, limit = 8): Plan[] {
  const words = queryWords(raw);
  if (words.length === 0) return [];
  const variants = queryVariants(words, synonyms);

  const candidates: Plan[] = [];
  for (const variant of variants) {
    for (const reading of combinations(
      variant.words.map((w) => (w.phrase === undefined ? dReadings(w.word, dWords) : [{ word: w.word, weight: 1 }])),
    )) {
      const weight = variant.weight * reading.weight;
      if (weight < MIN_PLAN_WEIGHT) continue;
      candidates.push(toPlan(variant.words, reading.words, weight, variant.via));
    }
  }
  // Heaviest first; among equals, the reader's own words before synonyms (stable sort keeps that order).
  candidates.sort((a, b) => b.weight - a.weight);
  // Typed with marks: the exact spelling first (synonyms are the editors' words, searched folded).
  // Both tone placements in use ("tuý"/"túy") are the same spelling: each gets an exact search.
  if (hasMarks(words)) {
    const typed = candidates[0]!;
    const retone = (text: string) =>
      text
        .split(' ')
        .map((w) => otherTonePlacement(bareWord(w)) ?? w)
        .join(' ');
    // The heaviest candidate is the reader's own words (synonyms weigh less).
    const own: Plan = { ...typed, weight: 1, exact: true };
    const other: Plan = {
      ...own,
      terms: retone(typed.terms),
      sequence: retone(typed.sequence),
      required: typed.required.map((r) => ({ ...r, word: otherTonePlacement(r.word) ?? r.word })),
    };
    candidates.unshift(own, ...(other.sequence !== own.sequence ? [other] : []));
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
    // The words (runs of letters and digits) of the folded text that start with d or đ, each once per page.
    const words = new Set<string>();
    for (const [word] of stripMarks(text).matchAll(D_WORDS)) words.add(word);
    for (const word of words) {
      if (word.startsWith('đ')) dd[word] = (dd[word] ?? 0) + 1;
      else if (word.startsWith('d')) d[word] = (d[word] ?? 0) + 1;
    }
  }
  return { d: sorted(d), dd: sorted(dd) };
}

/** A word starting with d or đ: not preceded by a letter or digit, then letters and digits as far as they go. */
const D_WORDS = /(?<![\p{L}\p{N}])[dđ][\p{L}\p{N}]*/gu;

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
