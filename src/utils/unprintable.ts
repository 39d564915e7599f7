/**
 * Characters no page, feed, print or slide can hold: control characters other than tab and line breaks (YAML's
 * "\x01" escapes put them in content), the noncharacters U+FFFE/U+FFFF and halves of a surrogate pair. XML 1.0
 * forbids them, so one in a title would make the RSS feed, the sitemap or a .pptx unreadable.
 */
export const UNPRINTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The first unprintable character of a text as "U+0001", or undefined when there is none. */
export function firstUnprintable(text: string): string | undefined {
  const found = text.match(new RegExp(UNPRINTABLE.source))?.[0];
  return found === undefined ? undefined : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
