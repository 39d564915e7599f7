/** The build cache folder: CACHE_DIR, or node_modules/.astro (Astro's default), resolved from the project root. */
import { resolve } from 'node:path';

/** The cache folder of builds run from `projectRoot` (astro.config.mjs gives it to Astro as `cacheDir`). */
export function buildCacheDir(projectRoot: string): string {
  return resolve(projectRoot, process.env.CACHE_DIR || 'node_modules/.astro');
}
