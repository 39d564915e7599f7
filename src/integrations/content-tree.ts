/**
 * Runs the content-tree check (src/safety/content-tree.ts: no symbolic links or special files in the content
 * folder) at the first hook of every `astro build`, `astro dev`, `astro sync` and `astro check`, before the content
 * layer reads a file or any integration copies media. In `astro dev`, a link added while the server runs is
 * reported at once and refused again by the next build.
 */
import type { AstroIntegration } from 'astro';
import { lstatSync, readlinkSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { contentDir } from '../utils/content-dir';
import { assertContentTree, formatTreeProblems } from '../safety/content-tree';

export function contentTree(): AstroIntegration {
  return {
    name: 'content-tree',
    hooks: {
      'astro:config:setup': () => assertContentTree(),
      'astro:server:setup': ({ server, logger }) => {
        const report = (path: string) => {
          const root = contentDir();
          const inside = relative(root, path);
          if (!inside || inside.startsWith('..') || inside.startsWith(sep)) return;
          try {
            if (lstatSync(path).isSymbolicLink())
              logger.error(
                formatTreeProblems(root, [
                  { path: inside.split(sep).join('/'), kind: 'symlink', detail: readlinkSync(path) },
                ]),
              );
          } catch {
            // Gone again: nothing to report.
          }
        };
        server.watcher.on('add', report);
        server.watcher.on('addDir', report);
      },
    },
  };
}
