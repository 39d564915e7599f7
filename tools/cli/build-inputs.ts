/**
 * What a build's output depends on, as one digest: every file of the commune's content, the site's own code and
 * assets (src/, cms/, public/, tools/cli/ and the project's config and lock files), the settings the build reads
 * from the environment, the day it is built for (scheduled posts appear on their day) and the Node version.
 * `npm run build` compares it with the digest of the last successful build of the same output folder and, when
 * nothing changed and that output is still in place, keeps it instead of building again.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentDir } from '../../src/utils/content-dir.ts';

/** Folders of the project whose files shape the site. */
const CODE_DIRS = ['src', 'cms', 'public', 'tools/cli'];
/** Files of the project root whose content shapes the site (the lock file pins every dependency's version). */
const ROOT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Environment settings read by the build (OUT_DIR and CACHE_DIR only say where, not what). */
const ENV_KEYS = ['SITE_URL', 'POSTERS_THREADS'];

/** Every file below `dir`, as sorted paths relative to it ('/'-separated); none when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Adds each file's path, size and bytes under `label`, read in blocks: an upload too large to hold in memory
 * reaches the build's own size check (and its message) instead of stopping the digest.
 */
function addTree(hash: ReturnType<typeof createHash>, label: string, dir: string): void {
  const block = Buffer.alloc(1 << 20);
  for (const file of filesUnder(dir)) {
    const fd = openSync(join(dir, file), 'r');
    try {
      hash.update(`${label}/${file}\0${fstatSync(fd).size}\0`);
      for (let n; (n = readSync(fd, block)) > 0;) hash.update(block.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  }
}

/** The digest of everything the build of `projectRoot` with the current environment depends on. */
export function buildInputsDigest(projectRoot: string, args: readonly string[] = []): string {
  const hash = createHash('sha256');
  // The day the build publishes for (src/utils/dates.ts today(): BUILD_DATE, or the UTC date), plain so this runs
  // under Node's own type stripping.
  const day = process.env.BUILD_DATE || new Date().toISOString().slice(0, 10);
  hash.update(`node ${process.version}\0args ${JSON.stringify(args)}\0day ${day}\0`);
  for (const key of ENV_KEYS) hash.update(`env ${key}=${process.env[key] ?? ''}\0`);
  const content = contentDir();
  hash.update(`content-dir ${content}\0`);
  addTree(hash, 'content', content);
  for (const dir of CODE_DIRS) addTree(hash, dir, resolve(projectRoot, dir));
  for (const file of ROOT_FILES) {
    const path = resolve(projectRoot, file);
    if (existsSync(path) && statSync(path).isFile()) hash.update(`${file}\0`).update(readFileSync(path));
  }
  return hash.digest('hex');
}
