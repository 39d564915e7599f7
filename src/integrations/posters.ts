/**
 * Share images, hotline boards, posters, banners, handouts and forms, made in the build (src/posters/site-images.ts)
 * after Astro has written the pages, or after Astro has exited when `npm run build` runs them on their own
 * (src/utils/site-steps.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { isPosterPath } from '../posters/paths.ts';
import { makeSiteImages } from '../posters/site-images.ts';
import { folderMiddleware } from '../safety/serve-file.ts';
import { stepsRunSeparately } from '../utils/site-steps.ts';

export function posters(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let outDir = '';
  return {
    name: 'posters',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      // The dev server (npm start) serves the files of the last build, which `npm start` runs first: share images
      // and downloads work in the editors' local preview, and are brought up to date by the next build.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(folderMiddleware(() => outDir, isPosterPath));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (stepsRunSeparately()) return;
        await makeSiteImages(fileURLToPath(dir), { root, cacheDir, log: (line) => logger.info(line) });
      },
    },
  };
}
