/** Builds the Pagefind index (through its Node API) and the site's d/đ word list from what was indexed. */
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { D_WORDS_FILE, INDEXED_MARKER, indexOptions } from '../config';
import { collectDWords } from '../query/query-plan';
import { builtPages } from '../../utils/built-pages';
import { hasAttribute, tagEnds } from '../../utils/html';

/** One file of the search bundle, relative to the bundle folder. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** A page to index: its URL on the site and its HTML. */
export interface SourcePage {
  url: string;
  html: string;
}

/** Pagefind's UI bundles: the search page has its own small UI, so these are not published. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/**
 * Astro writes HTML without whitespace between tags, and Pagefind joins the text of inline elements that
 * touch: "<dt>Chủ đề</dt><dd>Chung tay</dd>" would be indexed as the word "đềchung". A space between two tags
 * changes nothing a reader sees in these pages (they lay such elements out as blocks or with gaps) and lets
 * Pagefind see word boundaries. Only the copy given to the indexer is changed.
 */
export function spaceTags(html: string): string {
  // Tag boundaries come from an HTML parser: a `>` inside an attribute value (an editor's title) is not one.
  let out = '';
  let from = 0;
  for (const end of tagEnds(html)) {
    if (html[end] !== '<') continue;
    out += `${html.slice(from, end)} `;
    from = end;
  }
  return out + html.slice(from);
}

/** Whether a page asks to be indexed: an element carries data-pagefind-body (not the words in its text). */
export function isIndexed(html: string): boolean {
  return html.includes(INDEXED_MARKER) && hasAttribute(html, INDEXED_MARKER);
}

/**
 * The pages of a built site that ask to be indexed (the layout marks their content with data-pagefind-body): the
 * site's one list of built pages (src/utils/built-pages.ts: uploads under /media/ are data, never indexed), in its order.
 */
export function pagesOfDirectory(dir: string): SourcePage[] {
  return builtPages(dir).flatMap(({ path, file }) => {
    const html = readFileSync(file, 'utf8');
    return isIndexed(html) ? [{ url: path, html }] : [];
  });
}

/** Indexes the pages and returns the bundle files (Pagefind's, minus unused UIs, plus the d/đ word list). */
export async function buildSearchBundle(pages: readonly SourcePage[]): Promise<{ files: BundleFile[]; pages: number }> {
  const { index, errors } = await pagefind.createIndex({
    ...indexOptions,
    excludeSelectors: [...indexOptions.excludeSelectors],
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: spaceTags(page.html) });
    if (added.errors.length) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length) throw new Error(`Pagefind: ${fileErrors.join('; ')}`);
  await index.deleteIndex();
  const kept = files.filter((f) => !UNUSED.test(f.path));
  const texts = kept.filter((f) => f.path.endsWith('.pf_fragment')).map((f) => fragmentText(f.path, f.content));
  if (pages.length > 0 && texts.length === 0)
    throw new Error('Pagefind wrote no page fragment: cannot build the d/đ word list.');
  const words = new TextEncoder().encode(JSON.stringify(collectDWords(texts)));
  return { files: [...kept, { path: D_WORDS_FILE, content: words }], pages: pages.length };
}

/** Stops Pagefind's background binary. */
export async function closeIndexer(): Promise<void> {
  await pagefind.close();
}

/** The indexed text of one page: a fragment is gzipped JSON behind a signature (Pagefind 1.x). */
function fragmentText(path: string, bytes: Uint8Array): string {
  const raw = gunzipSync(bytes).toString('utf8');
  const start = raw.indexOf('{');
  try {
    const json = JSON.parse(raw.slice(start)) as { content?: unknown; meta?: { title?: unknown } };
    if (typeof json.content !== 'string') throw new Error('no content');
    return `${typeof json.meta?.title === 'string' ? json.meta.title : ''} ${json.content}`;
  } catch (e) {
    throw new Error(
      `Unexpected Pagefind fragment ${path} (${String(e)}): Pagefind's format changed, update fragmentText().`,
    );
  }
}
