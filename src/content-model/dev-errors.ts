/**
 * Content errors of the running preview (`astro dev`), one per file: the loader records a file's error instead of
 * failing the whole collection, and the preview's middleware (src/dev/) shows them in place of the site until
 * the file is fixed. Kept on globalThis: the loader and the middleware are loaded as separate module instances.
 */
import type { EntryError } from './entry-report';

const KEY = Symbol.for('portal.content-errors');

/** Errors by absolute file path. */
function errors(): Map<string, EntryError> {
  const holder = globalThis as { [KEY]?: Map<string, EntryError> };
  return (holder[KEY] ??= new Map());
}

/** Records the error of a file, replacing an earlier one. */
export function recordError(path: string, error: EntryError): void {
  errors().set(path, error);
}

/** Forgets the error of a file (fixed or deleted). */
export function clearError(path: string): void {
  errors().delete(path);
}

/** Replaces every error recorded by a check over several files (`group`) with what it finds now, by file path. */
export function replaceGroupErrors(group: string, found: ReadonlyMap<string, EntryError>): void {
  const all = errors();
  for (const key of [...all.keys()]) if (key.startsWith(`${group}\0`)) all.delete(key);
  for (const [path, error] of found) all.set(`${group}\0${path}`, error);
}

/** The errors now, by file name. */
export function currentErrors(): EntryError[] {
  return [...errors().values()].sort((a, b) => a.file.localeCompare(b.file));
}
