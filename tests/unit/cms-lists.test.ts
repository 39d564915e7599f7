/** The CMS's entry lists (src/content-model/collection-list.ts, cms/list-view.ts) and its steady markdown body (cms/steady-markdown.ts). */
import { describe, expect, it } from 'vitest';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import { cmsOptionsFromEnv, toDecapConfig } from '../../src/content-model/to-decap';
import {
  LIST_STATE,
  LIST_STATUS,
  listSpecs,
  listStatus,
  statusFilters,
  vietnamToday,
} from '../../src/content-model/collection-list';
import { completeListViews, listFormatName, listFormatter } from '../../cms/list-view';
import { memoize, steadyValue } from '../../cms/steady-value';
import { choices } from '../../src/content-model/choices';

const config = toDecapConfig(cmsOptionsFromEnv({}, { siteUrl: 'https://xa.example.vn/', contentPath: 'content' }));
const collection = (name: string) => config.collections.find((c) => c.name === name) as Record<string, unknown>;
const article = listSpecs.articles!.status;

describe('entry statuses', () => {
  it('articles: draft first, then scheduled after today, else published', () => {
    expect(listStatus(article, { publishDate: '2026-12-02', draft: true }, '2026-11-30')).toEqual({
      state: 'draft',
      text: 'Bản nháp',
    });
    expect(listStatus(article, { publishDate: '2026-12-02' }, '2026-11-30')).toEqual({
      state: 'scheduled',
      text: 'Hẹn đăng ngày 02/12/2026',
    });
    expect(listStatus(article, { publishDate: '2026-11-30', draft: false }, '2026-11-30')).toEqual({
      state: 'published',
      text: 'Đã đăng',
    });
    expect(listStatus(article, { publishDate: new Date('2026-11-02T00:00:00Z') }, '2026-11-30')?.state).toBe(
      'published',
    );
    expect(listStatus(article, { title: 'no date' }, '2026-11-30')).toBeUndefined();
  });

  it('broadcasts by the week they are read out; campaigns by their period', () => {
    const week = listSpecs.broadcasts!.status;
    // 2026-11-30 is a Monday.
    expect(listStatus(week, {}, '2026-11-30')?.state).toBe('unscheduled');
    expect(listStatus(week, { scheduledWeek: '2026-12-03' }, '2026-11-30')?.state).toBe('current');
    expect(listStatus(week, { scheduledWeek: '2026-12-09' }, '2026-12-06')).toEqual({
      state: 'upcoming',
      text: 'Sẽ phát tuần 07/12/2026',
    });
    expect(listStatus(week, { scheduledWeek: '2026-11-29' }, '2026-11-30')?.state).toBe('past');
    const period = listSpecs.campaigns!.status;
    const june = { startDate: '2027-06-01', endDate: '2027-06-30' };
    expect(listStatus(period, june, '2027-05-31')).toEqual({ state: 'upcoming', text: 'Sắp diễn ra, từ 01/06/2027' });
    expect(listStatus(period, june, '2027-06-30')).toEqual({ state: 'current', text: 'Đang diễn ra, đến 30/06/2027' });
    expect(listStatus(period, june, '2027-07-01')?.state).toBe('past');
  });

  it("today is Vietnam's calendar day (UTC+7)", () => {
    expect(vietnamToday(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
    expect(vietnamToday(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
  });
});

describe('list options in the generated configuration', () => {
  it('sorts dated collections newest first, shows their dates and filters articles by category', () => {
    const articles = collection('articles');
    expect(articles.sortable_fields).toEqual([
      { field: 'publishDate', label: 'Ngày đăng', default_sort: 'desc' },
      { field: 'title', label: 'Tiêu đề' },
    ]);
    expect(articles.summary).toBe("{{title}} · {{publishDate | date('DD/MM/YYYY')}}");
    const filters = articles.view_filters as { label: string; field: string; pattern: string }[];
    expect(filters).toHaveLength(choices.articleCategory.length);
    expect(filters[0]).toEqual({
      label: `Chuyên mục: ${choices.articleCategory[0]!.label}`,
      field: 'category',
      pattern: `^${choices.articleCategory[0]!.value}$`,
    });
    expect((collection('campaigns').sortable_fields as { field: string }[])[0]!.field).toBe('startDate');
    expect(collection('lessons').sortable_fields).toBeUndefined();
  });

  it('the admin completes them with the status: its own format, the row text and the status filters', () => {
    const completed = completeListViews(config as never) as typeof config;
    const articles = completed.collections.find((c) => c.name === 'articles') as Record<string, unknown>;
    expect(articles.format).toBe(listFormatName('articles'));
    expect(articles.summary).toBe(`{{title}} · {{publishDate | date('DD/MM/YYYY')}} · {{${LIST_STATUS}}}`);
    const filters = articles.view_filters as { label: string; field: string; pattern: string }[];
    expect(filters.slice(0, 3)).toEqual(statusFilters(article));
    expect(filters.map((f) => f.label).slice(0, 3)).toEqual([
      'Trạng thái: Bản nháp',
      'Trạng thái: Hẹn đăng',
      'Trạng thái: Đã đăng',
    ]);
    expect(completed.collections.find((c) => c.name === 'lessons')).toEqual(collection('lessons'));
    // Each pattern matches its own state only.
    for (const f of filters.slice(0, 3))
      expect(['draft', 'scheduled', 'published'].filter((s) => new RegExp(f.pattern).test(s))).toHaveLength(1);
  });
});

describe("the list format wraps Decap's front matter", () => {
  const file = '---\ntitle: Bài hẹn đăng\npublishDate: 2026-12-02\ncategory: phap-luat\n---\n\nNội dung.\n';
  const format = listFormatter(FrontmatterInfer, article, () => '2026-11-30');

  it('adds the status when reading and writes exactly what Decap would without it', () => {
    const data = format.fromFile(file);
    expect(data[LIST_STATE]).toBe('scheduled');
    expect(data[LIST_STATUS]).toBe('Hẹn đăng ngày 02/12/2026');
    expect(data.title).toBe('Bài hẹn đăng');
    const written = format.toFile(data, ['title', 'publishDate', 'category']);
    expect(written).toBe(
      FrontmatterInfer.toFile(FrontmatterInfer.fromFile(file), ['title', 'publishDate', 'category']),
    );
    expect(written).not.toMatch(/listState|listStatus|Hẹn đăng ngày/);
  });
});

describe('the markdown body keeps the opened text when the editor only respells it', () => {
  const bullets = (md: string) => md.replace(/^- /gm, '* ').trim();
  const opened = '\n## Dấu hiệu\n\n- Đồ uống lạ\n- Giá cao\n';

  it('reports the opened text for the same document, and real edits as they are', () => {
    expect(steadyValue('## Dấu hiệu\n\n* Đồ uống lạ\n* Giá cao', opened, bullets)).toBe(opened);
    expect(steadyValue(opened.trim().normalize('NFD'), opened, bullets)).toBe(opened);
    expect(steadyValue('## Dấu hiệu\n\n* Đồ uống lạ\n* Giá rất cao', opened, bullets)).toBe(
      '## Dấu hiệu\n\n* Đồ uống lạ\n* Giá rất cao',
    );
    expect(steadyValue('mới', undefined, bullets)).toBe('mới');
  });

  it('remembers recent round trips', () => {
    let calls = 0;
    const canonical = memoize((md) => (calls++, md.trim()));
    canonical('a ');
    canonical('a ');
    expect(calls).toBe(1);
    // The opened text, compared on every keystroke, stays cached while the edits go through.
    for (const edit of ['b', 'c', 'd', 'e', 'f']) {
      canonical('a ');
      canonical(edit);
    }
    expect(calls).toBe(6);
  });
});
