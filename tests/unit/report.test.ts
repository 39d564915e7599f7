/** The editors' report on a fixture with known dates and a fixed "today". */
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../src/editorial/report';
import { isoWeek, semesterOf, weekStart } from '../../src/editorial/weeks';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d('2026-11-25'); // a Wednesday, ISO week 48

const input: ReportInput = {
  today,
  targets: { postsPerWeek: 2, broadcastsPerWeek: 2, lessonsPerSemester: 2, boardWarnDays: 90, boardFailDays: 180 },
  articles: [
    { title: 'A', publishDate: d('2026-11-23'), draft: false }, // this week, published
    { title: 'B', publishDate: d('2026-11-27'), draft: false }, // this week, scheduled
    { title: 'C', publishDate: d('2026-11-26'), draft: true }, // drafts never count
    { title: 'D', publishDate: d('2026-11-17'), draft: false }, // last week: 1 of 2
    { title: 'E', publishDate: d('2026-12-02'), draft: false }, // next week, scheduled
  ],
  broadcasts: [
    { title: 'L1', publishDate: d('2026-11-20'), scheduledWeek: d('2026-11-24') },
    { title: 'L2', publishDate: d('2026-11-25') },
  ],
  lessonSessions: [
    { lesson: 'x', date: d('2026-10-10') },
    { lesson: 'y', date: d('2026-05-10') }, // last school year
  ],
  campaigns: [
    {
      title: 'Cao điểm cuối năm',
      startDate: d('2026-11-01'),
      endDate: d('2027-01-31'),
      keyDates: [{ date: d('2026-12-15'), label: 'Ra quân' }],
    },
  ],
  boards: [
    { unit: 'thôn Đông Lạc', verifiedOn: d('2026-11-01') },
    { unit: 'thôn Thượng Phúc', verifiedOn: d('2026-07-20') },
  ],
};

describe('weeks and semesters', () => {
  it('starts weeks on Monday and numbers them like ISO 8601', () => {
    expect(weekStart(today).toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(isoWeek(today)).toBe(48);
    expect(isoWeek(d('2027-01-01'))).toBe(53);
  });

  it('knows the semester of a day', () => {
    expect(semesterOf(today)).toMatchObject({ number: 1, year: '2026–2027' });
    expect(semesterOf(d('2027-03-01'))).toMatchObject({ number: 2, year: '2026–2027' });
    expect(semesterOf(d('2027-07-01'))).toMatchObject({ number: 1, year: '2027–2028' });
  });
});

describe('editorial report', () => {
  const report = buildReport(input);

  it('covers the last 12 weeks and the next 4', () => {
    expect(report.weeks).toHaveLength(16);
    expect(report.weeks.filter((w) => w.when === 'current')).toHaveLength(1);
    expect(report.weeks.filter((w) => w.when === 'future')).toHaveLength(4);
  });

  it('counts published and scheduled posts and broadcasts against the targets', () => {
    const current = report.weeks.find((w) => w.when === 'current')!;
    expect(current).toMatchObject({
      week: 48,
      posts: 1,
      scheduled: 1,
      broadcasts: 2,
      postsMet: true,
      broadcastsMet: true,
    });
    const previous = report.weeks.filter((w) => w.when === 'past').at(-1)!;
    expect(previous).toMatchObject({ week: 47, posts: 1, scheduled: 0, postsMet: false });
    const next = report.weeks.find((w) => w.when === 'future')!;
    expect(next).toMatchObject({ posts: 0, scheduled: 1, postsMet: false });
  });

  it('counts school sessions in this semester only', () => {
    expect(report.semester).toMatchObject({ number: 1, sessions: 1, met: false });
  });

  it('lists key dates coming: the campaign within 4 weeks and the national days', () => {
    const labels = report.keyDates.map((k) => `${k.date.toISOString().slice(0, 10)} ${k.label}`);
    expect(labels[0]).toBe('2026-12-15 Ra quân (Cao điểm cuối năm)');
    expect(labels).toContain('2027-06-26 Ngày Quốc tế và Ngày toàn dân phòng, chống ma túy');
    expect(labels).not.toContain('2027-01-31 Kết thúc: Cao điểm cuối năm');
  });

  it('flags boards past the warning window and raises alerts for --strict', () => {
    expect(report.boards.map((b) => [b.unit, b.days, b.level])).toEqual([
      ['thôn Thượng Phúc', 128, 'warn'],
      ['thôn Đông Lạc', 24, 'ok'],
    ]);
    expect(report.alerts).toEqual([
      'Tuần trước chỉ đăng 1 bài, chỉ tiêu 2 bài.',
      'Bảng số điện thoại thôn Thượng Phúc chưa được kiểm tra 128 ngày.',
    ]);
  });

  it('marks a board past the failure window', () => {
    const old = buildReport({ ...input, boards: [{ unit: 'thôn X', verifiedOn: d('2026-05-01') }] });
    expect(old.boards[0]!.level).toBe('fail');
  });
});
