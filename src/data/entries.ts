/**
 * Entries of a collection. A content type with no file yet is an empty list: Astro's getCollection would print
 * "The collection … does not exist or is empty" on every page of a new commune's site, in English, like an error.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { collectionHasFiles } from '../content-model/has-files';

/** Every entry of `name` that passes `filter`; [] when the type has no file. */
export async function entries<C extends CollectionKey>(
  name: C,
  filter?: (entry: CollectionEntry<C>) => boolean,
): Promise<CollectionEntry<C>[]> {
  if (!collectionHasFiles(name)) return [];
  return (await getCollection(name, filter)) as CollectionEntry<C>[];
}
