/**
 * The part of a page's cache key (page-key.ts) for what the content components in an entry's body show besides
 * the entry itself. A `HotlineCard` shows a unit's board (its numbers and age): a body that names the component
 * anywhere takes every board into its key, which also covers the loudspeaker version's spoken boards. `ReportSteps`
 * shows the settings and the unit words, which every key already holds (site-key.ts); the others show only what
 * the body says.
 */
import { allBoardsKey } from './board-key';

/** The key of what `body`'s components show from other files ([] when they show nothing else). */
export async function bodyKey(body: string | undefined): Promise<string[]> {
  return (body ?? '').includes('HotlineCard') ? allBoardsKey() : [];
}
