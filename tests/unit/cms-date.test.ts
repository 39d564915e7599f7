/** The CMS's date field: Vietnamese order and Vietnam's time on screen, the stored format unchanged (cms/date-text.ts). */
import { describe, expect, it } from 'vitest';
import {
  dayText,
  formatStored,
  parseDayText,
  parseStored,
  parseTimeText,
  timeText,
  vietnamWallTime,
  weekday,
} from '../../cms/date-text';
import { fieldShape } from '../../cms/date-widget';
import { articles } from '../../src/content-model/registry';

const field = (options: Record<string, unknown>) => ({ get: (key: string) => options[key] });

describe('dates as editors type them', () => {
  it('reads day/month/year in the ways people write it', () => {
    for (const typed of ['20/11/2026', '20-11-2026', '20.11.2026', ' 20 / 11 / 2026 ', '20112026', '2026-11-20']) {
      expect(parseDayText(typed), typed).toEqual({ year: 2026, month: 11, day: 20 });
    }
    expect(parseDayText('3/2/2026')).toEqual({ year: 2026, month: 2, day: 3 });
  });

  it('refuses what is not a day of the calendar, or not finished', () => {
    for (const typed of [
      '30/02/2026',
      '31/04/2026',
      '29/02/2027',
      '00/01/2026',
      '20/13/2026',
      '20/11',
      '20/11/26',
      '11/20/2026',
      'hôm nay',
      '',
    ]) {
      expect(parseDayText(typed), typed).toBeNull();
    }
    expect(parseDayText('29/02/2028')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('reads a 24-hour time', () => {
    expect(parseTimeText('14:30')).toEqual({ hour: 14, minute: 30 });
    expect(parseTimeText('14h30')).toEqual({ hour: 14, minute: 30 });
    expect(parseTimeText('7g05')).toEqual({ hour: 7, minute: 5 });
    expect(parseTimeText('9')).toEqual({ hour: 9, minute: 0 });
    for (const typed of ['24:00', '12:60', '2:30 PM', '']) expect(parseTimeText(typed), typed).toBeNull();
  });

  it('shows days as dd/mm/yyyy and times as HH:mm', () => {
    expect(dayText({ year: 2026, month: 3, day: 7 })).toBe('07/03/2026');
    expect(timeText({ hour: 7, minute: 5 })).toBe('07:05');
    expect(weekday({ year: 2026, month: 11, day: 23 })).toBe(1);
  });
});

describe('stored values', () => {
  const day = { year: 2026, month: 11, day: 20, hour: 0, minute: 0, second: 0, ms: 0 };

  it('stores a date field exactly as the content model reads it (YYYY-MM-DD), and reads it back', () => {
    const { format, hasDate, hasTime } = fieldShape(
      field(articles.fields.find((f) => f.name === 'publishDate')!.decap),
    );
    expect({ format, hasDate, hasTime }).toEqual({ format: 'YYYY-MM-DD', hasDate: true, hasTime: false });
    const stored = formatStored(day, format);
    expect(stored).toBe('2026-11-20');
    expect(parseStored(stored, format)).toEqual(day);
    for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d = new Date(d.getTime() + 86_400_000)) {
      const value = d.toISOString().slice(0, 10);
      const t = parseStored(value, format)!;
      expect(
        formatStored(parseStored(formatStored({ ...t, ...parseDayText(dayText(t))! }, format), format)!, format),
      ).toBe(value);
    }
  });

  it('a date written in the field validates in the build', () => {
    const schema = articles.fields.find((f) => f.name === 'publishDate')!.zod;
    expect(schema.safeParse(formatStored({ ...day, ...parseDayText('01/02/2027')! }, 'YYYY-MM-DD')).success).toBe(true);
    expect(schema.safeParse(formatStored({ ...day, ...parseDayText('01/02/2027')! }, 'YYYY-MM-DD')).data).toEqual(
      new Date(Date.UTC(2027, 1, 1)),
    );
  });

  it('a datetime with an offset is shown in Vietnam’s time and stored with +07:00', () => {
    const format = 'YYYY-MM-DDTHH:mm:ss.SSSZ';
    expect(parseStored('2026-11-20T17:30:00.000Z', format)).toEqual({ ...day, day: 21, hour: 0, minute: 30 });
    expect(parseStored('2026-11-20T08:15:00.000+07:00', format)).toEqual({ ...day, hour: 8, minute: 15 });
    const stored = formatStored({ ...day, hour: 8, minute: 15 }, format);
    expect(stored).toBe('2026-11-20T08:15:00.000+07:00');
    expect(new Date(stored).toISOString()).toBe('2026-11-20T01:15:00.000Z');
  });

  it('today is today in Vietnam, not in UTC', () => {
    // 23:30 UTC on 22 November is 06:30 on 23 November in Vietnam.
    expect(vietnamWallTime(new Date('2026-11-22T23:30:00Z'))).toMatchObject({
      year: 2026,
      month: 11,
      day: 23,
      hour: 6,
      minute: 30,
    });
  });

  it('reads literal text in a format and refuses a value of another shape', () => {
    expect(parseStored('ngày 20.11.2026', '[ngày] DD.MM.YYYY')).toEqual(day);
    expect(formatStored(day, '[ngày] DD.MM.YYYY')).toBe('ngày 20.11.2026');
    expect(parseStored('20/11/2026', 'YYYY-MM-DD')).toBeNull();
    expect(parseStored('2026-02-30', 'YYYY-MM-DD')).toBeNull();
  });
});
