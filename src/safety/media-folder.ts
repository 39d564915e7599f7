/**
 * The media folder as the build checks references against it (src/safety/media-ref.ts): the file must exist
 * under the name written (in either Unicode form), be a regular file, and stay inside the folder once every link
 * is resolved.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { MediaFolder, MediaLookup } from './media-ref';

/** A MediaFolder reading `dir` (the content folder's media/). */
export function mediaFolder(dir: string): MediaFolder {
  let root: string | undefined;
  return {
    find(path: string): MediaLookup {
      // Uploads are published under their NFC names (content-media.ts), so a name saved on a Mac (NFD) is found too.
      const form = [path, path.normalize('NFC'), path.normalize('NFD')].find((p) =>
        existsSync(join(dir, ...p.split('/'))),
      );
      if (form === undefined) return 'missing';
      const file = join(dir, ...form.split('/'));
      try {
        root ??= realpathSync.native(dir);
        const real = realpathSync.native(file);
        if (!real.startsWith(root + sep)) return 'outside';
        return statSync(real).isFile() ? 'file' : 'not-file';
      } catch {
        return 'missing';
      }
    },
  };
}
