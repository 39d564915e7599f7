/**
 * Text typed with a Telex/VNI keyboard can arrive decomposed (NFD). Before every save, all strings of the
 * entry become NFC, so files, slugs and search see one spelling. (Decap's own slug cleaner splits NFD
 * letters: "nghiệm" would become "nghie-m".)
 */
import type { CMS } from 'decap-cms-core';

/** Immutable.js Maps and Lists have map(); strings are normalized, anything else passes through. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (
    value &&
    typeof value === 'object' &&
    typeof (value as { map?: unknown }).map === 'function' &&
    !(value instanceof Date)
  ) {
    return (value as unknown as { map: (fn: (v: unknown) => unknown) => T }).map(normalizeDeep);
  }
  return value;
}

export function registerNormalization(cms: CMS): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: { get: (key: string) => unknown } }) => normalizeDeep(entry.get('data')),
  } as never);
}
