/**
 * The media folder as the build checks references against it (src/safety/media-ref.ts): the file must exist
 * under exactly the name written, be a regular file, and stay inside the folder once every link is resolved.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { MediaFolder, MediaLookup } from './media-ref';

/** A MediaFolder reading `dir` (the content folder's media/). */
export function mediaFolder(dir: string): MediaFolder {
  let root: string | undefined;
  return {
    find(path: string): MediaLookup {
      const file = join(dir, ...path.split('/'));
      if (!existsSync(file)) {
        // The same name in the other Unicode form: a Linux host would answer 404 for the name written.
        const other = [path.normalize('NFC'), path.normalize('NFD')].find((p) => p !== path && existsSync(join(dir, ...p.split('/'))));
        return other ? 'other-form' : 'missing';
      }
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
