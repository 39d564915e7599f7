/**
 * The search step of a build: the built pages that ask to be indexed are read once each, cut down to what Pagefind
 * reads (page-html.ts) and digested; when the cache folder holds the bundle of that digest, it is copied into
 * the output, otherwise Pagefind indexes them and the new bundle is kept in the cache (bundle-cache.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_DIR } from '../config';
import { builtPages } from '../../utils/built-pages';
import { closeIndexer, folderSize, writeSearchBundle, type SourcePage } from './indexer';
import { indexedHtml } from './page-html';
import { cachedBundle, restoreBundle, searchDigest, storeBundle } from './bundle-cache';
import { PageSpool } from './page-spool';

/** Where the step reads and writes: the built site, the project root (for the digest) and `<cacheDir>/search`. */
export interface SearchStepFolders {
  outDir: string;
  root: string;
  cacheDir: string;
}

/** What the step did. */
export interface SearchStepResult {
  pages: number;
  files: number;
  bytes: number;
  /** The bundle was copied from the cache: nothing indexed had changed. */
  fromCache: boolean;
  /** Why the new bundle could not be kept in the cache, if it could not (the build goes on). */
  notKept?: string;
}

/**
 * The pages of a built site that ask to be indexed, as Pagefind is given them: the site's one list of built pages
 * (src/utils/built-pages.ts: uploads under /media/ are data, never indexed), in its order, each read from disk
 * only when its turn comes.
 */
export function* indexedPages(dir: string): Generator<SourcePage> {
  for (const { path, file } of builtPages(dir)) {
    const html = indexedHtml(readFileSync(file, 'utf8'));
    if (html !== undefined) yield { url: path, html };
  }
}

/** Writes the search bundle of the built site into `<outDir>/pagefind/`, from the cache when nothing indexed changed. */
export async function searchStep({ outDir, root, cacheDir }: SearchStepFolders): Promise<SearchStepResult> {
  const target = join(outDir, BUNDLE_DIR);
  mkdirSync(cacheDir, { recursive: true });
  // Each page is read and cut down once: kept in a file while the digest is taken, in case it must be indexed.
  const spool = new PageSpool(join(cacheDir, `tmp-${process.pid}-${randomBytes(6).toString('hex')}.pages`));
  try {
    const { digest, pages } = searchDigest(root, spool.record(indexedPages(outDir)));
    if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
    const cached = cachedBundle(cacheDir, digest);
    if (cached && restoreBundle(cached, target)) return { pages, ...folderSize(target), fromCache: true };
    const written = await writeSearchBundle(spool.pages(), target).finally(closeIndexer);
    if (written.pages !== pages) throw new Error(`Pagefind: ${pages} pages to index, ${written.pages} indexed.`);
    try {
      storeBundle(cacheDir, digest, target);
      return { ...written, fromCache: false };
    } catch (e) {
      return { ...written, fromCache: false, notKept: e instanceof Error ? e.message : String(e) };
    }
  } finally {
    spool.remove();
  }
}
