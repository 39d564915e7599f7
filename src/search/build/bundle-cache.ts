/**
 * The last search bundle, kept in the cache folder (`<cacheDir>/search/<digest>/`) under a digest of exactly what
 * was indexed: each page's URL and the HTML Pagefind was given, Pagefind's version, the minifier of its script, the
 * index options and the code that makes the bundle. A build whose digest matches copies that bundle instead of
 * indexing again. An entry is written into a temporary folder and renamed into place whole, so a half-written one is
 * never read.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { D_WORDS_FILE, INDEX_CHUNK_SIZE, indexOptions } from '../config';
import type { SourcePage } from './indexer';
import { SCRIPT_MINIFIER } from './pagefind-script';

/** The code that turns pages into a bundle, besides Pagefind: a change here changes the digest. */
const BUNDLE_CODE = ['src/search/build', 'src/search/query', 'src/search/config.ts'];

/** A cache entry's name is its digest (hex SHA-256). */
const ENTRY = /^[0-9a-f]{64}$/;
/** Temporary folders of builds still writing, or that stopped while writing; removed after a day. */
const TEMP = /^tmp-/;
const STALE_TEMP_MS = 24 * 3600 * 1000;

/** The digest of what a build indexes, and how many pages that is. */
export interface SearchDigest {
  digest: string;
  pages: number;
}

/** The installed Pagefind's version, read from its package.json. */
export function pagefindVersion(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const file = join(dir, 'pagefind', 'package.json');
    if (existsSync(file)) return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
  }
  throw new Error('Pagefind is not installed: run npm ci.');
}

/** Feeds every file of the bundle-making code under the project root into the hash, in a fixed order. */
function hashCode(hash: Hash, root: string): void {
  for (const item of BUNDLE_CODE) {
    const path = join(root, item);
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [path];
    for (const file of files)
      hash
        .update(`${file.slice(root.length)}\0`)
        .update(readFileSync(file))
        .update('\0');
  }
}

/** Reads the pages once, each only for its turn, and returns the digest of what would be indexed. */
export function searchDigest(root: string, pages: Iterable<SourcePage>): SearchDigest {
  const hash = createHash('sha256');
  hash.update(
    `pagefind ${pagefindVersion()}\0${SCRIPT_MINIFIER}\0${JSON.stringify({ ...indexOptions, INDEX_CHUNK_SIZE })}\0`,
  );
  hashCode(hash, root);
  let count = 0;
  for (const page of pages) {
    hash.update(`${page.url}\0${page.html}\0`);
    count++;
  }
  return { digest: hash.digest('hex'), pages: count };
}

/** The cached bundle for this digest, when one was stored whole. */
export function cachedBundle(cacheDir: string, digest: string): string | undefined {
  const dir = join(cacheDir, digest);
  return existsSync(join(dir, D_WORDS_FILE)) ? dir : undefined;
}

/** Copies a cached bundle into a new output folder; false (and nothing left behind) when it cannot. */
export function restoreBundle(from: string, to: string): boolean {
  if (existsSync(to)) return false;
  try {
    cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
    return true;
  } catch {
    // The entry was removed while it was copied (another build stored a newer one): index instead.
    rmSync(to, { recursive: true, force: true });
    return false;
  }
}

/**
 * Stores a written bundle as the entry for this digest (copied to a temporary folder, then renamed into place)
 * and removes the older entries. Another build storing the same digest at the same time stores the same files.
 */
export function storeBundle(cacheDir: string, digest: string, from: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const temp = join(cacheDir, `tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    cpSync(from, temp, { recursive: true });
    try {
      renameSync(temp, join(cacheDir, digest));
    } catch (e) {
      // Another build stored the same digest first: its files are these files.
      if (!cachedBundle(cacheDir, digest)) throw e;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    const old =
      (ENTRY.test(name) && name !== digest) || (TEMP.test(name) && now - statSync(path).mtimeMs > STALE_TEMP_MS);
    if (!old) continue;
    // Renamed away first: a build reading the entry at this moment either copies it whole or fails and indexes.
    const trash = join(cacheDir, `tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      renameSync(path, trash);
      rmSync(trash, { recursive: true, force: true });
    } catch {
      // Another build removed it first.
    }
  }
}
