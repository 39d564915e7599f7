/**
 * The CMS in Vietnamese, on a phone (390×844), end to end against the real local backend: no phrase of Decap's
 * English anywhere on the screens an editor goes through, the portal's name and emblem on the login page, dates as
 * dd/mm/yyyy stored unchanged, units named by their kind, and the publish and delete buttons on the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { fixtureSite } from '../helpers/build';
import type { Served } from '../../tools/static-server';
import { answerEditorDialogs, openCms, type CmsSession } from '../helpers/cms-session';
import { decapVi } from '../../src/i18n/decap-vi';
import { imageComponentText, loginText } from '../../src/i18n/cms-widgets';

const CMS_PORT = 8287;
const PHONE = { width: 390, height: 844 };
let repo: string;
let served: Served;
let cms: CmsSession;
let page: Page;

type Phrases = { [key: string]: string | Phrases };
const flatten = (p: Phrases): string[] => Object.values(p).flatMap((v) => (typeof v === 'string' ? [v] : flatten(v)));

/**
 * English an editor must never meet: every phrase of Decap's `en` locale (a placeholder matches anything), and what
 * Decap and its widgets write without a locale key: the markdown editor's code block and image component, the date
 * widget's "UTC", react-select's messages, the login logo's alt text.
 */
const hardcoded = [
  'Code Block',
  'Image',
  'Alt Text',
  'Title',
  'UTC',
  'Loading options…',
  'No options',
  'Logo',
  'Select',
  'results available',
];
const englishPatterns = [...flatten(en as unknown as Phrases), ...hardcoded]
  .map((phrase) => phrase.trim())
  // Phrases that are only a placeholder, or a sign and a placeholder, say nothing in any language.
  .filter((phrase) => /[A-Za-z]{2,}/.test(phrase.replace(/%\{[^}]*\}/g, '')))
  .map((phrase) => ({
    phrase,
    regex: new RegExp(
      `^${phrase
        .split(/%\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      's',
    ),
  }));

/** Every text on the page and every title, aria-label, placeholder and alt, in the page and the preview frame. */
async function pageTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const frame of page.frames()) {
    texts.push(
      ...(await frame.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (parent && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) found.push(node.nodeValue ?? '');
        }
        for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
          for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
            const value = el.getAttribute(name);
            if (value) found.push(value);
          }
        }
        return found;
      })),
    );
  }
  return texts.map((t) => t.trim()).filter(Boolean);
}

/** Fails naming every English phrase found on the screen. */
async function expectNoEnglish(screen: string) {
  const texts = await pageTexts();
  const english = texts.flatMap((text) =>
    englishPatterns.filter((p) => p.regex.test(text)).map((p) => `"${text}" (Decap's "${p.phrase}")`),
  );
  expect(english, `English on ${screen}`).toEqual([]);
}

/** True when the element is entirely inside the phone's screen. */
async function onScreen(locator: ReturnType<Page['locator']>) {
  const box = await locator.boundingBox();
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= PHONE.width && box.y + box.height <= PHONE.height;
}

/** Lines of text an element's text takes on the screen. */
function textLines(el: Element) {
  const tops: number[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
  }
  tops.sort((a, b) => a - b);
  return tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 8).length;
}

/** A list field's bar: its title and its "Thêm …" button each on one line, side by side or one under the other. */
async function expectListBarFits(addLabel: string) {
  const add = page.getByRole('button', { name: addLabel });
  const title = add.locator('xpath=..').locator('[class*="-ExpandButtonContainer"]');
  expect(await add.evaluate(textLines), addLabel).toBe(1);
  expect(await title.evaluate(textLines), addLabel).toBe(1);
  const [a, b] = [await title.boundingBox(), await add.boundingBox()];
  expect(a!.x + a!.width <= b!.x || a!.y + a!.height <= b!.y, addLabel).toBe(true);
}

const articleFile = () => join(repo, 'content/articles/ma-tuy-nup-bong.mdx');

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'portal-cms-vi-'));
  cpSync(fixtureSite('dien-bien'), join(repo, 'content'), { recursive: true });
  cms = await openCms(join(repo, 'content'), CMS_PORT, PHONE);
  ({ served, page } = cms);
  // Leaving an editor with changes asks first: yes. Reopening it offers the unsaved copy: no, start from the file.
  answerEditorDialogs(page);
});

/** Opens an admin screen afresh (a reload, so an editor left with changes starts again from the saved file). */
async function open(path: string) {
  await page.goto(`${served.url}/admin/#${path}`);
  await page.reload();
}

afterAll(async () => {
  await cms?.close();
});

describe('the CMS in Vietnamese, on a phone', () => {
  it('the login page shows the portal’s name and emblem, not Decap’s logo', async () => {
    await page.goto(`${served.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toContain('Phòng, chống ma túy phường Điện Biên');
    expect(await heading.textContent()).toContain(loginText.subtitle);
    expect(await onScreen(heading)).toBe(true);
    const emblem = page.locator('img[src="/favicon.svg"]');
    expect(await emblem.isVisible()).toBe(true);
    expect(await emblem.getAttribute('alt')).toBe('');
    // Decap's logo is an inline SVG; the only ones left are the small icons of the buttons.
    const svgWidths = await page
      .locator('svg')
      .evaluateAll((svgs) =>
        svgs.filter((s) => s.getBoundingClientRect().width > 0).map((s) => s.getBoundingClientRect().width),
      );
    expect(svgWidths.filter((w) => w > 40)).toEqual([]);
    await expectNoEnglish('the login page');
  });

  it('the collection list', async () => {
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Bộ sưu tập').waitFor();
    await open('/collections/articles');
    await page.getByText('Cảnh giác với ma túy núp bóng đồ uống').first().waitFor();
    await expectNoEnglish('the list of articles');
    // A tap leaves its spot "hovered" on a touch screen: only the open collection is highlighted in the sidebar.
    await page.locator('a[class*="-SidebarNavLink"]', { hasText: 'Văn bản' }).hover();
    const highlighted = await page
      .locator('a[class*="-SidebarNavLink"]')
      .evaluateAll((links) =>
        links
          .filter((a) => getComputedStyle(a).backgroundColor !== 'rgba(0, 0, 0, 0)')
          .map((a) => a.textContent?.trim()),
      );
    expect(highlighted).toEqual(['Bài viết']);
  });

  it('an article: its toolbar, the rich-text toolbar, the component menu, a list and a date', async () => {
    await open('/collections/articles/entries/ma-tuy-nup-bong');
    await page.locator('[data-slate-editor]').first().waitFor();
    for (const title of ['bold', 'headings', 'addComponent', 'bulletedList'] as const) {
      await page.locator(`button[title="${decapVi.editor.editorWidgets.markdown[title]}"]`).first().waitFor();
    }
    await expectNoEnglish('the article editor');

    await page.getByRole('button', { name: decapVi.editor.editorWidgets.markdown.addComponent }).first().click();
    await page.getByText(imageComponentText.label, { exact: true }).waitFor();
    await expectNoEnglish('the component menu');
    await page.getByText(imageComponentText.label, { exact: true }).click();
    await page.getByText(imageComponentText.alt).first().waitFor();
    await expectNoEnglish('the image component');

    await expectListBarFits('Thêm từ khóa');
    await page.getByRole('button', { name: 'Thêm từ khóa' }).click();
    await expectNoEnglish('a list field');

    const category = await page
      .locator('label', { hasText: /^Chuyên mục/ })
      .first()
      .getAttribute('for');
    await page.locator(`[id="${category}"]`).click();
    await page.keyboard.type('không có mục nào như thế');
    await page.getByText('Không có lựa chọn nào').waitFor();
    await expectNoEnglish('an open drop-down list');
    await page.keyboard.press('Escape');
  });

  it('dates are written dd/mm/yyyy in Vietnam’s time, with no UTC label, and stored as before', async () => {
    await open('/collections/articles/entries/ma-tuy-nup-bong');
    const date = page.getByLabel('Ngày đăng', { exact: true });
    await date.waitFor();
    await expect.poll(() => date.inputValue(), { timeout: 15_000 }).toBe('09/11/2026');
    await page.getByText('Thứ Hai, 9 tháng 11 năm 2026').waitFor();
    await date.fill('21/11/2026');
    await page.getByText('Thứ Bảy, 21 tháng 11 năm 2026').waitFor();
    expect(await page.getByText('UTC', { exact: true }).count()).toBe(0);
    await expectNoEnglish('the date field');

    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    const now = page.getByText('Công bố ngay', { exact: true });
    await now.waitFor();
    expect(await onScreen(now)).toBe(true);
    await now.click();
    await expect
      .poll(() => readFileSync(articleFile(), 'utf8'), { timeout: 15_000 })
      .toContain('publishDate: 2026-11-21\n');
  });

  it('a wrong date is refused with a message saying how to write it', async () => {
    await open('/collections/articles/new');
    const date = page.getByLabel('Ngày đăng', { exact: true });
    await date.fill('31/11/2026');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay', { exact: true }).click();
    await page.getByText('Ngày đăng: ngày chưa đúng. Hãy viết ngày/tháng/năm, ví dụ 23/11/2026.').first().waitFor();
  });

  it('the unit picker names each unit’s kind, so the ward is told apart from its groups', async () => {
    await open('/collections/hotlines/new');
    const label = page.locator('label', { hasText: /^Đơn vị/ }).first();
    const id = await label.getAttribute('for');
    await page.locator(`[id="${id}"]`).click();
    for (const name of ['phường Điện Biên', 'tổ dân phố Số 1', 'tổ dân phố Số 2'])
      await page.getByText(name, { exact: true }).waitFor();
    await expectNoEnglish('the unit picker');
    // Typed without marks, as on a phone: "so 2" finds "Số 2" and only it.
    await page.keyboard.type('so 2');
    await page.getByText('tổ dân phố Số 2', { exact: true }).waitFor();
    await expect.poll(() => page.getByText('tổ dân phố Số 1', { exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await expectListBarFits('Thêm danh sách liên hệ');
  });

  it('the publish button, its menu and delete are on the phone’s screen', async () => {
    await open('/collections/articles/entries/ma-tuy-nup-bong');
    const publish = page.getByRole('button', { name: 'Đã công bố' });
    await publish.waitFor();
    expect(await onScreen(publish)).toBe(true);
    const remove = page.getByRole('button', { name: 'Xoá mục này' });
    expect(await onScreen(remove)).toBe(true);
    // The form takes the whole width: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await onScreen(page.getByLabel('Tiêu đề', { exact: true }))).toBe(true);
    await open('/collections/articles/new');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    for (const item of ['Công bố ngay', 'Công bố rồi viết mục mới'])
      expect(await onScreen(page.getByText(item, { exact: true }))).toBe(true);
    await expectNoEnglish('the publish menu');
  });
});
