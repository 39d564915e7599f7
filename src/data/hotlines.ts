/** Hotline boards, looked up by the unit they belong to. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Board = CollectionEntry<'hotlines'>;

export async function getBoardFor(unitId: string): Promise<Board | undefined> {
  const boards = await getCollection('hotlines', (b) => b.data.unit === unitId);
  return boards[0];
}
