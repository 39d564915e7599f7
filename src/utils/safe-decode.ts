/**
 * Percent-decoding that never throws: `decodeURIComponent('/media/a%zz.pdf')` throws "URI malformed", which
 * reached editors with no file named. Callers get `undefined` for a malformed reference and report it themselves.
 */

/** decodeURIComponent, or undefined when the text holds a malformed escape (`%zz`, a lone `%`, broken UTF-8). */
export function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Whether the text holds a percent escape that does not decode (a lone `%`, `%zz`, `%C3` without its pair). */
export function hasMalformedEscape(text: string): boolean {
  return text.includes('%') && safeDecodeURIComponent(text) === undefined;
}
