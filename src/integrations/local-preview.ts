/**
 * The editors' local preview (`npm start`, astro dev): images and PDFs the next build makes show as labelled
 * placeholders instead of broken images (src/posters/dev-placeholder.ts). Nothing here runs in a build.
 */
import type { AstroIntegration } from 'astro';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { placeholderMiddleware } from '../posters/dev-placeholder.ts';

/** Registered after posters(): its dev middleware serves the files the last build made; this answers the rest. */
export function localPreview(): AstroIntegration {
  let outDir = '';
  return {
    name: 'local-preview',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        // The dev server asks itself what the build would make, on the address it listens on (never the request's Host).
        const origin = () => {
          const address = server.httpServer?.address() as AddressInfo | null;
          const host =
            !address || address.address === '::' || address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
          return `http://${host.includes(':') ? `[${host}]` : host}:${address?.port ?? 4321}`;
        };
        server.middlewares.use(placeholderMiddleware(outDir, origin));
      },
    },
  };
}
