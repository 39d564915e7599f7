/**
 * `node --import tsx tools/cli/site-steps.ts <built site>`: the steps that read the whole built site, run by
 * `npm run build` once `astro build` has exited (src/utils/site-steps.ts): the search index, then the images and
 * PDFs, in the order Astro's hooks would run them, with the same log lines.
 */
import { resolve } from 'node:path';
import { makeSiteImages } from '../../src/posters/site-images.ts';
import { indexSite } from '../../src/search/build/index-site.ts';
import { buildCacheDir } from '../../src/utils/cache-dir.ts';

const root = resolve(import.meta.dirname, '../..');
const builtDir = process.argv[2];
if (!builtDir) throw new Error('usage: site-steps.ts <built site folder>');

/** A log line shaped like Astro's (`12:00:00 [posters] …`), which the benchmark parses. */
const logger = (name: string) => (line: string) =>
  console.log(`${new Date().toTimeString().slice(0, 8)} [${name}] ${line}`);

try {
  const cacheDir = buildCacheDir(root);
  const search = logger('pagefind-search');
  await indexSite(resolve(builtDir), { root, cacheDir, log: search, warn: search });
  await makeSiteImages(resolve(builtDir), { root, cacheDir, log: logger('posters') });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
