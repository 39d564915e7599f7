/**
 * The part of a page's cache key (page-key.ts) for the entry the page is about: the entry as stored and what the
 * content components in its body show besides the entry itself. Every route that makes a page of an entry keys it
 * with this, so no route can leave out the body's part. A `HotlineCard` shows a unit's board (its numbers and age):
 * a body that names the component anywhere takes every board into its key, which also covers the loudspeaker
 * version's spoken boards. `ReportSteps` shows the settings and the unit words, which every key already holds
 * (site-key.ts); the others show only what the body says.
 */
import { allBoardsKey } from './board-key';
import { entryKey, pageKey } from './page-key';

/** The key of what `body`'s components show from other files ([] when they show nothing else). */
async function bodyKey(body: string | undefined): Promise<string[]> {
  return (body ?? '').includes('HotlineCard') ? allBoardsKey() : [];
}

/** The key of `entry` as its own page shows it: its file and what its body's components show from other files. */
export async function entryPageKey(entry: Parameters<typeof entryKey>[0]): Promise<string> {
  return pageKey(entryKey(entry), await bodyKey(entry.body));
}
