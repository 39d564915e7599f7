/**
 * `astro dev`: a file renamed to a name with the same slug keeps its entry. Astro's glob loader keys entries by id:
 * the new name, unchanged, is not read again and its entry still points at the old file (its page fails to render),
 * and the removal of the old name deletes the entry the new one holds (its page answers 404) until a restart.
 * After each addition or removal, an id whose entry is missing or points at another file than the one that now
 * holds the id is read again from that file, as if it had just been saved.
 */
import { globSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FSWatcher } from 'vite';

/** Collections already followed, per watcher (a collection loads again when the content config changes). */
const followed = new WeakMap<FSWatcher, Set<string>>();

/** What the loader tells about one collection: its folder, its glob pattern, the id of a file, and its stored entries. */
export interface RenameTarget {
  collection: string;
  base: string;
  pattern: string;
  idOf: (entry: string) => string;
  /** The absolute path of the file the stored entry `id` was read from; undefined when there is no such entry. */
  storedFile: (id: string) => string | undefined;
  /** Forgets the stored entry `id`. */
  forget: (id: string) => void;
}

/** Re-reads the file that now holds the id of an added or removed one, when the entry of that id is gone or points elsewhere. */
export function followRenames(watcher: FSWatcher, target: RenameTarget): void {
  const done = followed.get(watcher) ?? new Set<string>();
  followed.set(watcher, done);
  if (done.has(target.collection)) return;
  done.add(target.collection);
  const idOf = (entry: string) => {
    try {
      return target.idOf(entry);
    } catch {
      return undefined; // a name with no usable id: the loader reports it when the file is read
    }
  };
  const reconcile = (path: string) => {
    const entry = relative(target.base, path).split(sep).join('/');
    if (entry.startsWith('..')) return;
    const id = idOf(entry);
    if (id === undefined) return;
    // After the glob loader's own handler, which runs next (a removal deletes the entry of the removed file).
    setImmediate(() => {
      const holder = globSync(target.pattern, { cwd: target.base }).find((f) => idOf(f.split(sep).join('/')) === id);
      if (!holder) return;
      const file = join(target.base, holder);
      const stored = target.storedFile(id);
      if (stored === file) return;
      if (stored !== undefined) target.forget(id);
      watcher.emit('change', file);
    });
  };
  watcher.on('add', reconcile);
  watcher.on('unlink', reconcile);
}
