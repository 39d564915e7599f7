/**
 * The words of an MDX body's source without its markup, for what reads the source rather than the rendered page (the
 * loudspeaker text, reading time). A backslash-escaped character is text, never markup: the CMS writes "dưới \<18
 * tuổi" and "giá \{10}" (cms/mdx-text.ts), which a plain search for tags read as one tag from "<18" to the next ">".
 */

/** Markdown's escape of an ASCII punctuation character. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
/** A component or HTML tag: `<` then a letter or `/` and a letter. */
const TAG = /<\/?[A-Za-z][^<>]*>/g;
/** Escaped characters wait as these private-use characters while markup is removed. */
const STAND_IN = 0xe000;
const STAND_INS = /[\ue000-\ue07f]/g;

/** `text` with its markup removed by `strip`; escaped characters are left as the characters they stand for. */
export function withoutMarkup(text: string, strip: (text: string) => string): string {
  const guarded = text.replace(ESCAPED, (_m, char: string) => String.fromCharCode(STAND_IN + char.charCodeAt(0)));
  return strip(guarded).replace(STAND_INS, (c) => String.fromCharCode(c.charCodeAt(0) - STAND_IN));
}

/** `text` with every component and HTML tag replaced by `by`. */
export function withoutTags(text: string, by = ''): string {
  return text.replace(TAG, by);
}
