/**
 * Share images, hotline boards, posters, banners, handouts and forms, made in the build (src/posters).
 * After Astro has written the pages: read the job list the build-only endpoint wrote, add one share image per
 * built page, render what the cache does not already hold on worker threads, and write everything into the output.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { posterText } from '../i18n/posters.ts';
import { templateHash } from '../posters/cache.ts';
import { fillFileSizes } from '../posters/file-sizes.ts';
import { generate } from '../posters/generate.ts';
import type { PosterManifest } from '../posters/jobs.ts';
import { isPosterPath, MANIFEST_PATH } from '../posters/paths.ts';
import { shareJobs } from '../posters/share-pages.ts';
import { folderMiddleware } from '../safety/serve-file.ts';

/** Worker threads: one per core (POSTERS_THREADS overrides, e.g. 1 to compare). */
function threadCount(): number {
  const wanted = Number(process.env.POSTERS_THREADS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism();
}

export function posters(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'posters',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'posters');
        outDir = fileURLToPath(config.outDir);
      },
      // The dev server (npm start) serves the files of the last build, which `npm start` runs first: share images
      // and downloads work in the editors' local preview, and are brought up to date by the next build.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(folderMiddleware(() => outDir, isPosterPath));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const builtDir = fileURLToPath(dir);
        const manifestFile = join(builtDir, MANIFEST_PATH);
        if (!existsSync(manifestFile)) throw new Error(posterText.errors.noManifest(manifestFile));
        const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as PosterManifest;
        await rm(manifestFile);
        const jobs = [...manifest.jobs, ...(await shareJobs(builtDir, manifest))];
        const result = await generate(jobs, {
          outDir: builtDir,
          cacheDir,
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
        logger.info(
          `${result.files} files: ${result.rendered.length} rendered, ${result.cached.length} from cache in ${result.ms} ms`,
        );
      },
    },
  };
}
