/**
 * Text for posters: NFC normalization and fitting a text into a box by wrapping at spaces and shrinking.
 * Pure functions: the width of a string comes from a `measure` function, so tests need no font.
 */
import { UNPRINTABLE } from '../utils/unprintable.ts';

/** NFC, unprintable characters (src/utils/unprintable.ts) dropped, runs of whitespace collapsed: NFD input would misplace tone marks in every renderer. */
export function clean(text: string): string {
  return text.normalize('NFC').replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim();
}

/** Width of a string at font size 1 (multiply by the size for the real width). */
export type Measure = (text: string) => number;

/** The box a text must fit into. */
export interface FitOptions {
  /** Widest a line may be. */
  maxWidth: number;
  /** Most lines allowed. */
  maxLines: number;
  /** Largest font size to try (the text is set at this size when it fits). */
  maxSize: number;
  /** Smallest size normally allowed; below it the text is shortened at a word boundary with an ellipsis. */
  minSize: number;
  /** Tallest the block may be (lines × size × lineHeight); unlimited when absent. */
  maxHeight?: number;
  /** Line height as a multiple of the font size (default 1.2). */
  lineHeight?: number;
}

/** A fitted text: its size, its lines, and whether words had to be left out. */
export interface Fitted {
  size: number;
  lines: string[];
  /** Line height in the same unit as size. */
  leading: number;
  truncated: boolean;
}

/** Greedy wrap at spaces at font size 1; a word never breaks, even when it is wider than the line. */
export function wrapWords(text: string, width: number, measure: Measure): string[] {
  const words = clean(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const ELLIPSIS = '…';

/**
 * The largest size (in steps of 1% of maxSize) at which the text wraps into the box with no line wider than
 * maxWidth. When even minSize needs too many lines, the text is set at minSize and cut after the last whole word
 * that fits, with an ellipsis. A single word too wide for the line at minSize shrinks the text further:
 * nothing ever overflows and no word is ever split.
 */
export function fitText(text: string, options: FitOptions, measure: Measure): Fitted {
  const lineHeight = options.lineHeight ?? 1.2;
  const cleaned = clean(text);
  const longestWord = Math.max(0, ...cleaned.split(' ').map((w) => measure(w)));
  const linesAllowed = (size: number) =>
    Math.max(
      1,
      Math.min(
        options.maxLines,
        options.maxHeight ? Math.floor(options.maxHeight / (size * lineHeight) + 1e-9) : Infinity,
      ),
    );
  const step = Math.max(options.maxSize / 100, 0.01);
  for (let size = options.maxSize; size >= options.minSize - 1e-9; size -= step) {
    const lines = wrapWords(cleaned, options.maxWidth / size, measure);
    if (lines.length <= linesAllowed(size) && longestWord * size <= options.maxWidth)
      return { size, lines, leading: size * lineHeight, truncated: false };
  }
  // Too long for the box even at the smallest size: a too-wide word shrinks the size, then whole words are cut.
  const widest = longestWord + measure(ELLIPSIS);
  const size = Math.min(options.minSize, options.maxWidth / widest);
  const width = options.maxWidth / size;
  const allowed = linesAllowed(size);
  const lines = wrapWords(cleaned, width, measure);
  if (lines.length <= allowed) return { size, lines, leading: size * lineHeight, truncated: false };
  const kept = lines.slice(0, allowed);
  let last = kept[allowed - 1]!.split(' ');
  while (last.length > 1 && measure(`${last.join(' ')}${ELLIPSIS}`) > width) last = last.slice(0, -1);
  kept[allowed - 1] = `${last.join(' ').replace(/[,.;:–-]+$/, '')}${ELLIPSIS}`;
  return { size, lines: kept, leading: size * lineHeight, truncated: true };
}
