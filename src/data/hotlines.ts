/** Hotline boards, looked up by the unit they belong to. */
import { type CollectionEntry } from 'astro:content';
import { entries } from './entries';

export type Board = CollectionEntry<'hotlines'>;

export async function getBoardFor(unitId: string): Promise<Board | undefined> {
  const boards = await entries('hotlines', (b) => b.data.unit === unitId);
  return boards[0];
}
