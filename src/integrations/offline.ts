/**
 * Offline use: after the pages are written, writes the service worker (/sw.js) with this build's id, the pages it
 * saves at install and the stylesheets of every reader page (src/offline/service-worker.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlinePaths } from '../offline/paths.ts';
import {
  ARTICLE_PATTERN,
  newBuildId,
  savedPages,
  serviceWorkerText,
  stylesheetsOf,
} from '../offline/service-worker.ts';
import { isEditorOnly } from '../utils/routes.ts';

export function offline(): AstroIntegration {
  let root = '';
  return {
    name: 'offline',
    hooks: {
      // Reader pages load the registration only in a build (Base.astro): the dev server has no worker to register.
      // Not import.meta.env.PROD, which follows NODE_ENV (under vitest it is "test", and a test build would lack it).
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.OFFLINE_WORKER': JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/?$/, '/').replace(/^\/\/+/, '/'));
        const assets = new Set<string>();
        for (const path of paths) {
          if (isEditorOnly(path)) continue;
          // Endpoints (feeds, icons, vCards) have no index.html: nothing to style.
          const file = join(out, path, 'index.html');
          if (existsSync(file)) for (const href of stylesheetsOf(readFileSync(file, 'utf8'))) assets.add(href);
        }
        assets.add('/favicon.svg');
        const config = {
          id: newBuildId(),
          pages: savedPages(paths),
          assets: [...assets].sort(),
          article: ARTICLE_PATTERN,
          offline: offlinePaths.page,
        };
        const text = serviceWorkerText(config, root);
        writeFileSync(join(out, offlinePaths.worker), text);
        logger.info(
          `${offlinePaths.worker}: ${config.pages.length} pages saved at install, ${Buffer.byteLength(text)} bytes`,
        );
      },
    },
  };
}
