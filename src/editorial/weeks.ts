/** Calendar weeks (Monday to Sunday) and school semesters, on calendar days at midnight UTC. */
import { addDays } from '../utils/dates';

const DAY = 86_400_000;

/** The Monday of the week a day falls in. */
export function weekStart(d: Date): Date {
  const weekday = (d.getUTCDay() + 6) % 7; // Monday = 0
  return addDays(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())), -weekday);
}

/** ISO 8601 week number. */
export function isoWeek(d: Date): number {
  const thursday = addDays(weekStart(d), 3);
  const firstThursday = addDays(weekStart(new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4))), 3);
  return 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * DAY));
}

export function inRange(d: Date, start: Date, endExclusive: Date): boolean {
  return d.getTime() >= start.getTime() && d.getTime() < endExclusive.getTime();
}

export interface Semester {
  /** 1 or 2 */
  number: 1 | 2;
  /** School year, e.g. "2026–2027". */
  year: string;
  start: Date;
  end: Date;
}

/**
 * Vietnamese school semesters: the first from 1 September to 15 January, the second from 16 January to 31 May.
 * In the summer the coming first semester is returned.
 */
export function semesterOf(d: Date): Semester {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const utc = (yy: number, mm: number, dd: number) => new Date(Date.UTC(yy, mm - 1, dd));
  if (m >= 9) return { number: 1, year: `${y}–${y + 1}`, start: utc(y, 9, 1), end: utc(y + 1, 1, 15) };
  if (m === 1 && day <= 15) return { number: 1, year: `${y - 1}–${y}`, start: utc(y - 1, 9, 1), end: utc(y, 1, 15) };
  if (m <= 5) return { number: 2, year: `${y - 1}–${y}`, start: utc(y, 1, 16), end: utc(y, 5, 31) };
  return { number: 1, year: `${y}–${y + 1}`, start: utc(y, 9, 1), end: utc(y + 1, 1, 15) };
}
