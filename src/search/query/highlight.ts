/**
 * Which of Pagefind's highlighted words match the query. Pagefind marks every word of a page that starts like a
 * searched word; a guessed đ reading counts only as a whole word ("da" searched as "đa" marks "đá", not "Đăng"),
 * and a synonym phrase marks its own words only.
 */
import { stripMarks } from './fold';
import type { PlanWord } from './query-plan';

/** Letters and digits only, folded as Pagefind folds ("240/KH-UBND" → "240khubnd"). */
const squash = (text: string) => stripMarks(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a marked word of an excerpt matches one of the words searched (a compound matches by any part). */
export function markMatches(marked: string, words: readonly PlanWord[]): boolean {
  const folded = stripMarks(marked);
  const parts = [squash(folded), ...folded.split(/[^\p{L}\p{N}]+/u)].filter(Boolean);
  return words.some(({ word, whole }) => {
    const w = squash(word);
    return w !== '' && parts.some((p) => (whole ? p === w : p.startsWith(w)));
  });
}
