/**
 * A hotline board nobody has checked for too long: past the warning window the build warns,
 * past the failure window it stops, because a wrong number on a public board is worse than none.
 * The kit's demo (`demo: true` in its settings) only warns, so `npm start` works on any date; the page still
 * says the board is overdue (HotlineBoard.astro) and so does the editors' report. Checked once per build, and in
 * the preview again after a save (keyed on the boards' and units' digests, see content-key.ts) or on a new day.
 */
import { getEntry } from 'astro:content';
import { entries } from './entries';
import { contentKey, keyedMemo } from './content-key';
import { boardAges } from './board-ages';
import { editorialReportText as t, messages } from '../i18n/vi';
import { today } from '../utils/dates';
import { unitName } from '../utils/unit-words';
import { boardAgeText } from '../i18n/reporting';
import { contentDir } from '../utils/content-dir';
import { relative, resolve } from 'node:path';

const memo = keyedMemo<void>();

/** Warns of boards past the warning window; throws for boards past the failure window (only warns on the demo). */
export async function checkBoardFreshness(
  windows: { boardWarnDays: number; boardFailDays: number },
  demo = false,
): Promise<void> {
  const key = [
    await contentKey(['hotlines', 'units']),
    today().toISOString().slice(0, 10),
    windows.boardWarnDays,
    windows.boardFailDays,
    demo,
  ].join('\n');
  return memo(key, async () => {
    const boards = await entries('hotlines');
    const named = await Promise.all(
      boards.map(async (b) => {
        const unit = await getEntry('units', b.data.unit);
        return { unit: unit ? unitName(unit.data) : b.data.unit, verifiedOn: b.data.verifiedOn, file: b.filePath! };
      }),
    );
    const ages = boardAges(named, today(), windows);
    const fileOf = new Map(named.map((n) => [n.unit, n.file]));
    for (const age of ages.filter((a) => a.level === 'warn'))
      console.warn(t.boardStaleWarning(age.unit, age.days, windows.boardWarnDays));
    const failing = ages.filter((a) => a.level === 'fail');
    if (failing.length > 0 && demo) {
      for (const a of failing)
        console.warn(
          boardAgeText.demoWarning(
            relative(contentDir(), resolve(fileOf.get(a.unit)!)),
            a.unit,
            a.days,
            windows.boardFailDays,
          ),
        );
    } else if (failing.length > 0) {
      const lines = failing.map(
        (a) => `  ${t.boardStaleFailure(fileOf.get(a.unit)!, a.unit, a.days, windows.boardFailDays)}`,
      );
      throw new Error(`${messages.buildFailed}\n${lines.join('\n')}`);
    }
  });
}
