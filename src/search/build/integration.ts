/**
 * Search for the whole site: after every build, Pagefind indexes the pages marked with data-pagefind-body
 * (only their main content) and the bundle is written to /pagefind/, with the site's d/đ word list. In `astro dev` the dev server is crawled once it listens and
 * again after content changes, and the index is served from memory (see dev.ts).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR } from '../config';
import { buildSearchBundle, closeIndexer, pagesOfDirectory } from './indexer';
import { devSearch } from './dev';

export function pagefindSearch(): AstroIntegration {
  const dev = devSearch();
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => dev.setup(server, logger),
      'astro:server:start': ({ address, logger }) => dev.start(address, logger),
      'astro:server:done': () => dev.stop(),
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const out = fileURLToPath(dir);
        const { files, pages } = await buildSearchBundle(pagesOfDirectory(out)).finally(closeIndexer);
        let bytes = 0;
        for (const file of files) {
          const target = join(out, BUNDLE_DIR, file.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file.content);
          bytes += file.content.byteLength;
        }
        if (pages === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
        logger.info(
          `${pages} pages indexed, ${files.length} files, ${Math.round(bytes / 1024)} KB in ${Date.now() - started} ms`,
        );
      },
    },
  };
}
