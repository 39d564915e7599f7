/**
 * The part of a page's cache key (page-key.ts) for a hotline board it shows: the board's file and what the page
 * says about its age today (HotlineBoard.astro: nothing while it is fresh, the days since it was checked once it is
 * overdue). A board that grows a day older without crossing the window keeps its key. Worked out once per build
 * for all boards, and in the preview again after a save or on a new day (content-key.ts).
 */
import { boardAges } from './board-ages';
import { contentKey, keyedMemo } from './content-key';
import { entries } from './entries';
import { entryKey } from './page-key';
import { getSite } from './site';
import { today } from '../utils/dates';

const memo = keyedMemo<ReadonlyMap<string, string>>();

/** Each unit's board key, by unit id (the first board of a unit, as getBoardFor finds it). */
async function boardKeys(): Promise<ReadonlyMap<string, string>> {
  const day = today();
  return memo(`${await contentKey(['hotlines', 'site'])}\n${day.getTime()}`, async () => {
    const { targets } = await getSite();
    const keys = new Map<string, string>();
    for (const board of await entries('hotlines')) {
      if (keys.has(board.data.unit)) continue;
      const [age] = boardAges([{ unit: board.data.unit, verifiedOn: board.data.verifiedOn }], day, targets);
      const shown = age && age.level !== 'ok' ? `${age.level}:${age.days}` : 'ok';
      keys.set(board.data.unit, `${entryKey(board)}:${shown}`);
    }
    return keys;
  });
}

/** The key of the board of `unitId` as a page shows it today ('' when the unit has none). */
export async function boardKey(unitId: string): Promise<string> {
  return (await boardKeys()).get(unitId) ?? '';
}

/** The keys of every unit's board, as pages show them today. */
export async function allBoardsKey(): Promise<string[]> {
  return [...(await boardKeys()).values()];
}
