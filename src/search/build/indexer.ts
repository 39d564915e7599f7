/** Builds the Pagefind index (through its Node API) and the site's d/đ word list from what was indexed. */
import * as pagefind from 'pagefind';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { D_WORDS_FILE, INDEX_CHUNK_SIZE, indexOptions } from '../config';
import { collectDWords } from '../query/query-plan';
import { minifyPagefindScript, PAGEFIND_SCRIPT } from './pagefind-script';

/** One file of the search bundle, relative to the bundle folder. */
export interface BundleFile {
  path: string;
  content: Uint8Array;
}

/** A page to index: its URL on the site and the HTML Pagefind is given (see page-html.ts). */
export interface SourcePage {
  url: string;
  html: string;
}

/** What a written bundle holds. */
export interface WrittenBundle {
  pages: number;
  files: number;
  bytes: number;
}

/** Pagefind's UI bundles: the search page has its own small UI, so these are not published. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Folder of Pagefind's page fragments inside a bundle. */
const FRAGMENTS = 'fragment';

/** Runs work on a new Pagefind index with the site's options, and deletes the index after. */
async function withIndex<T>(work: (index: pagefind.PagefindIndex) => Promise<T>): Promise<T> {
  // Read by Pagefind's binary, which the first call below starts with this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({
    ...indexOptions,
    excludeSelectors: [...indexOptions.excludeSelectors],
  });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    return await work(index);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Pages sent to Pagefind before it has answered for the earlier ones. Its service reads its messages in order and
 * handles one at a time, so the pages get the same numbers (and the bundle the same bytes) as when each add is
 * awaited; meanwhile this process reads and cuts the next pages, and neither side waits for the other.
 */
const PAGES_IN_FLIGHT = 32;

/**
 * Adds pages in order, as the iterable yields them (a page's HTML need not outlive its turn); returns how many.
 * Up to PAGES_IN_FLIGHT pages are on their way to Pagefind at once.
 */
async function addPages(
  index: pagefind.PagefindIndex,
  pages: Iterable<SourcePage> | AsyncIterable<SourcePage>,
): Promise<number> {
  let count = 0;
  const inFlight: Promise<void>[] = [];
  const add = async (page: SourcePage) => {
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    if (added.errors.length) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`);
  };
  try {
    for await (const page of pages) {
      if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
      const adding = add(page);
      // Handled here so a failure is not reported as unhandled before its turn comes; it is thrown in its turn.
      adding.catch(() => undefined);
      inFlight.push(adding);
      count++;
    }
    for (const adding of inFlight.splice(0)) await adding;
  } finally {
    // Settled before the index is deleted, even when reading the next page or an add failed.
    await Promise.allSettled(inFlight);
  }
  return count;
}

/** The d/đ word list of indexed texts, as the bundle file the search page reads. */
function dWordsFile(texts: Iterable<string>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(collectDWords(texts)));
}

/**
 * Indexes the pages and writes the bundle into `outputPath` (Pagefind writes its own files; its unused UIs are
 * removed, its script minified (pagefind-script.ts) and the d/đ word list is added, read back from the fragments one
 * file at a time). Nothing holds every page or the whole bundle in memory.
 */
export async function writeSearchBundle(
  pages: Iterable<SourcePage> | AsyncIterable<SourcePage>,
  outputPath: string,
): Promise<WrittenBundle> {
  const count = await withIndex(async (index) => {
    const added = await addPages(index, pages);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added;
  });
  for (const name of readdirSync(outputPath))
    if (UNUSED.test(name)) rmSync(join(outputPath, name), { recursive: true });
  const script = join(outputPath, PAGEFIND_SCRIPT);
  writeFileSync(script, await minifyPagefindScript(readFileSync(script, 'utf8')));
  const fragmentDir = join(outputPath, FRAGMENTS);
  const fragments = count ? readdirSync(fragmentDir).filter((f) => f.endsWith('.pf_fragment')) : [];
  if (count > 0 && fragments.length === 0)
    throw new Error('Pagefind wrote no page fragment: cannot build the d/đ word list.');
  const texts = function* () {
    for (const name of fragments) yield* fragmentTexts(name, readFileSync(join(fragmentDir, name)));
  };
  writeFileSync(join(outputPath, D_WORDS_FILE), dWordsFile(texts()));
  return { pages: count, ...folderSize(outputPath) };
}

/**
 * Indexes the pages and returns the bundle files in memory (Pagefind's, minus unused UIs, with its script minified,
 * plus the d/đ word list).
 */
export async function buildSearchBundle(
  pages: Iterable<SourcePage> | AsyncIterable<SourcePage>,
): Promise<{ files: BundleFile[]; pages: number }> {
  const { count, files } = await withIndex(async (index) => {
    const added = await addPages(index, pages);
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`Pagefind: ${got.errors.join('; ')}`);
    return { count: added, files: got.files };
  });
  const kept = await Promise.all(
    files
      .filter((f) => !UNUSED.test(f.path))
      .map(async (f) =>
        f.path === PAGEFIND_SCRIPT
          ? {
              path: f.path,
              content: new TextEncoder().encode(await minifyPagefindScript(new TextDecoder().decode(f.content))),
            }
          : f,
      ),
  );
  const fragments = kept.filter((f) => f.path.endsWith('.pf_fragment'));
  if (count > 0 && fragments.length === 0)
    throw new Error('Pagefind wrote no page fragment: cannot build the d/đ word list.');
  const words = dWordsFile(fragments.flatMap((f) => fragmentTexts(f.path, f.content)));
  return { files: [...kept, { path: D_WORDS_FILE, content: words }], pages: count };
}

/** Stops Pagefind's background binary. */
export async function closeIndexer(): Promise<void> {
  await pagefind.close();
}

/** Number of files and bytes under a folder. */
export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * The indexed texts (title and content) in one fragment file: gzipped JSON behind a signature (Pagefind 1.x),
 * one page, or a group of pages keyed by id when Pagefind bundles fragments together.
 */
function fragmentTexts(path: string, bytes: Uint8Array): string[] {
  const raw = gunzipSync(bytes).toString('utf8');
  const start = raw.indexOf('{');
  try {
    const json = JSON.parse(raw.slice(start)) as Record<string, unknown>;
    const pages = typeof json.content === 'string' ? [json] : Object.values(json);
    return pages.map((page) => {
      const { content, meta } = page as { content?: unknown; meta?: { title?: unknown } };
      if (typeof content !== 'string') throw new Error('no content');
      return `${typeof meta?.title === 'string' ? meta.title : ''} ${content}`;
    });
  } catch (e) {
    throw new Error(
      `Unexpected Pagefind fragment ${path} (${String(e)}): Pagefind's format changed, update fragmentTexts().`,
    );
  }
}
