/**
 * The record of the last successful build of an output folder, kept in the build cache (CACHE_DIR, or
 * node_modules/.astro like Astro's own cache): the digest of its inputs (build-inputs.ts) and a stamp of the
 * output folder as that build left it. A build whose inputs have the same digest, while the folder still has that
 * stamp, would write the same site again: `npm run build` keeps it instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCacheDir as cacheDir } from '../../src/utils/cache-dir.ts';

interface Record {
  digest: string;
  stamp: string;
}

/** One record per output folder: several sites may share a cache folder. */
function recordFile(projectRoot: string, outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(cacheDir(projectRoot), `last-build-${key}.json`);
}

/**
 * The output folder as a build left it: which folder it is (a new one after every build: the staging folder
 * renamed into place) and the names of all its files, so a file deleted or added by hand makes the next build run.
 */
function stampOf(outDir: string): string | undefined {
  if (!existsSync(join(outDir, 'index.html'))) return undefined;
  const stat = statSync(outDir);
  const names = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort();
  const files = createHash('sha256').update(names.join('\0')).digest('hex');
  return `${stat.dev}:${stat.ino}:${files}`;
}

/** True when the last successful build of `outDir` had inputs with this digest and its output is untouched. */
export function isUpToDate(projectRoot: string, outDir: string, digest: string): boolean {
  try {
    const record = JSON.parse(readFileSync(recordFile(projectRoot, outDir), 'utf8')) as Record;
    return record.digest === digest && record.stamp === stampOf(outDir);
  } catch {
    return false;
  }
}

/** Records a successful build of `outDir` from inputs with this digest (after the new site is in place). */
export function recordBuild(projectRoot: string, outDir: string, digest: string): void {
  const stamp = stampOf(outDir);
  if (!stamp) return;
  const file = recordFile(projectRoot, outDir);
  mkdirSync(cacheDir(projectRoot), { recursive: true });
  writeFileSync(file, JSON.stringify({ digest, stamp } satisfies Record));
}
