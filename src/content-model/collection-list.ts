/**
 * How the CMS lists the entries of the dated content types: newest first, each row with its date and status,
 * filters by status and category, groups by year. The static part goes into the generated Decap configuration;
 * the status depends on today, so the admin computes it when it reads each file (cms/list-view.ts).
 */
import type { ContentType } from './types';
import type { Choice } from './fields';
import { fieldText } from '../i18n/vi';
import { choices } from './choices';
import { listText as t } from '../i18n/cms-lists';
import { addDays, isoDate } from '../utils/dates';

/** How an entry's status follows from its fields and today. */
export type StatusRule =
  /** Articles: a draft, published on a later day, or on the site (src/data/articles.ts isPublished). */
  | { kind: 'publish'; date: string; draft: string }
  /** Loudspeaker scripts: by the week they are read out. */
  | { kind: 'week'; week: string }
  /** Campaigns: coming, running or over (src/data/campaigns.ts campaignStatus). */
  | { kind: 'period'; start: string; end: string };

export interface ListSpec {
  /** Field the list sorts on, newest first unless the editor picks another order. */
  date: string;
  /** Row text before the status (Decap summary template). */
  summary: string;
  /** A select field offered as one filter per choice. */
  filterBy?: { field: string; label: string; choices: readonly Choice[] };
  status: StatusRule;
}

const day = (field: string) => `{{${field} | date('DD/MM/YYYY')}}`;

/** The dated content types, by collection name. */
export const listSpecs: Readonly<Record<string, ListSpec>> = {
  articles: {
    date: 'publishDate',
    summary: `{{title}} · ${day('publishDate')}`,
    filterBy: { field: 'category', label: fieldText.category.label, choices: choices.articleCategory },
    status: { kind: 'publish', date: 'publishDate', draft: 'draft' },
  },
  broadcasts: {
    date: 'publishDate',
    summary: `{{title}} · ${day('publishDate')}`,
    status: { kind: 'week', week: 'scheduledWeek' },
  },
  campaigns: {
    date: 'startDate',
    summary: `{{title}} · ${day('startDate')} – ${day('endDate')}`,
    status: { kind: 'period', start: 'startDate', end: 'endDate' },
  },
};

/** Keys the admin adds to an entry's data when it reads the file and removes before writing it. */
export const LIST_STATE = 'listState';
export const LIST_STATUS = 'listStatus';

/** Decap's list options for a content type: sorting, row text, filters and groups; none for undated types. */
export function decapListOptions(type: ContentType) {
  const spec = listSpecs[type.name];
  if (!spec) return {};
  const dateLabel = type.fields.find((f) => f.name === spec.date)?.decap.label ?? spec.date;
  const filters = (spec.filterBy?.choices ?? []).map((c) => ({
    label: t.filterOn(spec.filterBy!.label, c.label),
    field: spec.filterBy!.field,
    pattern: `^${escapeRegex(c.value)}$`,
  }));
  return {
    summary: spec.summary,
    sortable_fields: [
      { field: spec.date, label: dateLabel, default_sort: 'desc' as const },
      { field: 'title', label: t.sortByTitle },
    ],
    ...(filters.length ? { view_filters: filters } : {}),
    view_groups: [{ label: t.groupByYear, field: spec.date, pattern: '^\\d{4}' }],
  };
}

/** Status of an entry: a code the filters match and the text its row shows. */
export interface ListStatus {
  state: string;
  text: string;
}

/** Today in Vietnam (UTC+7) as YYYY-MM-DD, the calendar the content's dates are written in. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A date field's value as YYYY-MM-DD (the file's text, or a Date a YAML parser made of it), or undefined. */
function isoDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** 2026-11-02 → 02/11/2026 */
function shortDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Monday of the week of a YYYY-MM-DD day. */
function monday(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return isoDate(addDays(date, -((date.getUTCDay() + 6) % 7)));
}

/** The status of an entry's data as of `today` (YYYY-MM-DD); undefined when the fields it needs are missing. */
export function listStatus(rule: StatusRule, data: Record<string, unknown>, today: string): ListStatus | undefined {
  switch (rule.kind) {
    case 'publish': {
      if (data[rule.draft] === true) return { state: 'draft', text: t.draft };
      const date = isoDay(data[rule.date]);
      if (!date) return undefined;
      return date > today
        ? { state: 'scheduled', text: t.scheduled(shortDay(date)) }
        : { state: 'published', text: t.published };
    }
    case 'week': {
      const date = isoDay(data[rule.week]);
      if (!date) return { state: 'unscheduled', text: t.unscheduled };
      const week = monday(date);
      const current = monday(today);
      if (week > current) return { state: 'upcoming', text: t.upcomingWeek(shortDay(week)) };
      return week === current ? { state: 'current', text: t.thisWeek } : { state: 'past', text: t.aired };
    }
    case 'period': {
      const start = isoDay(data[rule.start]);
      const end = isoDay(data[rule.end]);
      if (!start || !end) return undefined;
      if (today < start) return { state: 'upcoming', text: t.upcoming(shortDay(start)) };
      return today > end ? { state: 'past', text: t.past } : { state: 'current', text: t.current(shortDay(end)) };
    }
  }
}

/** The status filters of a rule, in the order an editor thinks of them. */
export function statusFilters(rule: StatusRule): { label: string; field: string; pattern: string }[] {
  const states: [string, string][] =
    rule.kind === 'publish'
      ? [
          ['draft', t.draft],
          ['scheduled', t.scheduledFilter],
          ['published', t.published],
        ]
      : rule.kind === 'week'
        ? [
            ['unscheduled', t.unscheduled],
            ['upcoming', t.upcomingWeekFilter],
            ['current', t.thisWeek],
            ['past', t.aired],
          ]
        : [
            ['upcoming', t.upcomingFilter],
            ['current', t.currentFilter],
            ['past', t.past],
          ];
  return states.map(([state, label]) => ({
    label: t.filterOn(t.status, label),
    field: LIST_STATE,
    pattern: `^${state}$`,
  }));
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
