/**
 * Entries of a collection. A content type with no file yet is an empty list: Astro's getCollection would print
 * "The collection … does not exist or is empty" on every page of a new commune's site, in English, like an error.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collectionHasFiles } from '../content-model/has-files';

/**
 * Each collection as a build read it first. Content never changes while a build runs, and getCollection makes a
 * new object for every entry on every call: with most pages asking for several collections, a site of 5,000
 * articles spent more time there than in rendering. The preview (`astro dev`) asks Astro every time: a save
 * changes the entries.
 */
const readInThisBuild = new Map<CollectionKey, Promise<CollectionEntry<CollectionKey>[]>>();

/** Every entry of `name` that passes `filter`; [] when the type has no file. A new array on every call. */
export async function entries<C extends CollectionKey>(
  name: C,
  filter?: (entry: CollectionEntry<C>) => boolean,
): Promise<CollectionEntry<C>[]> {
  if (!collectionHasFiles(name)) return [];
  if (import.meta.env.DEV) return (await getCollection(name, filter)) as CollectionEntry<C>[];
  let all = readInThisBuild.get(name);
  if (!all) readInThisBuild.set(name, (all = getCollection(name)));
  const list = (await all) as CollectionEntry<C>[];
  return filter ? list.filter((entry) => filter(entry)) : [...list];
}
