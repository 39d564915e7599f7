/** How long ago each hotline board was verified, against the warning and failure windows of the settings. */
import { daysBetween } from '../utils/dates';

export interface BoardAge {
  unit: string;
  verifiedOn: Date;
  days: number;
  /** ok; warn: past the warning window; fail: past the failure window (the build stops). */
  level: 'ok' | 'warn' | 'fail';
}

export function boardAges(
  boards: { unit: string; verifiedOn: Date }[],
  today: Date,
  windows: { boardWarnDays: number; boardFailDays: number },
): BoardAge[] {
  return boards
    .map((b) => {
      const days = daysBetween(b.verifiedOn, today);
      const level: BoardAge['level'] =
        days > windows.boardFailDays ? 'fail' : days > windows.boardWarnDays ? 'warn' : 'ok';
      return { unit: b.unit, verifiedOn: b.verifiedOn, days, level };
    })
    .sort((a, b) => b.days - a.days);
}
