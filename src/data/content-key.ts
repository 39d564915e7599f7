/**
 * Results worked out over several collections (cross-file checks, which sections show) are kept under a key made
 * of the entries they read: each entry's id and digest (Astro's hash of its file). A build computes each once;
 * the preview (`astro dev`) computes it again after a save, where a result kept for the whole process went stale.
 */
import type { CollectionKey } from 'astro:content';
import { entries } from './entries';

/** The key of the named collections as they are now (one constant in a build, where content never changes). */
export async function contentKey(names: readonly CollectionKey[]): Promise<string> {
  if (!import.meta.env.DEV) return '';
  const parts = await Promise.all(
    names.map(async (name) => `${name}:${(await entries(name)).map((e) => `${e.id}=${e.digest ?? ''}`).join(',')}`),
  );
  return parts.join('\n');
}

/**
 * A memo that keeps one result, worked out again whenever the key it is asked with changes. A failure is not kept:
 * the next call works it out again, since what made it fail may lie outside the key (an upload that a broken image
 * link was waiting for, in the preview).
 */
export function keyedMemo<T>(): (key: string, compute: () => Promise<T>) => Promise<T> {
  let last: { key: string; value: Promise<T> } | undefined;
  return (key, compute) => {
    if (last?.key === key) return last.value;
    const kept = { key, value: compute() };
    last = kept;
    kept.value.catch(() => {
      if (last === kept) last = undefined;
    });
    return kept.value;
  };
}
