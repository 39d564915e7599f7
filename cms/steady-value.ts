/** When two Markdown texts are the same document for Decap's rich-text editor (cms/steady-markdown.ts). */

/** Rewrites Markdown into the editor's own spelling of it. */
export type Canonicalize = (markdown: string) => string;

/**
 * The value to report for what the editor emitted: the opened text when both mean the same document, else the
 * emitted text. `canonical` is the editor's round trip; the cheap comparisons come first.
 */
export function steadyValue(next: unknown, opened: unknown, canonical: Canonicalize): unknown {
  if (typeof next !== 'string' || typeof opened !== 'string' || next === opened) return next;
  const a = next.normalize('NFC');
  const b = opened.normalize('NFC');
  if (a.trim() === b.trim()) return opened;
  return canonical(a).trim() === canonical(b).trim() ? opened : next;
}

/** Remembers the last few round trips, most recently used kept: the editor emits the whole body on every keystroke. */
export function memoize(canonical: Canonicalize, size = 4): Canonicalize {
  const cache = new Map<string, string>();
  return (markdown) => {
    const hit = cache.get(markdown);
    if (hit !== undefined) {
      cache.delete(markdown);
      cache.set(markdown, hit);
      return hit;
    }
    const result = canonical(markdown);
    cache.set(markdown, result);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return result;
  };
}
