/**
 * Content errors in the preview (`astro dev` only): while a content file has an error, every page the editor opens
 * answers with the Vietnamese error page (src/dev/ContentErrors.astro, HTTP 500) instead of a 404 for the entry
 * left out or Astro's English overlay. A server middleware, not an Astro one: it must also answer for an entry's
 * page that no longer exists (Astro checks static paths before its own middleware runs). Nothing is added to
 * `astro build`. Before each page it asks the site to run its checks that span files (src/dev/content-check.ts),
 * so a broken reference between entries shows the same way.
 */
import type { AstroIntegration } from 'astro';
import type { AddressInfo } from 'node:net';
import { currentErrors } from '../content-model/dev-errors.ts';
import { CONTENT_CHECK_PATH, CONTENT_ERRORS_PATH, isPageRequest } from '../dev/route.ts';

/** The integration; a no-op outside `astro dev`. */
export function contentErrorsPreview(): AstroIntegration {
  return {
    name: 'content-errors-preview',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({
          pattern: CONTENT_ERRORS_PATH,
          entrypoint: new URL('../dev/ContentErrors.astro', import.meta.url),
        });
        injectRoute({ pattern: CONTENT_CHECK_PATH, entrypoint: new URL('../dev/content-check.ts', import.meta.url) });
      },
      'astro:server:setup': ({ server }) => {
        // The page is rendered by the dev server itself, asked on the address it listens on (never the request's Host).
        const origin = () => {
          const address = server.httpServer?.address() as AddressInfo | null;
          const host =
            !address || address.address === '::' || address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
          return `http://${host.includes(':') ? `[${host}]` : host}:${address?.port ?? 4321}`;
        };
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '/').split('?')[0]!;
          if (!isPageRequest(req.method ?? 'GET', path)) return next();
          fetch(origin() + CONTENT_CHECK_PATH)
            .then((check) => check.body?.cancel())
            .catch(() => undefined)
            .then(async () => {
              if (currentErrors().length === 0) return next();
              const page = await fetch(origin() + CONTENT_ERRORS_PATH);
              res.statusCode = 500;
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.setHeader('Cache-Control', 'no-store');
              res.end(await page.text());
            })
            .catch(next);
        });
      },
    },
  };
}
