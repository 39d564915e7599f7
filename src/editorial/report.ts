/**
 * The editors' week by week view: posts and broadcasts against the targets, school sessions this semester,
 * key dates coming and stale hotline boards. Pure: the page and `npm run report` feed it the same data.
 */
import { editorialReportText as t } from '../i18n/vi';
import { addDays } from '../utils/dates';
import { inRange, isoWeek, semesterOf, weekStart, type Semester } from './weeks';
import { boardAges, type BoardAge } from '../data/board-ages';

export interface Targets {
  postsPerWeek: number;
  broadcastsPerWeek: number;
  lessonsPerSemester: number;
  boardWarnDays: number;
  boardFailDays: number;
}

export interface ReportInput {
  today: Date;
  targets: Targets;
  articles: { title: string; publishDate: Date; draft: boolean }[];
  broadcasts: { title: string; publishDate: Date; scheduledWeek?: Date | undefined }[];
  lessonSessions: { lesson: string; date: Date }[];
  campaigns: {
    title: string;
    startDate: Date;
    endDate: Date;
    keyDates?: { date: Date; label: string }[] | undefined;
  }[];
  boards: { unit: string; verifiedOn: Date }[];
  /** Titles of lessons with no quiz yet (a to-do, not an alert). */
  lessonsWithoutQuiz?: string[];
}

export interface WeekRow {
  start: Date;
  week: number;
  /** Published on or before today. */
  posts: number;
  /** Dated later than today: will go live on their day. */
  scheduled: number;
  broadcasts: number;
  postsMet: boolean;
  broadcastsMet: boolean;
  when: 'past' | 'current' | 'future';
}

export interface KeyDate {
  date: Date;
  label: string;
}

export interface Report {
  today: Date;
  targets: Targets;
  weeks: WeekRow[];
  semester: Semester & { sessions: number; met: boolean };
  keyDates: KeyDate[];
  boards: BoardAge[];
  /** Reasons for `--strict` to fail, in Vietnamese; empty when all is well. */
  alerts: string[];
  /** Titles of lessons with no quiz yet: no quiz page or worksheet until one is written. */
  lessonsWithoutQuiz: string[];
}

const PAST_WEEKS = 12;
const FUTURE_WEEKS = 4;

/** The next occurrence (today or later) of a day of the year. */
function nextOccurrence(today: Date, month: number, day: number): Date {
  const thisYear = new Date(Date.UTC(today.getUTCFullYear(), month - 1, day));
  return thisYear.getTime() >= today.getTime()
    ? thisYear
    : new Date(Date.UTC(today.getUTCFullYear() + 1, month - 1, day));
}

export function buildReport(input: ReportInput): Report {
  const { today, targets } = input;
  const thisWeek = weekStart(today);
  const tomorrow = addDays(today, 1);
  const live = input.articles.filter((a) => !a.draft);

  const weeks: WeekRow[] = [];
  for (let i = -(PAST_WEEKS - 1); i <= FUTURE_WEEKS; i++) {
    const start = addDays(thisWeek, i * 7);
    const end = addDays(start, 7);
    const inWeek = live.filter((a) => inRange(a.publishDate, start, end));
    const posts = inWeek.filter((a) => a.publishDate.getTime() < tomorrow.getTime()).length;
    const scheduled = inWeek.length - posts;
    const broadcasts = input.broadcasts.filter((b) => inRange(b.scheduledWeek ?? b.publishDate, start, end)).length;
    weeks.push({
      start,
      week: isoWeek(start),
      posts,
      scheduled,
      broadcasts,
      postsMet: posts + scheduled >= targets.postsPerWeek,
      broadcastsMet: broadcasts >= targets.broadcastsPerWeek,
      when: i < 0 ? 'past' : i === 0 ? 'current' : 'future',
    });
  }

  const semester = semesterOf(today);
  const sessions = input.lessonSessions.filter((s) => inRange(s.date, semester.start, addDays(semester.end, 1))).length;

  const horizon = addDays(today, FUTURE_WEEKS * 7);
  const fromCampaigns = input.campaigns.flatMap((c) => [
    { date: c.startDate, label: t.campaignStarts(c.title) },
    { date: c.endDate, label: t.campaignEnds(c.title) },
    ...(c.keyDates ?? []).map((k) => ({ date: k.date, label: `${k.label} (${c.title})` })),
  ]);
  const soon = fromCampaigns.filter((k) => inRange(k.date, today, addDays(horizon, 1)));
  const fixed = t.fixedKeyDates.map((k) => ({ date: nextOccurrence(today, k.month, k.day), label: k.label }));
  const keyDates = [...soon, ...fixed].sort((a, b) => a.date.getTime() - b.date.getTime());

  const boards = boardAges(input.boards, today, targets);
  const current = weeks.find((w) => w.when === 'current')!;
  const previous = weeks.filter((w) => w.when === 'past').at(-1)!;
  const alerts = [
    ...(current.postsMet ? [] : [t.alertPosts(current.posts + current.scheduled, targets.postsPerWeek)]),
    ...(current.broadcastsMet ? [] : [t.alertBroadcasts(current.broadcasts, targets.broadcastsPerWeek)]),
    ...(previous.postsMet ? [] : [t.alertPreviousWeek(previous.posts, targets.postsPerWeek)]),
    ...boards.filter((b) => b.level !== 'ok').map((b) => t.alertBoard(b.unit, b.days)),
  ];

  return {
    today,
    targets,
    weeks,
    semester: { ...semester, sessions, met: sessions >= targets.lessonsPerSemester },
    keyDates,
    boards,
    alerts,
    lessonsWithoutQuiz: input.lessonsWithoutQuiz ?? [],
  };
}
