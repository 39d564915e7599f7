/**
 * Place names in queries. A village called "Tân Hưng" or "Thượng Phúc" holds words of everyday speech ("hưng"
 * phấn, hạnh "phúc"); its hotline page has the name in its title and headings and would come first for them.
 * When a query uses a word of a place name without naming the place, place pages rank after the others.
 */
import { bareWord, stripMarks } from './fold';
import { queryWords } from './query-plan';

/** The names whose words count: numbered names ("Số 1", "Khu phố 3") are left out, their words are generic. */
export function placeNames(names: readonly string[]): string[] {
  return names.map((n) => n.normalize('NFC').trim()).filter((n) => n && !/\d/.test(n));
}

/**
 * Whether a query uses a word of a place name but names no place in full (then place pages go last). Given the
 * readings searched (query-plan.ts, likeliest first), compared as Pagefind compares (marks off, đ kept): the
 * place is named if any reading names it; a place word is used if the likeliest reading uses one ("duong" is
 * read "đường" first, so "Vân Dương" is not meant).
 */
export function placeWordWithoutPlace(readings: readonly string[], names: readonly string[]): boolean {
  const places = placeNames(names).map(fold);
  const names1 = (words: string[]) =>
    places.some((place) => words.some((_, i) => place.every((p, j) => words[i + j] === p)));
  if (readings.some((r) => names1(fold(r)))) return false;
  const likeliest = fold(readings[0] ?? '');
  return likeliest.some((w) => places.some((place) => place.includes(w)));
}

/** The words of a text as Pagefind compares them (marks off, đ kept). */
function fold(text: string): string[] {
  return queryWords(text).map((w) => stripMarks(bareWord(w)));
}

/**
 * Every word of the place names, as compared: the search page carries these, and downloads the names themselves
 * only for a query whose likeliest reading uses one of them ({@link usesPlaceWord}).
 */
export function placeWords(names: readonly string[]): string[] {
  return [...new Set(placeNames(names).flatMap(fold))].sort();
}

/** Whether a reading uses a word of a place name: when not, {@link placeWordWithoutPlace} is false for it. */
export function usesPlaceWord(likeliest: string, words: readonly string[]): boolean {
  return fold(likeliest).some((w) => words.includes(w));
}
