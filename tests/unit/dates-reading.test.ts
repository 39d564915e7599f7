import { afterEach, describe, expect, it } from 'vitest';
import { addDays, formatDateLong, formatDateShort, formatDateWithWeekday, isoDate, today } from '../../src/utils/dates';
import { countWords, readingMinutes, speakingMinutes } from '../../src/utils/reading-time';

const day = new Date('2026-06-26T00:00:00Z');

describe('Vietnamese dates', () => {
  afterEach(() => {
    delete process.env.BUILD_DATE;
  });

  it('formats short, long and with the weekday', () => {
    expect(formatDateShort(day)).toBe('26/06/2026');
    expect(formatDateLong(day)).toBe('ngày 26 tháng 6 năm 2026');
    expect(formatDateWithWeekday(day)).toBe('Thứ Sáu, 26/06/2026');
    expect(formatDateWithWeekday(new Date('2026-11-22T00:00:00Z'))).toBe('Chủ nhật, 22/11/2026');
  });

  it('never shifts a calendar day by time zone', () => {
    expect(formatDateShort(new Date('2026-01-01'))).toBe('01/01/2026');
  });

  it('adds and subtracts calendar days across months, leap days and years', () => {
    expect(isoDate(addDays(day, 5))).toBe('2026-07-01');
    expect(isoDate(addDays(new Date('2028-02-28T00:00:00Z'), 1))).toBe('2028-02-29');
    expect(isoDate(addDays(new Date('2026-01-01T00:00:00Z'), -1))).toBe('2025-12-31');
    expect(addDays(day, 0).getTime()).toBe(day.getTime());
  });

  it('pins today with BUILD_DATE and rejects a bad one', () => {
    process.env.BUILD_DATE = '2026-06-26';
    expect(today().getTime()).toBe(day.getTime());
    process.env.BUILD_DATE = '26/06/2026';
    expect(() => today()).toThrow(/BUILD_DATE/);
  });
});

describe('reading time', () => {
  it('counts Vietnamese syllables, not markup', () => {
    expect(countWords('## Tác hại\n\n<Callout type="warning">Ma túy gây nghiện.</Callout>')).toBe(6);
    // Escaped characters are text: "\\<18" opens no tag that would swallow the words up to the next ">".
    expect(countWords('Trẻ em dưới \\<18 tuổi, giá \\{10} nghìn, H<sub>2</sub>O.')).toBe(11);
  });

  it('reads at 220 and speaks at 130 syllables a minute, at least one minute', () => {
    const words = Array.from({ length: 660 }, () => 'chữ').join(' ');
    expect(readingMinutes(words)).toBe(3);
    expect(speakingMinutes(words)).toBe(5);
    expect(readingMinutes('ngắn')).toBe(1);
  });
});
