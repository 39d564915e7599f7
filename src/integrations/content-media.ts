/**
 * Serves the commune's uploads (CONTENT_DIR/media) at /media/ in dev and copies them into the build,
 * so a commune's content folder carries its own images and files.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, createReadStream, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mediaDir } from '../utils/content-dir';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function contentMedia(): AstroIntegration {
  return {
    name: 'content-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/media', (req, res, next) => {
          const dir = mediaDir();
          const path = normalize(join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
          if (!path.startsWith(dir) || !existsSync(path) || !statSync(path).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(path).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(mediaDir())) cpSync(mediaDir(), join(fileURLToPath(dir), 'media'), { recursive: true });
      },
    },
  };
}
