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
const PAGE = '/bai-viet/ma-tuy-nup-bong/';
const TITLE = 'Cảnh giác với ma túy núp bóng đồ uống';
const content = overlay(fixtureSite('dien-bien'));
const good = readFileSync(join(content, ARTICLE), 'utf8');
let dev: DevServer;

beforeAll(async () => {
  dev = await startDev(content);
  await dev.waitFor(PAGE, (status, html) => status === 200 && html.includes(TITLE), 180);
});

afterAll(() => {
  dev?.stop();
});

it(
  'shows a Vietnamese error page for a missing date, keeps the CMS reachable, and shows the article again once fixed',
  { timeout: 240_000 },
  async () => {
    writeFileSync(join(content, ARTICLE), good.replace(/^publishDate: .*\n/m, ''));
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

    writeFileSync(join(content, ARTICLE), good);
    const fixed = await dev.waitFor(PAGE, (status) => status === 200, 60);
    expect(fixed.html).toContain(TITLE);
    expect(fixed.html).not.toContain(`Tệp ${ARTICLE}`);
  },
);
