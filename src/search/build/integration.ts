/**
 * Search for the whole site: after every build, Pagefind indexes the pages marked with data-pagefind-body
 * (only their main content) and writes the bundle to /pagefind/, with the site's d/đ word list; when nothing
 * indexed changed since the bundle kept in the cache folder, that bundle is copied instead (search-step.ts).
 * `npm run build` runs this step after Astro has exited (src/utils/site-steps.ts).
 * In `astro dev` the dev server is crawled once it listens and again after content changes, and the index is
 * served from memory (see dev.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { stepsRunSeparately } from '../../utils/site-steps';
import { indexSite } from './index-site';
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
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server, logger }) => dev.setup(server, logger),
      'astro:server:start': ({ address, logger }) => dev.start(address, logger),
      'astro:server:done': () => dev.stop(),
      'astro:build:done': async ({ dir, logger }) => {
        if (stepsRunSeparately()) return;
        await indexSite(fileURLToPath(dir), {
          root,
          cacheDir,
          log: (line) => logger.info(line),
          warn: (line) => logger.warn(line),
        });
      },
    },
  };
}
