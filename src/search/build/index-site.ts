/** The search step of a build, with its log lines: the bundle is indexed, or copied from the cache (search-step.ts). */
import { join } from 'node:path';
import { searchStep } from './search-step';

export interface IndexSiteOptions {
  /** The project root. */
  root: string;
  /** The build cache folder (astro.config.mjs `cacheDir`); the last bundle is kept in its `search/` folder. */
  cacheDir: string;
  /** Writes one line of the build log. */
  log: (line: string) => void;
  /** Writes one warning of the build log. */
  warn: (line: string) => void;
}

/** Writes the search bundle of the site built in `outDir`. */
export async function indexSite(outDir: string, { root, cacheDir, log, warn }: IndexSiteOptions): Promise<void> {
  const started = Date.now();
  const step = await searchStep({ outDir, root, cacheDir: join(cacheDir, 'search') });
  if (step.notKept) warn(`search bundle not kept in the cache (${step.notKept})`);
  // The benchmark parses "N pages…, F files, K KB in T ms": keep that shape.
  const size = `${step.files} files, ${Math.round(step.bytes / 1024)} KB in ${Date.now() - started} ms`;
  log(
    step.fromCache
      ? `${step.pages} pages, ${size}: nothing indexed changed, bundle copied from the cache`
      : `${step.pages} pages indexed, ${size}`,
  );
}
