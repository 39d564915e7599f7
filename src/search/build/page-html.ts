/**
 * What of a built page the indexer is given: only the parts marked data-pagefind-body (the layout's `<main>`, with
 * the page's hidden filter, metadata and sort markers inside it), with a space between touching tags and without
 * id attributes. Pagefind reads nothing else of a page that has such a part, so the index is the same as from the
 * whole page, made from less text; the ids only gave each page fragment a list of "anchors" (for Pagefind's
 * sub-results, which the search page never shows), about 6% of the fragment bytes every result downloads
 * (tests/search/indexed-html.test.ts compares the two bundles).
 */
import { Parser } from 'htmlparser2';
import { INDEXED_MARKER } from '../config';
import { hasAttribute, tagEnds } from '../../utils/html';

/**
 * Astro writes HTML without whitespace between tags, and Pagefind joins the text of inline elements that
 * touch: "<dt>Chủ đề</dt><dd>Chung tay</dd>" would be indexed as the word "đềchung". A space between two tags
 * changes nothing a reader sees in these pages (they lay such elements out as blocks or with gaps) and lets
 * Pagefind see word boundaries. Only the copy given to the indexer is changed.
 */
export function spaceTags(html: string): string {
  // Tag boundaries come from an HTML parser: a `>` inside an attribute value (an editor's title) is not one.
  return spaced(html, tagEnds(html));
}

/** Whether a page asks to be indexed: an element carries data-pagefind-body (not the words in its text). */
export function isIndexed(html: string): boolean {
  return html.includes(INDEXED_MARKER) && hasAttribute(html, INDEXED_MARKER);
}

/**
 * The document handed to Pagefind for one built page: the page's `<html>` start tag and every element marked
 * data-pagefind-body (outermost ones, in order), tags spaced as {@link spaceTags} does and id attributes left out;
 * undefined when the page has no such element (it is not indexed). One parse of the page.
 */
export function indexedHtml(html: string): string | undefined {
  if (!html.includes(INDEXED_MARKER)) return undefined;
  let htmlTag = '<html>';
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let ends: number[] = [];
  let drops: Span[] = [];
  // The id attribute of the tag being read (attributes come before the tag's own event).
  let id: Span | undefined;
  // Where the last tag read ended.
  let lastTagEnd = -1;
  const parser = new Parser(
    {
      onopentagname() {
        id = undefined;
      },
      onattribute(name) {
        if (name !== 'id') return;
        // The attribute with its value, and the white space before it.
        const from = parser.startIndex;
        id = [/\s/.test(html[from - 1] ?? '') ? from - 1 : from, parser.endIndex];
      },
      onopentag(name, attributes) {
        const tagStart = parser.startIndex;
        const end = parser.endIndex + 1;
        const afterTag = lastTagEnd === tagStart;
        lastTagEnd = end;
        if (depth > 0) {
          depth++;
        } else if (INDEXED_MARKER in attributes) {
          depth = 1;
          start = tagStart;
          ends = [];
          drops = [];
        } else {
          if (name === 'html') htmlTag = html.slice(tagStart, end);
          return;
        }
        // Pagefind also reads an id as a word break where the element opens: it goes only where a word breaks
        // anyway (after a tag, which spaced() spaces, or after white space), and on the marked element itself.
        if (id && (depth === 1 || afterTag || /\s/.test(html[tagStart - 1] ?? ''))) drops.push(id);
        ends.push(end);
      },
      onclosetag(_name, implied) {
        if (!implied) lastTagEnd = parser.endIndex + 1;
        if (depth === 0) return;
        const end = parser.endIndex + 1;
        if (!implied) ends.push(end);
        if (--depth > 0) return;
        // An element closed by its parent's end tag ends where that tag starts.
        const stop = implied ? parser.startIndex : end;
        parts.push(
          edited(
            html,
            start,
            stop,
            ends.filter((e) => e < stop),
            drops,
          ),
        );
      },
    },
    // Only tag boundaries and attribute names are read (the page is sliced, never rebuilt): no entity needs decoding.
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: false },
  );
  parser.end(html);
  if (parts.length === 0) return undefined;
  return `<!DOCTYPE html>${htmlTag}<head></head><body>${parts.join(' ')}</body></html>`;
}

/** The HTML with a space inserted at each given offset where a tag is followed by another tag. */
function spaced(html: string, tagEndOffsets: readonly number[]): string {
  return edited(html, 0, html.length, tagEndOffsets, []);
}

/** A range of the source, [from, to). */
type Span = [number, number];

/**
 * html.slice(from, to), with a space inserted at each given offset where a tag is followed by another tag, and the
 * given spans (attributes, inside tags) left out.
 */
function edited(html: string, from: number, to: number, tagEnds: readonly number[], drops: readonly Span[]): string {
  const edits: Span[] = [
    ...[...new Set(tagEnds)].filter((end) => html[end] === '<').map((end): Span => [end, end]),
    ...drops,
  ].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = from;
  for (const [start, stop] of edits) {
    out += html.slice(at, start);
    if (start === stop) out += ' ';
    at = stop;
  }
  return out + html.slice(at, to);
}
