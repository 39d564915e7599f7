/**
 * The cache key of a page for Astro's incremental build (`cacheKey` in getStaticPaths, astro.config.mjs): one hash
 * of everything the page shows that Astro cannot see in the page's code. A page whose key and code are both as in
 * the last build is copied from that build instead of rendered; so a key must change whenever what the page shows
 * does. When in doubt, a part goes in: a missed reuse costs a render, a missed change publishes a stale page.
 */
import { createHash } from 'node:crypto';

/** A content entry as stored: its collection, id and digest (Astro's hash of the file), or its data when it has none. */
export function entryKey(entry: {
  collection: string;
  id: string;
  digest?: string | number;
  data: unknown;
  body?: string;
}): string {
  const digest = entry.digest ?? hashOf(JSON.stringify([entry.data, entry.body ?? '']));
  return `${entry.collection}/${entry.id}@${digest}`;
}

/** One key for all the parts a page shows, in order (strings, numbers, lists and plain objects). */
export function pageKey(...parts: unknown[]): string {
  return hashOf(JSON.stringify(parts));
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
