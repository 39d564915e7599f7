/**
 * The CMS as editors use it every day, in headless Chromium against the real local backend: entry lists sorted newest
 * first with dates and statuses, filters and search; no "unsaved changes" on an entry nobody edited; one question
 * before a deletion. Dates of the extra fixtures follow the real today, as the admin's statuses do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Dialog, Page } from 'playwright-core';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { fixtureSite } from '../helpers/build';
import type { Served } from '../../tools/static-server';
import { openCms, type CmsSession } from '../helpers/cms-session';
import { vietnamese } from '../../cms/locale';
import { vietnamToday } from '../../src/content-model/collection-list';

const CMS_PORT = 8197;
let content: string;
let served: Served;
let cms: CmsSession;
let page: Page;
/** What the admin wrote to the browser's console. */
const consoleLines: string[] = [];

/** Days after today in Vietnam, as YYYY-MM-DD and as the list writes it. */
function daysFromToday(days: number) {
  const date = new Date(`${vietnamToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const iso = date.toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, short: `${d}/${m}/${y}` };
}
const future = daysFromToday(20);
const past = daysFromToday(-3);

type Phrases = {
  editor: { editorToolbar: { unsavedChanges: string }; editor: { onDeleteWithUnsavedChanges: string } };
};
/** Decap's own Vietnamese and the site's (whichever the admin registers). */
const unsavedTexts = [vi as unknown as Phrases, vietnamese as unknown as Phrases].map(
  (p) => p.editor.editorToolbar.unsavedChanges,
);
const unsavedDeleteTexts = [vi as unknown as Phrases, vietnamese as unknown as Phrases].map(
  (p) => p.editor.editor.onDeleteWithUnsavedChanges,
);

const componentArticle = () => join(content, 'articles/duong-day-nong-cua-phuong.mdx');
const scheduledArticle = () => join(content, 'articles/bai-hen-dang-thang-toi.mdx');

/** Whether the editor shows the unsaved-changes flag. */
async function unsavedShown() {
  for (const text of unsavedTexts) if ((await page.getByText(text, { exact: true }).count()) > 0) return true;
  return false;
}

/** The rows of the open collection list, top to bottom. */
async function rows(collection: string): Promise<string[]> {
  const cards = page.locator(`a[href*="/collections/${collection}/entries/"]`);
  await cards.first().waitFor();
  return (await cards.allTextContents()).map((t) => t.trim());
}

async function openList(collection: string) {
  await page.goto(`${served.url}/admin/#/collections/${collection}`);
  await page.reload();
  await page.locator(`a[href*="/collections/${collection}/entries/"]`).first().waitFor();
}

/** Opens an entry the way editors do: from its row in the list. */
async function openFromList(collection: string, title: string) {
  await openList(collection);
  await page.locator(`a[href*="/collections/${collection}/entries/"]`, { hasText: title }).click();
  await page.getByLabel('Tiêu đề', { exact: true }).waitFor();
  await expect.poll(() => page.getByLabel('Tiêu đề', { exact: true }).inputValue()).toBe(title);
  // Widgets settle (the rich-text editor rewrites the body once it has parsed it).
  await page.locator('[data-slate-editor]').first().waitFor();
  await page.waitForTimeout(1500);
}

beforeAll(async () => {
  const repo = mkdtempSync(join(tmpdir(), 'portal-cms-lists-'));
  content = join(repo, 'content');
  cpSync(fixtureSite('dien-bien'), content, { recursive: true });
  // A draft, a future-dated article (with a "-" bullet list the editor respells as "*") beside the two published ones.
  writeFileSync(
    join(content, 'articles/bai-nhap-chua-dang.mdx'),
    `---\ntitle: Bài nháp chưa đăng\nsummary: Bản nháp thử.\npublishDate: ${past.iso}\ncategory: tac-hai\naudiences: [nguoi-dan]\ndraft: true\n---\n\nNội dung nháp.\n`,
  );
  writeFileSync(
    scheduledArticle(),
    `---\ntitle: Bài hẹn đăng tháng tới\nsummary: Bài đăng vào ngày hẹn.\npublishDate: ${future.iso}\ncategory: phap-luat\naudiences: [nguoi-dan]\n---\n\n## Dấu hiệu\n\n- Đồ uống không nhãn mác\n- Giá cao bất thường\n`,
  );
  cms = await openCms(content, CMS_PORT);
  ({ served, page } = cms);
  page.on('console', (message) => consoleLines.push(message.text()));
  await cms.logIn();
});

afterAll(async () => {
  await cms?.close();
});

describe('entry lists', () => {
  it('lists articles newest first, each with its date and status', async () => {
    await openList('articles');
    expect(await rows('articles')).toEqual([
      `Bài hẹn đăng tháng tới · ${future.short} · Hẹn đăng ngày ${future.short}`,
      `Bài nháp chưa đăng · ${past.short} · Bản nháp`,
      'Cảnh giác với ma túy núp bóng đồ uống · 09/11/2026 · Đã đăng',
      'Đường dây nóng của Công an phường Điện Biên · 02/11/2026 · Đã đăng',
    ]);
  });

  it('filters articles by status and by category', async () => {
    await openList('articles');
    const filter = async (label: string) => {
      const item = page.getByText(label, { exact: true });
      if (!(await item.isVisible())) await page.getByText('Lọc theo', { exact: true }).click();
      await item.click();
    };
    await filter('Trạng thái: Hẹn đăng');
    await expect
      .poll(() => rows('articles'))
      .toEqual([`Bài hẹn đăng tháng tới · ${future.short} · Hẹn đăng ngày ${future.short}`]);
    await filter('Trạng thái: Hẹn đăng');
    await filter('Trạng thái: Đã đăng');
    await expect.poll(async () => (await rows('articles')).length).toBe(2);
    expect((await rows('articles')).every((r) => r.endsWith('· Đã đăng'))).toBe(true);
    await filter('Trạng thái: Đã đăng');
    await filter('Chuyên mục: Tác hại của ma túy');
    await expect.poll(() => rows('articles')).toEqual([`Bài nháp chưa đăng · ${past.short} · Bản nháp`]);
    await filter('Chuyên mục: Tác hại của ma túy');
  });

  it('shows broadcasts and campaigns with their dates and statuses', async () => {
    await openList('broadcasts');
    expect(await rows('broadcasts')).toEqual(['Cảnh giác ma túy núp bóng · 10/11/2026 · Đã phát']);
    await openList('campaigns');
    expect(await rows('campaigns')).toEqual([
      'Tháng hành động phòng, chống ma túy năm 2026 · 01/06/2026 – 30/06/2026 · Đã kết thúc',
    ]);
  });

  it('finds an article by a word of its title', async () => {
    await openList('articles');
    await page.getByPlaceholder(/^Tìm/).fill('núp bóng');
    await page.keyboard.press('Enter');
    const hits = page.locator('a[href*="/entries/"]');
    await expect
      .poll(async () => (await hits.allTextContents()).join('\n'))
      .toContain('Cảnh giác với ma túy núp bóng đồ uống');
    expect((await hits.allTextContents()).join('\n')).not.toContain('Đường dây nóng của Công an phường');
  });

  it('finds titles written with marks from words typed without them', async () => {
    for (const [typed, title] of [
      ['ma tuy', 'Cảnh giác với ma túy núp bóng đồ uống'],
      ['duong day nong', 'Đường dây nóng của Công an phường Điện Biên'],
    ]) {
      await openList('articles');
      await page.getByPlaceholder(/^Tìm/).fill(typed!);
      await page.keyboard.press('Enter');
      const hits = page.locator('a[href*="/entries/"]');
      await expect.poll(async () => (await hits.allTextContents()).join('\n'), { timeout: 15_000 }).toContain(title);
    }
  });

  it('registers each widget once (Decap warns in the console about a widget registered twice)', () => {
    // Recorded from the start: Decap's first line names its version.
    expect(consoleLines.some((line) => line.startsWith('decap-cms-core'))).toBe(true);
    expect(consoleLines.filter((line) => line.includes('Multiple widgets registered'))).toEqual([]);
  });
});

describe('unsaved changes are real changes only', () => {
  it('a new entry nobody touched is not unsaved, and leaving it asks nothing', async () => {
    const questions: string[] = [];
    const answer = (d: Dialog) => {
      questions.push(d.message());
      void d.accept();
    };
    page.on('dialog', answer);
    try {
      await newEntriesUntouched(questions);
    } finally {
      page.off('dialog', answer);
    }
  });

  /** Opens each new entry from its list's "Thêm …" button and leaves it untouched, then makes one real edit. */
  async function newEntriesUntouched(questions: string[]) {
    // Articles fill in defaults as they open (the rich-text body); hotline boards have a required unit and a list.
    for (const [collection, label] of [
      ['articles', 'Bài viết'],
      ['hotlines', 'Bảng số điện thoại đường dây nóng'],
    ] as const) {
      await openList(collection);
      await page.locator(`a[href$="/collections/${collection}/new"]`, { hasText: 'Thêm' }).click();
      await page.waitForURL(`**/collections/${collection}/new`);
      await page
        .locator(collection === 'articles' ? '[data-slate-editor]' : 'label')
        .first()
        .waitFor();
      await page.waitForTimeout(1500);
      expect(await unsavedShown(), collection).toBe(false);
      await page.getByText(`Đang viết trong mục ${label}`).click();
      await page.locator(`a[href*="/collections/${collection}/new"]`).waitFor();
      expect(questions, collection).toEqual([]);
    }
    // An edit is still an edit.
    await page.locator('a[href*="/collections/hotlines/new"]').click();
    await page
      .locator('label', { hasText: /^Vị trí hòm thư/ })
      .first()
      .waitFor();
    const box = await page
      .locator('label', { hasText: /^Vị trí hòm thư/ })
      .first()
      .getAttribute('for');
    await page.locator(`[id="${box}"]`).fill('Cổng trụ sở');
    await expect.poll(unsavedShown).toBe(true);
    // Leaving it now asks, once (and is answered yes).
    await page.getByText('Đang viết trong mục Bảng số điện thoại').click();
    await page.locator('a[href*="/collections/hotlines/new"]').waitFor();
    expect(questions).toHaveLength(1);
  }

  it('opening an entry whose body the editor respells leaves it unchanged', async () => {
    await openFromList('articles', 'Đường dây nóng của Công an phường Điện Biên');
    expect(await unsavedShown()).toBe(false);
    await openFromList('articles', 'Bài hẹn đăng tháng tới');
    expect(await unsavedShown()).toBe(false);
  });

  it('saving an edit writes that edit only, and leaves no unsaved flag behind', async () => {
    const before = readFileSync(componentArticle(), 'utf8');
    await openFromList('articles', 'Đường dây nóng của Công an phường Điện Biên');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt mới của bài.');
    expect(await unsavedShown()).toBe(true);
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay', { exact: true }).click();
    await expect
      .poll(() => readFileSync(componentArticle(), 'utf8'), { timeout: 15_000 })
      .toContain('Tóm tắt mới của bài.');
    const after = readFileSync(componentArticle(), 'utf8');
    // The body is written as it was opened, not in the editor's spelling (Decap re-serialises the front matter itself).
    const bodyOf = (file: string) => file.slice(file.indexOf('\n---\n', 4) + 5);
    expect(bodyOf(after)).toBe(bodyOf(before));
    await page.waitForTimeout(1500);
    expect(await unsavedShown()).toBe(false);
    // Opened again, as saved.
    await openFromList('articles', 'Đường dây nóng của Công an phường Điện Biên');
    expect(await unsavedShown()).toBe(false);
  });

  it('deleting an unedited entry asks once and removes the file', async () => {
    const questions: string[] = [];
    page.on('dialog', (d) => {
      questions.push(d.message());
      void d.accept();
    });
    await openFromList('articles', 'Bài hẹn đăng tháng tới');
    await page.getByRole('button', { name: 'Xoá mục này' }).click();
    await expect.poll(() => existsSync(scheduledArticle()), { timeout: 15_000 }).toBe(false);
    await page.locator('a[href*="/collections/articles/entries/"]').first().waitFor();
    expect(questions).toHaveLength(1);
    expect(unsavedDeleteTexts).not.toContain(questions[0]);
    page.removeAllListeners('dialog');
  });
});
