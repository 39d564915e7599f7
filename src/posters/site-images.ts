/**
 * Share images, hotline boards, posters, banners, handouts and forms of a built site: read the job list the
 * build-only endpoint wrote, add one share image per built page, render what the cache does not already hold on
 * worker threads, write everything into the output, and fill in the file sizes the pages show.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { posterText } from '../i18n/posters.ts';
import { templateHash } from './cache.ts';
import { fillFileSizes } from './file-sizes.ts';
import { generate } from './generate.ts';
import type { PosterManifest } from './jobs.ts';
import { MANIFEST_PATH } from './paths.ts';
import { shareJobs } from './share-pages.ts';

export interface SiteImagesOptions {
  /** The project root (where src/posters/worker.ts lives). */
  root: string;
  /** The build cache folder (astro.config.mjs `cacheDir`); rendered files are kept in its `posters/` folder. */
  cacheDir: string;
  /** Writes one line of the build log. */
  log: (line: string) => void;
}

/** Worker threads: one per core (POSTERS_THREADS overrides, e.g. 1 to compare). */
function threadCount(): number {
  const wanted = Number(process.env.POSTERS_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

/** Makes every image and PDF of the site built in `builtDir`. */
export async function makeSiteImages(builtDir: string, { root, cacheDir, log }: SiteImagesOptions): Promise<void> {
  const manifestFile = join(builtDir, MANIFEST_PATH);
  if (!existsSync(manifestFile)) throw new Error(posterText.errors.noManifest(manifestFile));
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as PosterManifest;
  await rm(manifestFile);
  const jobs = [...manifest.jobs, ...(await shareJobs(builtDir, manifest))];
  const result = await generate(jobs, {
    outDir: builtDir,
    cacheDir: join(cacheDir, 'posters'),
    workerFile: join(root, 'src/posters/worker.ts'),
    threads: threadCount(),
    templateHash: templateHash(root),
    bundles: manifest.bundles ?? [],
  });
  // Pages that list their files show each file's size, known only now.
  await fillFileSizes(
    builtDir,
    [...manifest.jobs, ...(manifest.bundles ?? [])].map((j) => j.page),
  );
  // The benchmark parses this line: keep its shape.
  log(
    `${result.files} files: ${result.rendered.length} rendered, ${result.cached.length} from cache in ${result.ms} ms`,
  );
}
