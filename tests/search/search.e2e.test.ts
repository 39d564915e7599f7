/**
 * Search on the built demo commune, in headless Chromium: what residents type (with and without diacritics,
 * NFD, upper case, slang, several words, a listed misspelling) finds the page they mean in the top 3; typed
 * diacritics rank exact spellings first; filters narrow; browsing by filter needs no query; no results gives
 * the hotline; all of it by keyboard, announced to screen readers; and other pages load no script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoBuild } from '../helpers/demo';
import { buildSite, fixtureSite } from '../helpers/build';
import { launchBrowser } from '../helpers/browser';
import { serveDir, type Served } from '../../tools/static-server';
import { readPage } from '../helpers/site-files';
import { foldAll, spellingKey } from '../../src/search/query/fold';
import { queryWords } from '../../src/search/query/query-plan';
import { significance } from '../../src/search/query/stop-words';
import { BUNDLE_URL, CLOSEST_LIMIT, D_WORDS_FILE, PAGE_SIZE, PLACES_URL } from '../../src/search/config';
import { searchText as t } from '../../src/i18n/search';
import { isOfflineScript, withoutRegistration } from '../helpers/offline';

const SEARCH = '/tim-kiem/';
const nfd = (s: string) => s.normalize('NFD');

let outDir: string;
let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const build = demoBuild();
  if (!build.ok) throw new Error(build.output);
  outDir = build.outDir;
  served = await serveDir(outDir);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const status = () => page.locator('#tim-kiem-trang-thai');
const results = () => page.locator('#tim-kiem-ket-qua > li');
const moreButton = () => page.locator('#tim-kiem-them');

/** Waits until the search page has answered (the status is no longer empty or "searching"). */
async function settled(on: Page = page): Promise<string> {
  await on.waitForFunction(
    (loading) => {
      const text = document.getElementById('tim-kiem-trang-thai')?.textContent ?? '';
      return (
        text !== '' &&
        text !== loading &&
        document.getElementById('tim-kiem-ket-qua')?.getAttribute('aria-busy') !== 'true'
      );
    },
    t.loading,
    { timeout: 20_000 },
  );
  return (await on.locator('#tim-kiem-trang-thai').textContent()) ?? '';
}

async function searchFor(
  query: string,
  filters: Record<string, string> = {},
  site: Served = served,
): Promise<string[]> {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`${site.url}${SEARCH}?${params}`);
  await settled();
  return shownHrefs();
}

/** The links of the results shown. */
const shownHrefs = () =>
  results().evaluateAll((items) => items.map((li) => li.querySelector('h2 a')!.getAttribute('href')!));

/** Every result of the list, pressing "more" until it is gone (the list shows PAGE_SIZE at a time). */
async function allResults(): Promise<string[]> {
  for (let i = 0; i < 100 && (await moreButton().isVisible()); i++) {
    const before = await results().count();
    await moreButton().click();
    await page.waitForFunction((n) => document.querySelectorAll('#tim-kiem-ket-qua > li').length > n, before);
  }
  expect(await moreButton().isVisible()).toBe(false);
  return shownHrefs();
}

/** A search, with every result it found (not only the first page). */
async function searchAll(
  query: string,
  filters: Record<string, string> = {},
  site: Served = served,
): Promise<string[]> {
  await searchFor(query, filters, site);
  return allResults();
}

// What residents type → a page that must be in the top 3.
const table: [string, string, string][] = [
  ['no diacritics', 'duong day nong', '/duong-day-nong/'],
  ['with diacritics', 'đường dây nóng', '/duong-day-nong/'],
  ['upper case', 'ĐƯỜNG DÂY NÓNG', '/duong-day-nong/'],
  ['NFD (Telex/VNI keyboards)', nfd('Đường dây nóng'), '/duong-day-nong/'],
  ['NFD, no đ', nfd('tố giác tội phạm'), '/bai-viet/cach-to-giac-toi-pham-ma-tuy/'],
  ['no diacritics, several words', 'to giac toi pham', '/bai-viet/cach-to-giac-toi-pham-ma-tuy/'],
  ['no diacritics, d for đ', 'dong lac', '/duong-day-nong/dong-lac/'],
  ['no diacritics, d for d', 'van duong', '/duong-day-nong/van-duong/'],
  [
    'slang typed correctly',
    'nước vui',
    '/bai-viet/nhan-dien-ma-tuy-nup-bong-nuoc-vui-tem-giay-bong-cuoi-va-thuoc-la-dien-tu/',
  ],
  [
    'slang without diacritics',
    'nuoc vui',
    '/bai-viet/nhan-dien-ma-tuy-nup-bong-nuoc-vui-tem-giay-bong-cuoi-va-thuoc-la-dien-tu/',
  ],
  [
    'slang, mixed case',
    'Tem Giấy',
    '/bai-viet/nhan-dien-ma-tuy-nup-bong-nuoc-vui-tem-giay-bong-cuoi-va-thuoc-la-dien-tu/',
  ],
  ['slang', 'bong cuoi', '/bai-giang/thuoc-la-dien-tu-bong-cuoi-va-ma-tuy-tra-hinh/'],
  ['slang only in the synonym list (vape)', 'vape', '/bai-giang/thuoc-la-dien-tu-bong-cuoi-va-ma-tuy-tra-hinh/'],
  [
    'slang only in the synonym list (khí cười → N2O)',
    'khi cuoi',
    '/bai-viet/nhan-dien-ma-tuy-nup-bong-nuoc-vui-tem-giay-bong-cuoi-va-thuoc-la-dien-tu/',
  ],
  [
    'slang only in the synonym list (kẹo ke → ketamine)',
    'kẹo ke',
    '/phat-thanh/ma-tuy-tong-hop-hiem-hoa-doi-voi-tuoi-tre/',
  ],
  [
    'slang only in the synonym list (hàng trắng → heroin)',
    'hang trang',
    '/bai-viet/ma-tuy-moi-lien-tuc-thay-hinh-doi-dang-nguoi-dan-can-biet-gi/',
  ],
  [
    'misspelling listed by editors (cần xa → cần sa)',
    'can xa',
    '/bai-viet/ma-tuy-moi-lien-tuc-thay-hinh-doi-dang-nguoi-dan-can-biet-gi/',
  ],
  ['old tone placement', 'ma tuý tổng hợp', '/bai-viet/tac-hai-cua-ma-tuy-tong-hop-doi-voi-thanh-thieu-nien/'],
  [
    'slang without diacritics, d for đ (ma túy đá)',
    'ma tuy da',
    '/bai-viet/tac-hai-cua-ma-tuy-tong-hop-doi-voi-thanh-thieu-nien/',
  ],
  ['upper case with diacritics', 'MA TÚY TỔNG HỢP', '/phat-thanh/ma-tuy-tong-hop-hiem-hoa-doi-voi-tuoi-tre/'],
  [
    'no diacritics, electronic cigarettes',
    'thuoc la dien tu',
    '/phat-thanh/canh-giac-ma-tuy-nup-bong-trong-do-uong-va-thuoc-la-dien-tu/',
  ],
  ['a lesson by its title', 'ky nang tu choi', '/bai-giang/ky-nang-tu-choi-va-tim-su-giup-do/'],
  ['a form', 'cam ket gia dinh', '/mau-cam-ket/ban-cam-ket-gia-dinh-khong-ma-tuy/'],
  [
    'a law and a year',
    'luat phong chong ma tuy 2021',
    '/bai-viet/luat-phong-chong-ma-tuy-nam-2021-nhung-dieu-moi-gia-dinh-can-biet/',
  ],
  [
    'a document number',
    '240/KH-UBND',
    '/bai-viet/ke-hoach-240-kh-ubnd-kien-toan-mo-hinh-xa-khong-ma-tuy-tai-lac-phuong/',
  ],
  ['a model, d for đ', 'doanh nghiep dong hanh', '/mo-hinh/doanh-nghiep-dong-hanh/'],
  ['a campaign', 'thang hanh dong 2027', '/chien-dich/thang-hanh-dong-phong-chong-ma-tuy-nam-2027/'],
  ['a broadcast', 'viec nhe luong cao', '/bai-giang/phap-luat-ve-ma-tuy-va-bay-viec-nhe-luong-cao/'],
];

describe('the query table: the page meant is in the top 3', () => {
  it.each(table)('%s: “%s”', async (_kind, query, expected) => {
    const found = await searchFor(query);
    expect(found.slice(0, 3), `top of ${JSON.stringify(found.slice(0, 5))}`).toContain(expected);
  });
});

/** A built page's text as search sees it, folded (marks off, đ as d): its text and its metadata values. */
function foldedText(outDir: string, href: string): string {
  const html = readPage(outDir, href);
  const values = [...html.matchAll(/data-value="([^"]*)"/g)].map((m) => m[1]);
  return foldAll(`${html.replace(/<[^>]*>/g, ' ')} ${values.join(' ')}`.replace(/&[a-z]+;|&#\d+;/g, ' '));
}

/** Whether the folded text holds every significant word of a query, each at the start of a word. */
function holdsAll(text: string, query: string): boolean {
  const words = queryWords(query);
  const keep = significance(words);
  return words.every(
    (w, i) => !keep[i] || new RegExp(`(^|[^\\p{L}\\p{N}])${foldAll(w).replace(/[^\p{L}\p{N}]/gu, '')}`, 'u').test(text),
  );
}

const closestItems = () => page.locator('#tim-kiem-gan-nhat-ds > li');

describe('precision: a result holds every significant word, or the page says so', () => {
  it('a query whose words are mostly absent lists no page as a result; the closest pages come in a labelled list', async () => {
    const query = 'tổ chức tiêm vắc xin cho trẻ ma túy';
    expect(await searchFor(query)).toEqual([]);
    expect(await status().textContent()).toBe(t.noResultsFor(query));
    const section = page.locator('#tim-kiem-gan-nhat');
    expect(await section.isVisible()).toBe(true);
    expect(await section.locator('h2').textContent()).toBe(
      t.closestTitle(['tổ', 'chức', 'tiêm', 'vắc', 'xin', 'trẻ', 'ma', 'túy']),
    );
    expect(await section.getAttribute('aria-labelledby')).toBe(await section.locator('h2').getAttribute('id'));
    const near = await closestItems().evaluateAll((items) =>
      items.map((li) => li.querySelector('h3 a')!.getAttribute('href')!),
    );
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThanOrEqual(CLOSEST_LIMIT);
    // The closest pages hold some of the words ("ma túy" is on most pages), not all.
    for (const href of near) expect(holdsAll(foldedText(outDir, href), query), href).toBe(false);
    expect(await page.locator('#tim-kiem-khong-thay').isVisible()).toBe(true);
    expect(await moreButton().isVisible()).toBe(false);
  });

  it('stop words need not be on the page; every other word must', async () => {
    const found = await searchAll('cách tố giác tội phạm ma túy của người dân');
    expect(found.slice(0, 3)).toContain('/bai-viet/cach-to-giac-toi-pham-ma-tuy/');
    for (const href of found)
      expect(holdsAll(foldedText(outDir, href), 'cách tố giác tội phạm ma túy người dân'), href).toBe(true);
    expect(await page.locator('#tim-kiem-gan-nhat').isVisible()).toBe(false);
  });

  it.each(['luat phong chong ma tuy 2021', 'ky nang tu choi', 'tem giay', 'doanh nghiep dong hanh'])(
    'every result of “%s” holds every word',
    async (query) => {
      const found = await searchAll(query);
      expect(found.length).toBeGreaterThan(0);
      for (const href of found) expect(holdsAll(foldedText(outDir, href), query), href).toBe(true);
    },
  );

  it('a slang word that means a phrase finds only pages holding that phrase, word after word', async () => {
    const found = await searchAll('vape');
    expect(found.length).toBeGreaterThan(3);
    const phrases = ['thuoc la dien tu', 'thuoc la nung nong', 'vape'];
    for (const href of found) {
      const text = foldedText(outDir, href).replace(/[^\p{L}\p{N}]+/gu, ' ');
      expect(
        phrases.some((p) => text.includes(p)),
        href,
      ).toBe(true);
    }
  });

  it('excerpts come from the body: never the date line, the facts list or the chips', async () => {
    for (const query of ['da', 'dang', 'ma tuy da', 'ke hoach', 'van ban', 'bai viet', 'phat thanh', 'hoc sinh']) {
      await searchAll(query);
      const excerpts = await results().evaluateAll((items) =>
        items.map((li) => li.querySelector('article > p:last-child')!.textContent!),
      );
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        for (const label of [
          'Đăng ngày',
          'Loại văn bản',
          'Số, ký hiệu',
          'Cơ quan ban hành',
          'Dành cho:',
          'Thời lượng',
        ]) {
          expect(excerpt, `${query}: ${excerpt}`).not.toContain(label);
        }
      }
    }
  });

  it('“da” never highlights “Đăng” (a guessed đ is a whole word: đá, đã)', async () => {
    for (const query of ['da', 'ma tuy da']) {
      await searchAll(query);
      const marks = await results().evaluateAll((items) =>
        items.flatMap((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent!)),
      );
      expect(marks.length, query).toBeGreaterThan(0);
      expect(
        marks.filter((m) => /^đăng/iu.test(m)),
        query,
      ).toEqual([]);
    }
  });

  it('a word of a village name does not put the village’s hotline page before the pages that use the word', async () => {
    const hung = await searchAll('hưng');
    expect(hung[0]).not.toMatch(/^\/duong-day-nong\//);
    expect(foldedText(outDir, hung[0]!)).toContain('hung phan');
    expect(hung).toContain('/duong-day-nong/tan-hung/');
    const phuc = await searchFor('phuc');
    expect(phuc[0]).not.toMatch(/^\/duong-day-nong\//);
    // Named in full, the village comes first.
    expect((await searchFor('tan hung'))[0]).toBe('/duong-day-nong/tan-hung/');
    expect((await searchFor('thượng phúc'))[0]).toBe('/duong-day-nong/thuong-phuc/');
  });
});

describe('diacritics typed by the reader rank exact spellings first', () => {
  /** The words highlighted in the first n results. */
  async function marksOfFirst(n: number): Promise<string[][]> {
    return results().evaluateAll(
      (items, n) =>
        items
          .slice(0, n)
          .map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent!.replace(/[^\p{L}]/gu, ''))),
      n,
    );
  }

  it.each([
    ['dạy', 3],
    ['dương', 3],
    ['đường', 3],
  ])('“%s”: the first %i results highlight that exact word', async (word, n) => {
    await searchFor(word);
    const marks = await marksOfFirst(n);
    expect(marks).toHaveLength(n);
    for (const words of marks) expect(words.map(spellingKey), JSON.stringify(marks)).toContain(spellingKey(word));
  });

  it('without diacritics finds both “dương” and “đường”', async () => {
    const found = await searchAll('duong');
    expect(found).toContain('/duong-day-nong/van-duong/'); // thôn Vân Dương
    expect(found).toContain('/duong-day-nong/'); // Đường dây nóng
  });
});

describe('results', () => {
  it('show a title link, a type badge, a date when the page has one, and the excerpt with <mark> elements', async () => {
    await searchFor('nước vui');
    const first = results().first();
    expect(await first.locator('h2 a').textContent()).toContain('Nhận diện ma túy núp bóng');
    expect(await first.locator('span').first().textContent()).toBe('Bài viết');
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await first.locator('time').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    // The excerpt's markup became elements, never text.
    expect(await first.innerText()).not.toContain('<mark>');
    expect(await status().textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “nước vui”\.$/);
  });

  it('say which synonym was also searched', async () => {
    await searchFor('vape');
    expect(await page.locator('#tim-kiem-tim-ca').textContent()).toContain('thuốc lá điện tử');
  });
});

describe('paging: PAGE_SIZE results at a time, more on request', () => {
  it('a query without diacritics shows the first results, and “more” appends the next ones until all are shown', async () => {
    const fragments: string[] = [];
    const record = (request: { url: () => string }) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/fragment/')) fragments.push(path);
    };
    page.on('request', record);
    try {
      const query = 'ma tuy';
      let shown = await searchFor(query);
      const total = Number(/\d+/.exec((await status().textContent()) ?? '')![0]);
      expect(await status().textContent()).toBe(t.found(total, query));
      expect(total).toBeGreaterThan(2 * PAGE_SIZE);
      expect(shown).toHaveLength(PAGE_SIZE);
      // Only the fragments of the results shown are downloaded.
      await page.waitForLoadState('networkidle');
      expect(fragments).toHaveLength(PAGE_SIZE);
      expect(await moreButton().isVisible()).toBe(true);
      expect(await moreButton().textContent()).toBe(t.more);
      // Beside the button (and read with it): how many of the total are shown.
      const note = page.locator(`#${await moreButton().getAttribute('aria-describedby')}`);
      expect(await note.textContent()).toBe(t.shown(PAGE_SIZE, total));
      expect(await note.isVisible()).toBe(true);
      for (let i = 0; i < 100 && (await moreButton().isVisible()); i++) {
        const expected = Math.min(shown.length + PAGE_SIZE, total);
        await moreButton().focus();
        await page.keyboard.press('Enter');
        const announced = `${t.found(total, query)} ${t.shown(expected, total)}`;
        await page.waitForFunction(
          (text) => document.getElementById('tim-kiem-trang-thai')?.textContent === text,
          announced,
        );
        const now = await shownHrefs();
        expect(now).toHaveLength(expected);
        expect(now.slice(0, shown.length)).toEqual(shown);
        // Focus is on the link of the first new result.
        expect(
          await page.evaluate(() => {
            const items = [...document.querySelectorAll('#tim-kiem-ket-qua > li')];
            const active = document.activeElement;
            return active?.matches('h2 a') ? items.indexOf(active.closest('li')!) : -1;
          }),
        ).toBe(shown.length);
        expect(fragments).toHaveLength(expected);
        if (expected < total) expect(await note.textContent()).toBe(t.shown(expected, total));
        shown = now;
      }
      expect(await moreButton().isVisible()).toBe(false);
      expect(await note.isVisible()).toBe(false);
      expect(shown).toHaveLength(total);
      expect(new Set(shown).size).toBe(total);
      expect(await status().textContent()).toBe(`${t.found(total, query)} ${t.shown(total, total)}`);
    } finally {
      page.off('request', record);
    }
  });

  it('a new search starts again at the first page', async () => {
    await searchAll('ma tuy');
    await page.locator('#tim-kiem-o').fill('thuoc la dien tu');
    await page.locator('#tim-kiem-o').press('Enter');
    await page.waitForFunction(
      (q) => document.getElementById('tim-kiem-trang-thai')?.textContent?.includes(q),
      'thuoc la dien tu',
    );
    await settled();
    const total = Number(/\d+/.exec((await status().textContent()) ?? '')![0]);
    expect(await results().count()).toBe(Math.min(total, PAGE_SIZE));
    expect(await moreButton().isVisible()).toBe(total > PAGE_SIZE);
  });

  // On the demo: 4 results, and exactly one page of 5.
  it.each(['ky nang tu choi', 'viec nhe luong cao'])(
    '“%s”: a search with no more results than a page has no “more” button',
    async (query) => {
      const found = await searchFor(query);
      const total = Number(/\d+/.exec((await status().textContent()) ?? '')![0]);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(PAGE_SIZE);
      expect(found).toHaveLength(total);
      expect(await moreButton().isVisible()).toBe(false);
    },
  );
});

describe('the d/đ word list', () => {
  it('is downloaded only for a query with a word typed with d and no mark, once, and then reads d as đ (the place names: only for a query using their words)', async () => {
    // A browser context of its own: nothing cached from the other tests.
    const own = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const fresh = await own.newPage();
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const dWordsList = () => fetched.filter((p) => p === `${BUNDLE_URL}${D_WORDS_FILE}`);
    try {
      await fresh.goto(`${served.url}${SEARCH}?q=${encodeURIComponent('ma túy')}`);
      await settled(fresh);
      await fresh.waitForLoadState('networkidle');
      expect(fetched.filter((p) => p.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
      expect(dWordsList()).toEqual([]);
      // Nor the place names: no word of the query is a word of one.
      expect(fetched).not.toContain(PLACES_URL);
      // "đường dây nóng" typed without marks: found through the list, fetched now.
      await fresh.locator('#tim-kiem-o').fill('duong day nong');
      await fresh.waitForFunction(() => document.getElementById('tim-kiem-trang-thai')?.textContent?.includes('duong'));
      await settled(fresh);
      expect(dWordsList()).toHaveLength(1);
      const top = await fresh
        .locator('#tim-kiem-ket-qua > li h2 a')
        .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')));
      expect(top).toContain('/duong-day-nong/');
      await fresh.locator('#tim-kiem-o').fill('dong lac');
      await fresh.waitForFunction(() => document.getElementById('tim-kiem-trang-thai')?.textContent?.includes('dong'));
      await settled(fresh);
      expect(dWordsList()).toHaveLength(1);
      // "lac" is a word of "Đông Lạc": the names are needed now, and downloaded.
      expect(fetched).toContain(PLACES_URL);
    } finally {
      await own.close();
    }
  });
});

describe('filters and browsing', () => {
  it('a first query loads no worker and no filter index; opening the filter panel shows the chip counts', async () => {
    const fetched: string[] = [];
    const record = (request: { url: () => string }) => fetched.push(new URL(request.url()).pathname);
    page.on('request', record);
    try {
      await searchFor('ma túy');
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((p) => p.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
      expect(fetched.filter((p) => p.includes('worker') || p.startsWith('/pagefind/filter/'))).toEqual([]);
      expect(await page.locator('[data-chip-count]').first().textContent()).toBe('');
      await page.locator('summary', { hasText: t.filtersHeading }).click();
      await page.waitForFunction(() => document.querySelector('[data-chip-count]')?.textContent !== '');
      expect(fetched.filter((p) => p.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
    } finally {
      page.off('request', record);
    }
  });

  it('narrow a search to the chosen type', async () => {
    const all = await searchFor('ma tuy');
    const allCount = Number(/\d+/.exec((await status().textContent()) ?? '')![0]);
    const lessons = await searchAll('ma tuy', { type: 'Bài giảng' });
    const lessonCount = Number(/\d+/.exec((await status().textContent()) ?? '')![0]);
    expect(all.length).toBeGreaterThan(0);
    expect(lessonCount).toBeGreaterThan(0);
    expect(lessonCount).toBeLessThan(allCount);
    expect(lessons.every((href) => href.startsWith('/bai-giang/'))).toBe(true);
    expect(await page.locator('input[name="type"][value="Bài giảng"]').isChecked()).toBe(true);
    expect(await status().textContent()).toContain('lọc theo “Bài giảng”');
  });

  it('browse without a query, by keyboard: all lessons for lower secondary, and the address keeps the choice', async () => {
    await page.goto(served.url + SEARCH);
    await page.locator('#tim-kiem-o').focus();
    const tabTo = async (target: ReturnType<Page['locator']>) => {
      for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    };
    // Open the folded filter panel with Enter, Tab to the lower-secondary chip, tick it with Space.
    await tabTo(page.locator('summary', { hasText: t.filtersHeading }));
    await page.keyboard.press('Enter');
    await tabTo(page.locator('input[name="level"][value="Trung học cơ sở"]'));
    await page.keyboard.press('Space');
    const text = await settled();
    expect(text).toBe(t.browsing(2, '“Trung học cơ sở”'));
    const found = await results().evaluateAll((items) =>
      items.map((li) => li.querySelector('a')!.getAttribute('href')!),
    );
    expect(found.sort()).toEqual([
      '/bai-giang/ky-nang-tu-choi-va-tim-su-giup-do/',
      '/bai-giang/nhan-dien-ma-tuy-nup-bong/',
    ]);
    expect(new URL(page.url()).searchParams.getAll('level')).toEqual(['Trung học cơ sở']);
    expect(await moreButton().isVisible()).toBe(false);
    expect(await page.locator('main summary').textContent()).toContain(t.filtersChosen(1));
  });

  it('browse articles newest first, with page counts on the chips', async () => {
    await page.goto(`${served.url}${SEARCH}?type=${encodeURIComponent('Bài viết')}`);
    await settled();
    const total = Number(/\d+/.exec((await status().textContent()) ?? '')![0]);
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect(await results().count()).toBe(PAGE_SIZE);
    // Newest first across every page of results.
    await allResults();
    const dates = await results().evaluateAll((items) =>
      items.map((li) => li.querySelector('time')!.getAttribute('datetime')!),
    );
    expect(dates).toHaveLength(total);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Once Pagefind has loaded, each chip shows how many pages it holds (read with its label).
    await page.waitForFunction(() => document.querySelector('[data-chip-count]')?.textContent !== '');
    expect(await page.locator('label:has(input[name="type"][value="Bài viết"]) [data-chip-count]').textContent()).toBe(
      `(${total})`,
    );
    expect(await page.locator('label:has(input[name="level"][value="Tiểu học"]) [data-chip-count]').textContent()).toBe(
      '(1)',
    );
  });
});

describe('no results', () => {
  it('says so, gives the commune hotline, suggestions and popular searches that work', async () => {
    const found = await searchFor('xyzqwk');
    expect(found).toEqual([]);
    expect(await status().textContent()).toBe(t.noResultsFor('xyzqwk'));
    const box = page.locator('#tim-kiem-khong-thay');
    expect(await box.isVisible()).toBe(true);
    expect(await box.locator('h2').textContent()).toBe(t.noResultsTitle);
    const site = readPage(outDir, '/');
    const headerTel = /href="(tel:[^"]+)"/.exec(site)![1];
    expect(await box.locator('a[href^="tel:"]').getAttribute('href')).toBe(headerTel);
    expect(await box.locator('li').count()).toBeGreaterThanOrEqual(t.suggestions.length + t.popular.length);
    await box.locator('a', { hasText: 'thuốc lá điện tử' }).click();
    await settled();
    expect(await results().count()).toBeGreaterThan(0);
    expect(await box.isVisible()).toBe(false);
  });
});

describe('a ward’s vocabulary (fixture dien-bien: phường Điện Biên, tổ dân phố)', () => {
  let wardDir: string;
  let ward: Served;

  beforeAll(async () => {
    const build = buildSite(fixtureSite('dien-bien'));
    if (!build.ok) throw new Error(build.output);
    wardDir = build.outDir;
    ward = await serveDir(wardDir);
  });

  afterAll(async () => {
    await ward?.close();
  });

  it.each([
    ['tổ dân phố', ['/duong-day-nong/to-dan-pho-1/', '/duong-day-nong/to-dan-pho-2/']],
    ['to dan pho so 2', ['/duong-day-nong/to-dan-pho-2/']],
    ['phường', ['/bai-viet/duong-day-nong-cua-phuong/']],
    ['cong an phuong dien bien', ['/bai-viet/duong-day-nong-cua-phuong/']],
  ])('“%s” finds %j in the top 3, and every result holds every word', async (query, expected) => {
    const found = await searchAll(query, {}, ward);
    for (const href of expected) expect(found.slice(0, 3), JSON.stringify(found)).toContain(href);
    for (const href of found) expect(holdsAll(foldedText(wardDir, href), query), href).toBe(true);
  });

  it('“khu phố” (not this ward’s word): only pages holding both words, or none and the closest pages', async () => {
    const found = await searchAll('khu phố', {}, ward);
    for (const href of found) expect(holdsAll(foldedText(wardDir, href), 'khu phố'), href).toBe(true);
    expect(found).not.toContain('/duong-day-nong/to-dan-pho-1/');
  });
});

describe('keyboard and screen readers', () => {
  it('the header box sends the query to the search page, which answers in a live region', async () => {
    await page.goto(served.url + '/bai-viet/cach-to-giac-toi-pham-ma-tuy/');
    const box = page.locator('header input[type="search"]');
    expect(await box.getAttribute('id')).toBeTruthy();
    expect(await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()).toBe(t.boxLabel);
    await box.focus();
    await page.keyboard.type('duong day nong');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=duong/);
    await settled();
    expect(await page.locator('#tim-kiem-o').inputValue()).toBe('duong day nong');
    expect(await status().getAttribute('role')).toBe('status');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#tim-kiem-ket-qua').getAttribute('aria-label')).toBe(t.results);
  });

  it('searches as the reader types in the page box, and Enter does not reload the page', async () => {
    await page.goto(served.url + SEARCH);
    await page.locator('#tim-kiem-o').focus();
    await page.keyboard.type('bong cuoi');
    await settled();
    expect(await results().count()).toBeGreaterThan(0);
    const before = page.url();
    await page.keyboard.press('Enter');
    await settled();
    expect(page.url()).toBe(before);
    expect(new URL(page.url()).searchParams.get('q')).toBe('bong cuoi');
  });

  it('has no accessibility violations (axe-core) with results and chips shown', async () => {
    await searchFor('ma tuy', { type: 'Bài giảng' });
    const require = createRequire(import.meta.url);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});

describe('scripts', () => {
  it('the search page loads one external module and no inline script or style', () => {
    const html = readPage(outDir, SEARCH);
    const scripts = [...withoutRegistration(html).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    expect(html).not.toMatch(/<script[^>]*>[^<]/);
    expect(html).not.toMatch(/<style|\sstyle="/);
  });

  it('reader pages with the header box load no script and never touch the search bundle', async () => {
    const requests: string[] = [];
    const listener = (r: { url: () => string }) => requests.push(r.url());
    page.on('request', listener);
    await page.goto(served.url + '/bai-viet/cach-to-giac-toi-pham-ma-tuy/');
    await page.locator('header input[type="search"]').focus();
    await page.keyboard.type('ma tuy');
    page.off('request', listener);
    expect(requests.filter((u) => u.includes('/pagefind/') || (u.endsWith('.js') && !isOfflineScript(u)))).toEqual([]);
    expect(withoutRegistration(readPage(outDir, '/bai-viet/cach-to-giac-toi-pham-ma-tuy/'))).not.toContain('<script');
  });

  it('logs no error in the browser console while searching, filtering, finding nothing and using the header box', async () => {
    // Its own browser page, so it holds whatever the other tests ran or skipped.
    const own = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const fresh = await own.newPage();
    const errors: string[] = [];
    fresh.on('console', (m) => m.type() === 'error' && errors.push(`${fresh.url()}: ${m.text()}`));
    fresh.on('pageerror', (e) => errors.push(`${fresh.url()}: ${e.message}`));
    try {
      for (const params of [{ q: 'duong day nong' }, { q: 'ma tuy', type: 'Bài giảng' }, { q: 'xyzqwk' }] as Record<
        string,
        string
      >[]) {
        await fresh.goto(`${served.url}${SEARCH}?${new URLSearchParams(params)}`);
        expect(await settled(fresh)).not.toBe('');
      }
      await fresh.goto(served.url + '/bai-viet/cach-to-giac-toi-pham-ma-tuy/');
      await fresh.locator('header input[type="search"]').fill('ma tuy');
      await fresh.keyboard.press('Enter');
      await fresh.waitForURL(/\/tim-kiem\/\?q=ma/);
      await settled(fresh);
    } finally {
      await own.close();
    }
    expect(errors).toEqual([]);
  });
});
