/**
 * One quote style for reader-facing text: straight double quotes typed into settings or boards become the curly
 * “…” the site's own text uses. A quote opens at the start or after a space or opening bracket, else it closes.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/"/g, (_q, offset: number, whole: string) =>
    offset === 0 || /[\s([{\u2013\u2014]/.test(whole[offset - 1]!) ? '“' : '”',
  );
}
