/**
 * A content error in the preview of `npm start` (astro dev) shows where the editor looks: the page they open is a
 * Vietnamese error page (HTTP 500, lang="vi") naming the file, the field by its CMS label and the fix, not a 404 and
 * not Astro's English overlay; the CMS stays reachable; once the file is fixed the page is back on reload.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/build';
import { startDev, type DevServer } from '../helpers/dev-server';
import { overlay } from '../helpers/overlay';

const ARTICLE = 'articles/ma-tuy-nup-bong.mdx';
const BOARD = 'hotlines/to-dan-pho-2.yaml';
const BOARD_PAGE = '/duong-day-nong/to-dan-pho-2/';
const PAGE = '/bai-viet/ma-tuy-nup-bong/';
const TITLE = 'Cảnh giác với ma túy núp bóng đồ uống';
const content = overlay(fixtureSite('dien-bien'));
const good = readFileSync(join(content, ARTICLE), 'utf8');
const board = readFileSync(join(content, BOARD), 'utf8');
let dev: DevServer;

/**
 * Saves a content file as an editor does: a second after the last save. Two saves a few milliseconds apart are
 * merged by the file watcher, or synced by Astro's loader at the same time with the older one finishing last.
 */
async function save(file: string, text: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 1000));
  writeFileSync(join(content, file), text);
}

beforeAll(async () => {
  dev = await startDev(content);
  await dev.waitFor(PAGE, (status, html) => status === 200 && html.includes(TITLE), 180);
});

afterAll(async () => {
  await dev?.stop();
});

it(
  'shows a Vietnamese error page for a missing date, keeps the CMS reachable, and shows the article again once fixed',
  { timeout: 240_000 },
  async () => {
    await save(ARTICLE, good.replace(/^publishDate: .*\n/m, ''));
    const broken = await dev.waitFor(PAGE, (status) => status !== 200, 60);
    expect(broken.status).toBe(500);
    expect(broken.html).toMatch(/<html lang="vi"/);
    expect(broken.html).toContain(`Tệp ${ARTICLE}`);
    expect(broken.html).toContain('Ngày đăng');
    expect(broken.html).toContain('thiếu');
    expect(broken.html).toContain('NĂM-THÁNG-NGÀY');
    for (const english of [
      'InvalidContentEntryDataError',
      'does not match collection schema',
      'vite-error-overlay',
      'Stack trace',
    ])
      expect(broken.html).not.toContain(english);

    // Any page the editor opens shows it, while the CMS they fix it in does not.
    const home = await fetch(`${dev.origin}/`);
    expect(home.status).toBe(500);
    expect(await home.text()).toContain(`Tệp ${ARTICLE}`);
    expect((await fetch(`${dev.origin}/admin/`)).status).toBe(200);

    await save(ARTICLE, good);
    const fixed = await dev.waitFor(PAGE, (status) => status === 200, 60);
    expect(fixed.html).toContain(TITLE);
    expect(fixed.html).not.toContain(`Tệp ${ARTICLE}`);
  },
);

it(
  'shows a file that no longer reads as YAML (which Astro’s loader only logs in English), and the page once fixed',
  { timeout: 240_000 },
  async () => {
    for (const [file, text, place, fix] of [
      [BOARD, board.replace(/^contacts:\n {2}/m, 'contacts:\n\t'), '(dòng 3, cột 1)', 'phím Tab'],
      [ARTICLE, good.replace(/^title: .*$/m, 'title: Chú ý: ma túy núp bóng'), '(dòng 2, cột 8)', 'ngoặc kép'],
    ] as const) {
      await save(file, text);
      const broken = await dev.waitFor(BOARD_PAGE, (status) => status !== 200, 60);
      expect(broken.status).toBe(500);
      expect(broken.html).toContain(`Tệp ${file}`);
      expect(broken.html).toContain(`Không đọc được phần thông tin của ${file} ${place}`);
      expect(broken.html).toContain(fix);
      expect(broken.html).toMatch(/<pre[^>]*>[^<]*\^<\/pre>/);
      expect(broken.html).not.toMatch(/failed to parse|must not be used|Nested mappings/);

      await save(file, file === BOARD ? board : good);
      const fixed = await dev.waitFor(BOARD_PAGE, (status) => status === 200, 60);
      expect(fixed.html).not.toContain(`Tệp ${file}`);
    }
  },
);

it(
  'shows a body that does not parse as soon as it is saved, not on opening its page',
  { timeout: 240_000 },
  async () => {
    const lines = good.split('\n').length;
    for (const [addition, shown] of [
      ['Trẻ em dưới <18 tuổi.', `dòng ${lines}, cột 13: dấu &lt; ở đây không mở một khung nội dung`],
      ['<Callout type="info">\n\nChưa đóng khung.', 'khung &lt;Callout&gt; chưa được đóng'],
    ] as const) {
      // good ends with a newline: the addition is the file's last line.
      await save(ARTICLE, `${good}${addition}\n`);
      // Another page than the article's: the error shows before anyone opens the article.
      const broken = await dev.waitFor(BOARD_PAGE, (status) => status !== 200, 60);
      expect(broken.status).toBe(500);
      expect(broken.html).toContain(`Tệp ${ARTICLE}`);
      expect(broken.html).toContain(shown);
      expect(broken.html).not.toMatch(/Unexpected character|An error occurred|MDXError/);

      await save(ARTICLE, good);
      const fixed = await dev.waitFor(PAGE, (status) => status === 200, 60);
      expect(fixed.html).toContain(TITLE);
    }
  },
);
