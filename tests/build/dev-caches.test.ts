/**
 * The preview of `npm start` (astro dev) follows content changes without a restart: nothing it worked out from the
 * content is kept for the whole process. A file renamed to a name with the same slug keeps its page (no
 * "two files with one id"); a reference broken by a save shows the Vietnamese error page, and is gone once fixed;
 * a hidden section's first entry puts the section in the menu. Each step polls until the change is seen.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureSite } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { startDev, type DevServer } from '../helpers/dev-server';

const content = overlay(fixtureSite('dien-bien'));
const ARTICLE = 'articles/ma-tuy-nup-bong.mdx';
const RENAMED = 'articles/ma-túy-núp-bóng.mdx';
const PAGE = '/bai-viet/ma-tuy-nup-bong/';
const TITLE = 'Cảnh giác với ma túy núp bóng đồ uống';
const OTHER = 'articles/duong-day-nong-cua-phuong.mdx';
const OTHER_PAGE = '/bai-viet/duong-day-nong-cua-phuong/';
const BOARD = 'hotlines/to-dan-pho-2.yaml';
const FORM = 'forms/cam-ket-hoc-sinh.mdx';
/** The forms section's link in the site menu (Header.astro). */
const FORMS_IN_MENU = /<a href="\/mau-cam-ket\/" class="block px-2/;
const DUPLICATE = 'cùng đường dẫn';

const form = readFileSync(join(content, FORM), 'utf8');
const board = readFileSync(join(content, BOARD), 'utf8');
let dev: DevServer;

beforeAll(async () => {
  // The forms section starts hidden: its folder is there, with no entry yet (a new commune's site).
  rmSync(join(content, FORM));
  dev = await startDev(content);
  await dev.waitFor(PAGE, (status, html) => status === 200 && html.includes(TITLE), 180);
});

afterAll(() => dev?.stop());

it('follows a rename, a broken and a fixed reference, and a first entry', { timeout: 300_000 }, async () => {
  // The menu of a site whose forms section has no entry.
  expect((await dev.waitFor('/', (status) => status === 200, 60)).html).not.toMatch(FORMS_IN_MENU);

  // (a) The editor renames the file; its slug (and so its address) stays the same.
  renameSync(join(content, ARTICLE), join(content, RENAMED));
  // A later save elsewhere, seen on its page: by then the rename has been handled too.
  const other = readFileSync(join(content, OTHER), 'utf8');
  writeFileSync(join(content, OTHER), `${other.trimEnd()}\n\nĐã lưu sau khi đổi tên tệp.\n`);
  await dev.waitFor(OTHER_PAGE, (status, html) => status === 200 && html.includes('Đã lưu sau khi đổi tên tệp.'), 60);
  const renamed = await dev.waitFor(PAGE, (status) => status === 200, 30);
  expect(renamed.html).toContain(TITLE);
  expect(renamed.html).not.toContain(DUPLICATE);
  expect(dev.log()).not.toContain(DUPLICATE);

  // (b) A board now names a residential unit that does not exist: the preview shows the Vietnamese error page.
  writeFileSync(join(content, BOARD), board.replace(/^unit: to-dan-pho-2$/m, 'unit: to-dan-pho-9'));
  // Polled until the error page is the Vietnamese one: the first answers may come while the save is still being read.
  const broken = await dev.waitFor(PAGE, (status, html) => status === 500 && html.includes('<html lang="vi"'), 60);
  expect(broken.html).toMatch(/<html lang="vi"/);
  expect(broken.html).toContain(`Tệp ${BOARD}`);
  expect(broken.html.replaceAll('&quot;', '"')).toContain('Không tìm thấy đơn vị "to-dan-pho-9"');
  expect(broken.html).toContain('units/to-dan-pho-9.yaml');
  // The CMS the editor fixes it in stays reachable.
  expect((await fetch(`${dev.origin}/admin/`)).status).toBe(200);

  // (c) Fixed: every page answers again.
  writeFileSync(join(content, BOARD), board);
  const fixed = await dev.waitFor(PAGE, (status) => status === 200, 60);
  expect(fixed.html).toContain(TITLE);
  expect(fixed.html).not.toContain('to-dan-pho-9');
  expect((await dev.waitFor('/duong-day-nong/', (status) => status === 200, 30)).html).not.toContain('to-dan-pho-9');

  // (d) The forms section's first entry: the section joins the menu.
  writeFileSync(join(content, FORM), form);
  const home = await dev.waitFor('/', (status, html) => status === 200 && FORMS_IN_MENU.test(html), 60);
  expect(home.html).toMatch(FORMS_IN_MENU);
  expect((await dev.waitFor('/mau-cam-ket/cam-ket-hoc-sinh/', (status) => status === 200, 30)).html).toContain(
    'Bản cam kết học sinh',
  );
});
