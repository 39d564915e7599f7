/**
 * `astro dev` only: the map from content files to their compiled bodies, which Astro rewrites in
 * `.astro/content-modules.mjs` when a file is added, renamed or removed, is reloaded by the server as soon as it
 * changes on disk. Astro reloads its data store and image map itself but leaves this file to Vite's watcher, which
 * refreshes the module graph and not the copy the server already ran: after a rename, the entry points at its new
 * file, the old map has no body for it, and its page fails ("Unexpected error while rendering") until a restart.
 * Checked before each request, so a watcher event that never came (an atomic rename it missed) is caught too.
 */
import type { AstroIntegration } from 'astro';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isRunnableDevEnvironment, type ViteDevServer } from 'vite';

/** Where Astro writes the map (its MODULES_IMPORTS_FILE in the project's `.astro/` folder). */
const MODULES_FILE = '.astro/content-modules.mjs';

/** What changes when the file is written again (Astro writes it to a temporary file and renames it). */
function signature(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  } catch {
    return '';
  }
}

/** Drops `file`'s module from every environment's graph and from every module runner that ran it. */
function invalidate(server: ViteDevServer, file: string): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    for (const module of environment.moduleGraph.getModulesByFile(file) ?? [])
      environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    if (!isRunnableDevEnvironment(environment)) continue;
    const evaluated = environment.runner.evaluatedModules;
    for (const module of evaluated.getModulesByFile(file) ?? []) evaluated.invalidateModule(module);
  }
}

/** The integration; a no-op outside `astro dev`. */
export function contentModulesRefresh(): AstroIntegration {
  let file = '';
  return {
    name: 'content-modules-refresh',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = fileURLToPath(new URL(MODULES_FILE, config.root));
      },
      'astro:server:setup': ({ server }) => {
        let seen = signature(file);
        server.middlewares.use((_req, _res, next) => {
          const now = signature(file);
          if (now !== seen) {
            seen = now;
            invalidate(server, file);
          }
          next();
        });
      },
    },
  };
}
