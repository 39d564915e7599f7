/**
 * The CMS, end to end: the built /admin in headless Chromium against the real local backend (decap-server),
 * writing real files into a temporary copy of a commune's content, which then builds into the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { buildSite, fixtureSite } from '../helpers/build';
import type { Served } from '../../tools/static-server';
import { openCms, type CmsSession } from '../helpers/cms-session';
import { readData } from '../../src/content-model/loader';
import { toZod } from '../../src/content-model/to-zod';
import { articles, contentTypes } from '../../src/content-model/registry';
import { typeText, componentText } from '../../src/i18n/vi';
import { readPage } from '../helpers/site-files';

const CMS_PORT = 8181;
let repo: string;
let served: Served;
let cms: CmsSession;
let page: Page;

/** Picks an option of a select (react-select) field found by its label. */
async function choose(label: string, option: string, nth = 0) {
  const id = await page
    .locator('label', { hasText: new RegExp(`^${label}`) })
    .nth(nth)
    .getAttribute('for');
  await page.locator(`[id="${id}"]`).click();
  await page.getByText(option, { exact: true }).last().click();
}

const login = () => cms.logIn();

async function publish() {
  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
}

const articleFile = () => join(repo, 'content/articles/thu-nghiem-duong-day-nong-moi-cua-phuong.mdx');

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'portal-cms-'));
  cpSync(fixtureSite('dien-bien'), join(repo, 'content'), { recursive: true });
  // Rooted at the content folder, as npm start runs it: the admin names files relative to it (articles/…).
  cms = await openCms(join(repo, 'content'), CMS_PORT);
  ({ served, page } = cms);
});

afterAll(async () => {
  await cms?.close();
});

describe('Decap CMS with the local backend', () => {
  it('opens in Vietnamese and lists every collection of the content model', async () => {
    await login();
    for (const type of contentTypes)
      await expect(page.getByRole('link', { name: type.label, exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: typeText.site.label, exact: true }).count()).resolves.toBe(1);
  });

  it('refuses to save an article without its required fields, in Vietnamese', async () => {
    await page.goto(`${served.url}/admin/#/collections/articles/new`);
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Bài thiếu tiêu đề.');
    await publish();
    await page.getByText('Bạn còn thiếu vài thông tin bắt buộc').waitFor();
    for (const field of ['Tiêu đề', 'Ngày đăng', 'Chuyên mục', 'Đối tượng'])
      await page.getByText(`${field} bắt buộc nhập.`).waitFor();
    expect(readdirSync(join(repo, 'content/articles')).length).toBe(2);
  });

  it('creates an article with an editor component, saved as valid MDX with an ASCII slug', async () => {
    await page.goto(`${served.url}/admin/#/collections/articles/new`);
    await page.reload();
    await page
      .getByLabel('Tiêu đề', { exact: true })
      .fill('Thử nghiệm: Đường dây nóng mới của phường'.normalize('NFD'));
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Số điện thoại mới để người dân báo tin.');
    await page.getByLabel('Ngày đăng', { exact: true }).fill('2026-11-20');
    await choose('Chuyên mục', 'Tin địa phương');
    await choose('Đối tượng', 'Người dân');
    // The preview shows the entry as the site would: labels, not codes; dates as the article page writes them.
    const preview = page.frameLocator('#preview-pane');
    await preview.getByText('Tin địa phương').waitFor();
    await preview.getByText('ngày 20 tháng 11 năm 2026').waitFor();
    await page.locator('[data-slate-editor]').first().click();
    await page.keyboard.type('Công an phường công bố số điện thoại mới.');
    await page.getByRole('button', { name: 'Chèn khung' }).click();
    await page.getByText(componentText.callout.label, { exact: true }).click();
    await choose('Loại', 'Cảnh báo');
    await page.getByLabel(/^Tiêu đề khung/).fill('Cảnh giác');
    await page.locator('[data-slate-editor]').last().click();
    await page.keyboard.type('Không nhận đồ uống lạ.');
    await publish();
    // The local backend creates the file, then writes it: wait for the whole entry, not only for the file.
    const saved = () => (existsSync(articleFile()) ? readFileSync(articleFile(), 'utf8') : '');
    await expect.poll(saved, { timeout: 15_000 }).toMatch(/<\/Callout>\s*$/);

    const source = readFileSync(articleFile(), 'utf8');
    expect(source).toBe(source.normalize('NFC'));
    expect(source).toMatch(/<Callout type="warning" title="Cảnh giác">\s+Không nhận đồ uống lạ.\s+<\/Callout>/);
    expect(source).not.toMatch(/^import /m);
    const parsed = toZod(articles).safeParse(readData(articleFile()));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.title).toBe('Thử nghiệm: Đường dây nóng mới của phường');
  });

  it('the saved article builds into the site', () => {
    const rebuilt = buildSite(join(repo, 'content'));
    expect(rebuilt.output).not.toMatch(/error/i);
    const html = readPage(rebuilt.outDir, '/bai-viet/thu-nghiem-duong-day-nong-moi-cua-phuong/');
    expect(html).toContain('Thử nghiệm: Đường dây nóng mới của phường');
    expect(html).toContain('Không nhận đồ uống lạ.');
  });

  it('edits the article', async () => {
    await page.goto(`${served.url}/admin/#/collections/articles/entries/thu-nghiem-duong-day-nong-moi-cua-phuong`);
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt đã sửa.');
    await publish();
    await expect.poll(() => readFileSync(articleFile(), 'utf8'), { timeout: 15_000 }).toContain('Tóm tắt đã sửa.');
  });

  it('previews an article in the page’s markup: a callout keeps its list, a hotline card shows the unit’s numbers', async () => {
    const file = join(repo, 'content/articles/xem-truoc-danh-sach.mdx');
    writeFileSync(
      file,
      [
        '---',
        'title: Xem trước danh sách',
        'summary: Khung lưu ý có danh sách.',
        'publishDate: 2026-11-21',
        'category: tin-dia-phuong',
        'audiences: [nguoi-dan]',
        '---',
        '',
        '<Callout type="warning" title="Cảnh giác">',
        '',
        '- Không nhận đồ uống lạ.',
        '- Không cho người lạ mượn điện thoại.',
        '',
        '</Callout>',
        '',
        '<HotlineCard unit="dien-bien" />',
        '',
      ].join('\n'),
    );
    try {
      // Reloaded: the CMS lists a folder once, and this file was written behind its back.
      await page.goto(`${served.url}/admin/#/collections/articles/entries/xem-truoc-danh-sach`);
      await page.reload();
      const preview = page.frameLocator('#preview-pane');
      // The previous article had a "Cảnh giác" callout too: wait for this one's title first.
      await preview.locator('article h1', { hasText: 'Xem trước danh sách' }).waitFor();
      const callout = preview.locator('article .prose > div[role="note"].border-l-4.border-alert');
      await callout.locator('p.font-bold', { hasText: 'Cảnh giác' }).waitFor();
      await callout.locator('div.mt-1 > ul > li').first().waitFor();
      await expect(callout.locator('div.mt-1 > ul > li').allInnerTexts()).resolves.toEqual([
        'Không nhận đồ uống lạ.',
        'Không cho người lạ mượn điện thoại.',
      ]);
      // The unit's board, read by the preview through Decap's getCollection: the numbers as tel: links.
      await preview.locator('section.card.border-alert dl a[href="tel:02373851152"]').waitFor();
      // The site's stylesheet applies: the list has its bullets and the callout its border.
      await expect(callout.locator('ul').evaluate((ul) => getComputedStyle(ul).listStyleType)).resolves.toBe('disc');
      await expect(callout.evaluate((el) => getComputedStyle(el).borderLeftWidth)).resolves.toBe('4px');
    } finally {
      rmSync(file);
    }
  });

  it('keeps what is typed in the rich-text editor as text: <, { and a link whose text is its address build as typed', async () => {
    const file = join(repo, 'content/articles/ky-tu-dac-biet.mdx');
    writeFileSync(
      file,
      [
        '---',
        'title: Ký tự đặc biệt',
        'summary: Dấu nhỏ hơn, ngoặc nhọn và liên kết.',
        'publishDate: 2026-11-22',
        'category: tin-dia-phuong',
        'audiences: [nguoi-dan]',
        '---',
        '',
        'Xem [https://example.vn](https://example.vn) và công thức H<sub>2</sub>O.',
        '',
      ].join('\n'),
    );
    // Reloaded: the CMS lists a folder once, and this file was written behind its back.
    await page.goto(`${served.url}/admin/#/collections/articles/entries/ky-tu-dac-biet`);
    await page.reload();
    // At the end of the body, once the entry is loaded (the caret set as a click there would): the rich-text editor
    // then writes the whole body again.
    const editor = page.locator('[data-slate-editor]', { hasText: 'công thức' });
    await editor.click();
    await editor.evaluate((element) => {
      const end = document.createRange();
      end.selectNodeContents(element);
      end.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(end);
    });
    await page.keyboard.type(' Trẻ em dưới <18 tuổi, giá {10} nghìn, gõ <b> hay <https://a.vn>.');
    await publish();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain('Trẻ em dưới');

    const source = readFileSync(file, 'utf8');
    expect(source).toContain('Trẻ em dưới \\<18 tuổi, giá \\{10} nghìn, gõ \\<b> hay https://a.vn.');
    // Written before: the link stays a link in brackets (MDX cannot read <url>), the allowed HTML stays HTML.
    expect(source).toContain('[https://example.vn](https://example.vn)');
    expect(source).toContain('H<sub>2</sub>O');

    const built = buildSite(join(repo, 'content'));
    expect(built.ok, built.output).toBe(true);
    const html = readPage(built.outDir, '/bai-viet/ky-tu-dac-biet/');
    expect(html).toContain(
      'Trẻ em dưới &lt;18 tuổi, giá {10} nghìn, gõ &lt;b&gt; hay <a href="https://a.vn">https://a.vn</a>.',
    );
    expect(html).toContain('<a href="https://example.vn">https://example.vn</a>');
    expect(html).toContain('H<sub>2</sub>O');
    rmSync(file);
  });

  it('deletes the article', async () => {
    await page.goto(`${served.url}/admin/#/collections/articles/entries/thu-nghiem-duong-day-nong-moi-cua-phuong`);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Xoá mục này' }).click();
    await expect.poll(() => existsSync(articleFile()), { timeout: 15_000 }).toBe(false);
  });
});
