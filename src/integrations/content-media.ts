/**
 * The commune's uploads (CONTENT_DIR/media): checked before the build writes anything (only the types of
 * src/safety/upload-types.ts, by extension and by content: src/safety/uploads.ts), copied into the build (regular
 * files only: a symbolic link is never followed or published), and served at /media/ by `astro dev` with the same
 * rule and the same headers as production (src/safety/header-table.ts).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mediaDir } from '../utils/content-dir';
import { fileInside, requestPath, sendFile } from '../safety/serve-file';
import { assertMediaFolder, checkMediaFile } from '../safety/uploads';
import { responseHeaders } from '../safety/header-table';

/** Whether `folder` is `dir` or inside it once every link is resolved (false when it does not exist). */
function realInside(dir: string, folder: string): boolean {
  try {
    const real = realpathSync.native(folder);
    const root = realpathSync.native(dir);
    return real === root || real.startsWith(root + sep);
  } catch {
    return false;
  }
}

export function contentMedia(): AstroIntegration {
  const refusedInDev = new Set<string>();
  return {
    name: 'content-media',
    hooks: {
      // Before the content is loaded (the privacy guard opens uploaded documents) and before anything is written:
      // a bad upload stops the build with every problem of the folder at once.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') assertMediaFolder(mediaDir());
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use('/media', (req, res, next) => {
          const dir = mediaDir();
          const relative = requestPath(req.url);
          let file = relative === undefined ? undefined : fileInside(dir, relative);
          // Not outside media/, also through a linked folder.
          if (relative === undefined || !file || !realInside(dir, dirname(file))) return next();
          // The address is NFC; the file may have been saved with an NFD name (a Mac), as the build publishes it.
          if (!lstatSync(file, { throwIfNoEntry: false })) {
            const nfd = fileInside(dir, relative.normalize('NFD'));
            if (!nfd || nfd === file || !lstatSync(nfd, { throwIfNoEntry: false })) return next();
            file = nfd;
          }
          const shown = `media/${file
            .slice(dir.length + 1)
            .split(sep)
            .join('/')}`;
          const problem = checkMediaFile(shown, file);
          if (problem) {
            // A file the build would refuse is not served in the preview either; the editor sees why in the log.
            if (!refusedInDev.has(problem)) logger.error(problem);
            refusedInDev.add(problem);
            return next();
          }
          sendFile(res, file, responseHeaders(`/media/${shown.slice('media/'.length)}`));
        });
      },
      'astro:build:done': ({ dir }) => {
        // Checked again at the copy: only files that pass are published, and only as regular files.
        const media = mediaDir();
        const target = join(fileURLToPath(dir), 'media');
        // Published under NFC names: content is NFC, and a name typed on a Mac (NFD) would otherwise be another address.
        for (const path of assertMediaFolder(media).allowed) {
          const published = join(target, path.normalize('NFC'));
          mkdirSync(dirname(published), { recursive: true });
          copyFileSync(join(media, path), published);
        }
      },
    },
  };
}
