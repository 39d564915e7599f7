/**
 * Search for the whole site: after every build, Pagefind indexes the pages marked with data-pagefind-body
 * (only their main content) and writes the bundle to /pagefind/, with the site's d/đ word list; when nothing
 * indexed changed since the bundle kept in the cache folder, that bundle is copied instead (search-step.ts).
 * In `astro dev` the dev server is crawled once it listens and again after content changes, and the index is
 * served from memory (see dev.ts).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchStep } from './search-step';
import { devSearch } from './dev';

export function pagefindSearch(): AstroIntegration {
  const dev = devSearch();
  let root = '';
  let cacheDir = '';
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'search');
      },
      'astro:server:setup': ({ server, logger }) => dev.setup(server, logger),
      'astro:server:start': ({ address, logger }) => dev.start(address, logger),
      'astro:server:done': () => dev.stop(),
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const step = await searchStep({ outDir: fileURLToPath(dir), root, cacheDir });
        if (step.notKept) logger.warn(`search bundle not kept in the cache (${step.notKept})`);
        // The benchmark parses "N pages…, F files, K KB in T ms": keep that shape.
        const size = `${step.files} files, ${Math.round(step.bytes / 1024)} KB in ${Date.now() - started} ms`;
        logger.info(
          step.fromCache
            ? `${step.pages} pages, ${size}: nothing indexed changed, bundle copied from the cache`
            : `${step.pages} pages indexed, ${size}`,
        );
      },
    },
  };
}
