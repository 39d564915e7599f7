/**
 * What of a built page the indexer is given: only the parts marked data-pagefind-body (the layout's `<main>`, with
 * the page's hidden filter, metadata and sort markers inside it), with a space between touching tags. Pagefind
 * reads nothing else of a page that has such a part, so the index is the same as from the whole page
 * (tests/search/indexed-html.test.ts compares the two bundles), made from less text.
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
 * data-pagefind-body (outermost ones, in order), tags spaced as {@link spaceTags} does; undefined when the page
 * has no such element (it is not indexed). One parse of the page.
 */
export function indexedHtml(html: string): string | undefined {
  if (!html.includes(INDEXED_MARKER)) return undefined;
  let htmlTag = '<html>';
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let ends: number[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const end = parser.endIndex + 1;
        if (depth > 0) {
          depth++;
          ends.push(end);
        } else if (INDEXED_MARKER in attributes) {
          depth = 1;
          start = parser.startIndex;
          ends = [end];
        } else if (name === 'html') htmlTag = html.slice(parser.startIndex, end);
      },
      onclosetag(_name, implied) {
        if (depth === 0) return;
        const end = parser.endIndex + 1;
        if (!implied) ends.push(end);
        if (--depth > 0) return;
        // An element closed by its parent's end tag ends where that tag starts.
        const stop = implied ? parser.startIndex : end;
        parts.push(
          spaced(
            html.slice(start, stop),
            ends.filter((e) => e < stop).map((e) => e - start),
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
  let out = '';
  let from = 0;
  for (const end of [...new Set(tagEndOffsets)].sort((a, b) => a - b)) {
    if (html[end] !== '<') continue;
    out += `${html.slice(from, end)} `;
    from = end;
  }
  return out + html.slice(from);
}
