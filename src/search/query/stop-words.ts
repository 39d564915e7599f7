/**
 * Vietnamese words too common to tell pages apart ("và", "của", "cho"…). A result must hold every other word of
 * the query; these may be missing. The one list of them, used by the query planner (query-plan.ts).
 */
import { bareWord, spellingKey } from './fold';

/**
 * Typed with their marks; a word typed without marks is a stop word only if it is spelled so ("cho", "ra").
 * Short words whose unmarked spelling is also a common content word ("do": đồ, độ) are left out.
 */
export const STOP_WORDS: readonly string[] = [
  'và',
  'của',
  'là',
  'có',
  'các',
  'những',
  'cho',
  'với',
  'ở',
  'thì',
  'mà',
  'được',
  'về',
  'một',
  'này',
  'đó',
  'khi',
  'để',
  'trong',
  'ra',
  'vào',
  'bị',
  'đã',
  'sẽ',
  'cũng',
  'như',
  'nhưng',
  'hoặc',
  'tại',
  'nào',
  'gì',
  'rằng',
  'rất',
  'nếu',
  'vì',
];

const KEYS = new Set(STOP_WORDS.map(spellingKey));

/** Whether a word of a query is a stop word (with its marks: "mà" is one, "ma" is not; any tone placement). */
export function isStopWord(word: string): boolean {
  return KEYS.has(spellingKey(bareWord(word)));
}

/** Which words of a query count: all but stop words, or every word when the query has nothing else. */
export function significance(words: readonly string[]): boolean[] {
  const flags = words.map((w) => !isStopWord(w));
  return flags.some(Boolean) ? flags : words.map(() => true);
}
