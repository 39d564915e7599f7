/**
 * The part of a page's cache key (page-key.ts) for a hotline board it shows: the board's file and what the page
 * says about its age today (HotlineBoard.astro: nothing while it is fresh, the days since it was checked once it is
 * overdue). A board that grows a day older without crossing the window keeps its key.
 */
import { boardAges } from './board-ages';
import { entries } from './entries';
import { getBoardFor } from './hotlines';
import { entryKey } from './page-key';
import { getSite } from './site';
import { today } from '../utils/dates';

/** The key of the board of `unitId` as a page shows it today ('' when the unit has none). */
export async function boardKey(unitId: string): Promise<string> {
  const board = await getBoardFor(unitId);
  if (!board) return '';
  const { targets } = await getSite();
  const [age] = boardAges([{ unit: board.data.unit, verifiedOn: board.data.verifiedOn }], today(), targets);
  const shown = age && age.level !== 'ok' ? `${age.level}:${age.days}` : 'ok';
  return `${entryKey(board)}:${shown}`;
}

/** The keys of every board, as pages show them today. */
export async function allBoardsKey(): Promise<string[]> {
  return Promise.all((await entries('hotlines')).map((board) => boardKey(board.data.unit)));
}
