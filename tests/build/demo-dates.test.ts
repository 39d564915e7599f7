/**
 * The demo always builds and tells one story. It builds as of today's real date (no BUILD_DATE), not only the
 * pinned day; its reporting steps and mailbox come from its settings and read the same on the hotline page, in
 * the article about reporting and on the printed board. A site marked `demo: true` keeps building when boards are
 * overdue, saying so in the log and on the page; a real commune's build still stops (tests/build/editorial.test.ts).
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite, demoContent, fixtureSite, type BuildResult } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { readPage } from '../helpers/site-files';
import { pdfText } from '../posters/helpers';
import { curlyQuotes } from '../../src/utils/quotes';

const settings = parse(readFileSync(join(demoContent, 'settings/site.yaml'), 'utf8')) as {
  demo?: boolean;
  reporting: { mailbox: string; vneidSteps: string[] };
};
/** Text of a page without tags, spaces collapsed, so a sentence split by markup still matches. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/\s+/g, ' ');
// Pages show settings' straight quotes curly (src/utils/quotes.ts).
const squash = (s: string) => curlyQuotes(s).replace(/\s+/g, ' ');

let today: BuildResult;
beforeAll(() => {
  today = buildSite(demoContent, { BUILD_DATE: '' });
}, 300_000);

describe('the demo on any date', () => {
  it('is marked as the demo in its settings', () => {
    expect(settings.demo).toBe(true);
  });

  it("builds as of today's real date", () => {
    expect(today.ok, today.output).toBe(true);
  });
});

describe('the demo tells one story', () => {
  const pages = ['/duong-day-nong/', '/bai-viet/cach-to-giac-toi-pham-ma-tuy/', '/gioi-thieu/'];

  it.each(pages)('%s shows the mailbox and the VNeID steps of the settings', (path) => {
    const text = textOf(readPage(today.outDir, path));
    expect(text).toContain(squash(settings.reporting.mailbox));
    for (const step of settings.reporting.vneidSteps) expect(text, step).toContain(squash(step));
  });

  it('the printed board carries the same VNeID steps', () => {
    const text = squash(pdfText(join(today.outDir, 'tai-ve/duong-day-nong/bang-duong-day-nong-lac-phuong.pdf')));
    for (const step of settings.reporting.vneidSteps) expect(text, step).toContain(squash(step));
  });

  it('no page keeps another version of the steps or says the mailbox stands only at the police office', () => {
    for (const path of pages) {
      const text = textOf(readPage(today.outDir, path));
      expect(text, path).not.toContain('Tạo mới yêu cầu');
      expect(text, path).not.toContain('hòm thư tố giác tội phạm đặt tại trụ sở');
    }
  });

  it('lists only its own documents, each with its issuing body', () => {
    const list = textOf(readPage(today.outDir, '/van-ban/'));
    for (const place of ['Điện Biên', 'Lê Chân', 'Cẩm Tân']) expect(list, place).not.toContain(place);
    expect(list).toContain('Ủy ban nhân dân xã Lạc Phượng');
    expect(list).toContain('Công an xã Lạc Phượng');
  });
});

describe('overdue boards', () => {
  let demoLike: BuildResult;
  beforeAll(() => {
    // The second commune marked as a demo, built past its boards' failure window (180 days).
    const layer = join(mkdtempSync(join(tmpdir(), 'demo-flag-')), 'content');
    mkdirSync(join(layer, 'settings'), { recursive: true });
    const own = readFileSync(join(fixtureSite('dien-bien'), 'settings/site.yaml'), 'utf8');
    writeFileSync(join(layer, 'settings/site.yaml'), `${own.trimEnd()}\ndemo: true\n`);
    demoLike = buildSite(overlay(fixtureSite('dien-bien'), layer), { BUILD_DATE: '2027-05-01' });
  }, 300_000);

  it('warn in the log but do not stop a demo build', () => {
    expect(demoLike.ok, demoLike.output).toBe(true);
    expect(demoLike.output).toContain(
      'Cảnh báo (trang mẫu): hotlines/to-dan-pho-1.yaml: bảng số điện thoại tổ dân phố Số 1 chưa được kiểm tra 198 ngày',
    );
  });

  it('say so on the page under the board', () => {
    expect(readPage(demoLike.outDir, '/duong-day-nong/to-dan-pho-1/')).toContain(
      'Bảng này đã 198 ngày chưa được kiểm tra lại',
    );
  });
});
