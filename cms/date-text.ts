/**
 * Dates as Vietnamese editors write them (23/11/2026, 14:30) and as the content stores them (the field's `format`,
 * e.g. YYYY-MM-DD), in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving since 1975). Pure, so
 * tests/unit/cms-date.test.ts checks every round trip; cms/date-widget.ts is the field that uses it.
 */

/** A wall-clock date and time in Vietnam. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** Vietnam's offset from UTC, in minutes and as written in ISO 8601. */
export const VIETNAM_OFFSET_MINUTES = 7 * 60;
const VIETNAM_OFFSET = '+07:00';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** True when the day exists in the calendar (no 30 February). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "23/11/2026", "23-11-2026", "23.11.2026", "3/2/2026", "23112026" or "2026-11-23" to its day; null if it is not one. */
export function parseDayText(text: string): Pick<WallTime, 'year' | 'month' | 'day'> | null {
  const s = text.trim();
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  let parts = m ? { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) } : null;
  if (!parts && (m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)))
    parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return parts && isCalendarDay(parts.year, parts.month, parts.day) ? parts : null;
}

/** "14:30", "14h30", "14g30", "14.30", "9:05" or "14" (24-hour clock) to its time; null if it is not one. */
export function parseTimeText(text: string): Pick<WallTime, 'hour' | 'minute'> | null {
  const m = /^(\d{1,2})(?:\s*[:hg.]\s*(\d{2})?)?$/i.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** "23/11/2026". */
export const dayText = (t: Pick<WallTime, 'year' | 'month' | 'day'>) => `${pad(t.day)}/${pad(t.month)}/${t.year}`;
/** "14:30". */
export const timeText = (t: Pick<WallTime, 'hour' | 'minute'>) => `${pad(t.hour)}:${pad(t.minute)}`;

/** The wall time in Vietnam at an instant. */
export function vietnamWallTime(instant: Date): WallTime {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    ms: shifted.getUTCMilliseconds(),
  };
}

/** Day of the week of a calendar day, Sunday = 0. */
export const weekday = (t: Pick<WallTime, 'year' | 'month' | 'day'>) =>
  new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();

// Format tokens of Decap's `format` option (dayjs), as far as stored dates use them; [text] is literal.
const TOKENS = /\[([^\]]*)\]|YYYY|MM|DD|HH|mm|ss|SSS|Z/g;

/** The stored value of a wall time in Vietnam, written in `format` (Z writes +07:00). */
export function formatStored(t: WallTime, format: string): string {
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY':
        return pad(t.year, 4);
      case 'MM':
        return pad(t.month);
      case 'DD':
        return pad(t.day);
      case 'HH':
        return pad(t.hour);
      case 'mm':
        return pad(t.minute);
      case 'ss':
        return pad(t.second);
      case 'SSS':
        return pad(t.ms, 3);
      default:
        return VIETNAM_OFFSET;
    }
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A stored value read back as a wall time in Vietnam: in `format` first; failing that, any date JavaScript reads
 * (an ISO instant written by another tool). Null when it is neither.
 */
export function parseStored(value: string, format: string): WallTime | null {
  const order: string[] = [];
  let source = '';
  let last = 0;
  for (const match of format.matchAll(TOKENS)) {
    source += escapeRegExp(format.slice(last, match.index));
    last = match.index + match[0].length;
    const token = match[0];
    if (match[1] !== undefined) source += escapeRegExp(match[1]);
    else {
      order.push(token);
      source +=
        token === 'YYYY'
          ? '(\\d{4})'
          : token === 'SSS'
            ? '(\\d{3})'
            : token === 'Z'
              ? '(Z|[+-]\\d{2}:?\\d{2})'
              : '(\\d{2})';
    }
  }
  const pattern = new RegExp(`^${source}${escapeRegExp(format.slice(last))}$`);
  const m = pattern.exec(value.trim());
  if (m) {
    const got = Object.fromEntries(order.map((token, i) => [token, m[i + 1]!]));
    const t: WallTime = {
      year: Number(got.YYYY ?? 1970),
      month: Number(got.MM ?? 1),
      day: Number(got.DD ?? 1),
      hour: Number(got.HH ?? 0),
      minute: Number(got.mm ?? 0),
      second: Number(got.ss ?? 0),
      ms: Number(got.SSS ?? 0),
    };
    if (!isCalendarDay(t.year, t.month, t.day) || t.hour > 23 || t.minute > 59 || t.second > 59) return null;
    if (got.Z === undefined) return t;
    // An instant with an offset: shown as the wall time in Vietnam.
    const offset =
      got.Z === 'Z' ? 0 : (got.Z.startsWith('-') ? -1 : 1) * (Number(got.Z.slice(1, 3)) * 60 + Number(got.Z.slice(-2)));
    return vietnamWallTime(new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute - offset, t.second, t.ms)));
  }
  if (!/\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : vietnamWallTime(instant);
}
