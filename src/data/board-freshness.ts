/**
 * A hotline board nobody has checked for too long: past the warning window the build warns,
 * past the failure window it stops, because a wrong number on a public board is worse than none.
 */
import { getCollection, getEntry } from 'astro:content';
import { boardAges } from '../editorial/boards';
import { editorialReportText as t, messages } from '../i18n/vi';
import { today } from '../utils/dates';
import { unitLabel } from '../utils/unit-name';

let checked: Promise<void> | undefined;

export function checkBoardFreshness(windows: { boardWarnDays: number; boardFailDays: number }): Promise<void> {
  checked ??= (async () => {
    const boards = await getCollection('hotlines');
    const named = await Promise.all(
      boards.map(async (b) => {
        const unit = await getEntry('units', b.data.unit);
        return { unit: unit ? unitLabel(unit.data.kind, unit.data.name) : b.data.unit, verifiedOn: b.data.verifiedOn, file: b.filePath! };
      }),
    );
    const ages = boardAges(named, today(), windows);
    const fileOf = new Map(named.map((n) => [n.unit, n.file]));
    for (const age of ages.filter((a) => a.level === 'warn')) console.warn(t.boardStaleWarning(age.unit, age.days, windows.boardWarnDays));
    const failing = ages.filter((a) => a.level === 'fail');
    if (failing.length > 0) {
      const lines = failing.map((a) => `  ${t.boardStaleFailure(fileOf.get(a.unit)!, a.unit, a.days, windows.boardFailDays)}`);
      throw new Error(`${messages.buildFailed}\n${lines.join('\n')}`);
    }
  })();
  return checked;
}
