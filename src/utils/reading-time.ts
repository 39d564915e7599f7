/** Reading time of Vietnamese text. Vietnamese words are syllables separated by spaces. */
import { withoutMarkup, withoutTags } from './markdown-text';

/** Silent reading on a phone, syllables per minute. */
export const READING_RATE = 220;
/** A loudspeaker announcer's pace, syllables per minute. */
export const SPEAKING_RATE = 130;

/** Words of the visible text of an MDX/Markdown body (markup and component tags removed). */
export function countWords(source: string): number {
  const text = withoutMarkup(source.replace(/^---[\s\S]*?---/, ''), (body) =>
    withoutTags(body, ' ').replace(/[#*_>`|[\]()!-]/g, ' '),
  );
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Whole minutes, at least one. */
export function minutesFor(words: number, rate: number): number {
  return Math.max(1, Math.round(words / rate));
}

export function readingMinutes(source: string): number {
  return minutesFor(countWords(source), READING_RATE);
}

export function speakingMinutes(source: string): number {
  return minutesFor(countWords(source), SPEAKING_RATE);
}
