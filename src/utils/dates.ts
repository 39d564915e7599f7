/** Vietnamese dates. Content dates are calendar days stored as midnight UTC, so every getter here is UTC. */
import { calendar } from '../i18n/vi';

/** 26/06/2026 */
export function formatDateShort(d: Date): string {
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/** ngày 26 tháng 6 năm 2026 */
export function formatDateLong(d: Date): string {
  return `ngày ${d.getUTCDate()} tháng ${d.getUTCMonth() + 1} năm ${d.getUTCFullYear()}`;
}

/** Thứ Sáu, 26/06/2026 */
export function formatDateWithWeekday(d: Date): string {
  return `${calendar.weekdays[d.getUTCDay()]}, ${formatDateShort(d)}`;
}

/** 2026-06-26, for <time datetime> and machine use. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD string as midnight UTC, or undefined when it is no date at all. */
export function parseCalendarDate(s: string): Date | undefined {
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Whether a string is a day the calendar has, written YYYY-MM-DD (the round trip refuses 2026-02-30, which Date reads as 2 March). */
export function isCalendarDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && parseCalendarDate(s)?.toISOString().slice(0, 10) === s;
}

/** Today as a calendar day (midnight UTC); BUILD_DATE=YYYY-MM-DD pins it for tests and previews. */
export function today(): Date {
  const pinned = process.env.BUILD_DATE;
  const now = pinned ? new Date(`${pinned}T00:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${pinned}"`);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The calendar day `days` after `d` (before it when negative). */
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** Whole days from a to b. */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}
