/**
 * Reading HTML with a real HTML parser (htmlparser2), never with regular expressions: a `>` or a quote inside an
 * attribute value (a title written by an editor) must not cut a tag short, and character references are decoded
 * the way a browser decodes them.
 */
import { Parser } from 'htmlparser2';

/** One start tag: its lower-case name, its attributes (lower-case names, decoded values) and where it ends. */
export interface HtmlTag {
  name: string;
  attributes: Record<string, string>;
  /** Offset just after the tag's closing `>` in the source. */
  end: number;
}

/** Options of {@link htmlTags}. */
export interface HtmlTagOptions {
  /** Only these tag names (lower case); all tags when omitted. */
  names?: readonly string[];
  /** Stop reading at the end tag of this element (e.g. "head"). */
  until?: string;
}

/** The start tags of an HTML document, in order. */
export function htmlTags(html: string, options: HtmlTagOptions = {}): HtmlTag[] {
  const names = options.names ? new Set(options.names) : undefined;
  const tags: HtmlTag[] = [];
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done || (names && !names.has(name))) return;
        tags.push({ name, attributes: { ...attributes }, end: parser.endIndex + 1 });
      },
      onclosetag(name) {
        if (!options.until || name !== options.until) return;
        done = true;
        // The rest of the document is not read at all (a page's <head> is a small part of it).
        parser.pause();
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(html);
  if (!done) parser.end();
  return tags;
}

/** Offsets just after every tag (start or end) of an HTML document, in order: where markup meets text. */
export function tagEnds(html: string): number[] {
  const ends: number[] = [];
  const parser = new Parser(
    {
      onopentag() {
        ends.push(parser.endIndex + 1);
      },
      onclosetag(_name, implied) {
        if (!implied) ends.push(parser.endIndex + 1);
      },
    },
    { lowerCaseTags: true, decodeEntities: true },
  );
  parser.end(html);
  return [...new Set(ends)].sort((a, b) => a - b);
}

/** Whether any element of the document carries the attribute `name`. */
export function hasAttribute(html: string, name: string): boolean {
  return htmlTags(html).some((tag) => name in tag.attributes);
}
