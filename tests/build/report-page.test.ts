/**
 * The editors' dashboard (/bien-tap/) takes the entries the build already read; `npm run report` reads the same
 * content from its files. Both must give the same figures: every alert, every week's posts and broadcasts, the
 * semester's lessons and every overdue board of the demo appear on the built page as the report's reader has them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { demoContent, TEST_TODAY } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { readPage } from '../helpers/site-files';
import { buildReport } from '../../src/editorial/report';
import { loadReportInput } from '../../src/editorial/load';
import { editorialReportText as t } from '../../src/i18n/vi';
import { formatDateShort } from '../../src/utils/dates';

type Node = ReturnType<typeof parseDocument>['children'][number];
const textOf = (n: Node): string =>
  'data' in n && n.type === 'text' ? n.data : 'children' in n ? n.children.map(textOf).join(' ') : '';

let page = '';
beforeAll(() => {
  const html = readPage(demoBuild().outDir, '/bien-tap/');
  page = parseDocument(html, { decodeEntities: true })
    .children.map(textOf)
    .join(' ')
    .normalize('NFC')
    .replace(/\s+/g, ' ');
});

describe('the editors’ dashboard', () => {
  it('shows the figures npm run report reads from the content files', () => {
    const report = buildReport(loadReportInput(demoContent, new Date(`${TEST_TODAY}T00:00:00Z`)));
    const expected = [
      ...report.alerts,
      ...report.weeks.flatMap((w) => [
        t.posts(w.posts, w.scheduled, report.targets.postsPerWeek),
        t.broadcasts(w.broadcasts, report.targets.broadcastsPerWeek),
      ]),
      t.sessions(report.semester.sessions, report.targets.lessonsPerSemester),
      ...report.boards
        .filter((b) => b.level !== 'ok')
        .map((b) => t.boardAge(b.unit, b.days, formatDateShort(b.verifiedOn))),
    ];
    expect(report.weeks.some((w) => w.posts > 0)).toBe(true);
    // Rows in order: each week's figures after the previous week's.
    let from = 0;
    for (const text of expected.map((e) => e.normalize('NFC').replace(/\s+/g, ' '))) {
      const at = page.indexOf(text, from);
      expect(at, text).toBeGreaterThanOrEqual(0);
      if (!report.alerts.includes(text)) from = at;
    }
  });
});
