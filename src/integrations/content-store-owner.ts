/**
 * Astro's content store of a build (data-store.json in the cache folder) records each entry's file path, and keeps
 * an entry whose file content is unchanged without looking at its path again. A store written for another content
 * folder (a cache restored where the content now lives elsewhere, or two communes built one after the other from one
 * checkout with the default cache) made the build read those bodies from the other folder's files, or stop with
 * "multiple entries with the same slug" once one of them changed. The store now records the content folder and
 * project it was written for; for any other it is removed before the content sync, which then reads every file again.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../utils/content-dir';

/** Astro's file names (astro/dist/content/consts.js): the single-file store, and its chunked form. */
const STORE_FILE = 'data-store.json';
const STORE_DIR = 'data-store';
const OWNER_FILE = 'data-store-owner.json';

/** Removes the store in `storeFolder` unless it was written for this content folder and project root (true then). */
export function claimContentStore(storeFolder: string, owner: { contentDir: string; root: string }): boolean {
  const ownerFile = join(storeFolder, OWNER_FILE);
  const expected = JSON.stringify(owner);
  const recorded = existsSync(ownerFile) ? readFileSync(ownerFile, 'utf8') : undefined;
  const storeExists = existsSync(join(storeFolder, STORE_FILE)) || existsSync(join(storeFolder, STORE_DIR));
  const removed = storeExists && recorded !== expected;
  if (removed) {
    rmSync(join(storeFolder, STORE_FILE), { force: true });
    rmSync(join(storeFolder, STORE_DIR), { recursive: true, force: true });
  }
  if (recorded !== expected) {
    mkdirSync(dirname(ownerFile), { recursive: true });
    writeFileSync(ownerFile, expected);
  }
  return removed;
}

export function contentStoreOwner(): AstroIntegration {
  return {
    name: 'content-store-owner',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        // Builds only (and `astro sync`/`check`, which use the same store). The preview's own store in .astro/ is
        // left as it was: a preview test saw its open page reload during start-up when it was removed there too.
        if (command !== 'build' && command !== 'sync') return;
        claimContentStore(fileURLToPath(config.cacheDir), {
          contentDir: contentDir(),
          root: fileURLToPath(config.root),
        });
      },
    },
  };
}
