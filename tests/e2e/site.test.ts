/** The demo commune in a real browser: every page type opens with its content, prints cleanly, and needs no JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { BuildResult } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { launchBrowser } from '../helpers/browser';
import { serveDir, type Served } from '../../tools/static-server';
import { internalLinks, pagePaths, readPage, resolvesIn } from '../helpers/site-files';
import { isEditorOnly, routes } from '../../src/utils/routes';
import { withoutRegistration } from '../helpers/offline';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { demoContent, TEST_TODAY } from '../helpers/build';
import { posterPaths } from '../../src/posters/paths';
import { isQuizPath } from '../../src/data/quiz';

let build: BuildResult;
let served: Served;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  build = demoBuild();
  if (!build.ok) throw new Error(build.output);
  served = await serveDir(build.outDir);
  browser = await launchBrowser();
  // Readers' pages must work with JavaScript off.
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(path: string) {
  const response = await page.goto(served.url + path);
  return { status: response!.status(), h1: (await page.locator('h1').first().textContent())?.trim() ?? '' };
}

/** One page of each type, with the heading it must show. */
const sectionPages: [path: string, heading: string][] = [
  ['/', 'Cổng thông tin phòng, chống ma túy xã Lạc Phượng'],
  ['/bai-viet/', 'Bài viết'],
  ['/bai-viet/chuyen-muc/ma-tuy-moi/', 'Chuyên mục: Ma túy mới, ma túy núp bóng'],
  ['/bai-viet/cach-to-giac-toi-pham-ma-tuy/', 'Cách tố giác tội phạm ma túy'],
  ['/duong-day-nong/', 'Đường dây nóng phòng, chống ma túy'],
  ['/duong-day-nong/dong-lac/', 'Đường dây nóng phòng, chống ma túy: Thôn Đông Lạc'],
  ['/mo-hinh/', 'Mô hình'],
  ['/mo-hinh/gia-dinh-khong-ma-tuy/', 'Gia đình'],
  ['/bai-giang/', 'Bài giảng'],
  ['/bai-giang/cap/thcs/', 'Bài giảng: Trung học cơ sở'],
  ['/chien-dich/', 'Chiến dịch'],
  ['/chien-dich/thang-hanh-dong-phong-chong-ma-tuy-nam-2026/', 'Tháng hành động phòng, chống ma túy năm 2026'],
  ['/van-ban/', 'Văn bản'],
  ['/van-ban/ke-hoach-kien-toan-mo-hinh-xa-khong-ma-tuy/', 'Kế hoạch'],
  ['/phat-thanh/', 'Phát thanh'],
  ['/mau-cam-ket/', 'Mẫu cam kết'],
  ['/gioi-thieu/', 'Giới thiệu và liên hệ'],
];

describe('demo commune: xã Lạc Phượng', () => {
  it.each(sectionPages)('%s opens and shows its content', async (path, heading) => {
    const { status, h1 } = await open(path);
    expect(status).toBe(200);
    expect(h1).toContain(heading);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('main').innerText()).not.toHaveLength(0);
  });

  it('shows the hotline at one tap from every page', async () => {
    for (const path of ['/', '/bai-viet/', '/bai-giang/']) {
      await open(path);
      const href = await page.locator('header a[href^="tel:"]').first().getAttribute('href');
      expect(href).toMatch(/^tel:0\d{9,10}$/);
    }
  });

  it('lists every village board with tap-to-call numbers, marking example numbers', async () => {
    await open('/duong-day-nong/');
    const villages = await page.locator('main a[href^="/duong-day-nong/"]').count();
    expect(villages).toBeGreaterThanOrEqual(6);
    await open('/duong-day-nong/dong-lac/');
    expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('main').innerText()).toContain('số minh họa');
  });

  it('answers an unknown address with the Vietnamese 404 page', async () => {
    const before = consoleErrors.length;
    const { status, h1 } = await open('/khong-co-trang-nay/');
    expect(status).toBe(404);
    expect(h1).toBe('Không tìm thấy trang');
    // The browser reports the 404 status itself as a console error; that one is expected.
    expect(consoleErrors.splice(before)).toEqual([expect.stringContaining('404')]);
  });

  it('prints a hotline page without menus and breadcrumbs', async () => {
    await open('/duong-day-nong/dong-lac/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="Đường dẫn"]').isVisible()).toBe(false);
    expect(await page.locator('main a[href^="tel:"]').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('logs no error in the browser console on any page type', async () => {
    // Its own browser page, so it holds whatever the other tests ran or skipped.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const fresh = await context.newPage();
    const errors: string[] = [];
    fresh.on('console', (m) => m.type() === 'error' && errors.push(`${fresh.url()}: ${m.text()}`));
    fresh.on('pageerror', (e) => errors.push(`${fresh.url()}: ${e.message}`));
    try {
      for (const [path] of sectionPages) expect((await fresh.goto(served.url + path))!.status(), path).toBe(200);
    } finally {
      await context.close();
    }
    expect(errors).toEqual([]);
  });
});

describe('the built demo site', () => {
  it('has lang="vi", no script on reader pages, and no broken internal link or image', () => {
    const pages = pagePaths(build.outDir).filter((p) => !p.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThan(50);
    for (const path of pages) {
      const html = readPage(build.outDir, path);
      // Every page is Vietnamese but the one on organisation and contacts in English (Decree 42/2022/NĐ-CP).
      expect(html, path).toContain(path === routes.english() ? '<html lang="en"' : '<html lang="vi"');
      // The search page is the one reader page with a script (external, tests/search checks it), besides the
      // offline worker's registration on every page (tests/offline), and the quizzes' checking (tests/e2e/quiz.test.ts).
      if (!isEditorOnly(path) && path !== routes.search() && !isQuizPath(path))
        expect(withoutRegistration(html), path).not.toContain('<script');
      for (const link of internalLinks(html)) expect(resolvesIn(build.outDir, link), `${path} → ${link}`).toBe(true);
    }
  });

  it('keeps drafts and future posts out of every public output; a published post is in each', () => {
    const draft = articleWhere((a) => a.draft === true);
    const future = articleWhere((a) => a.draft !== true && String(a.publishDate) > TEST_TODAY);
    const published = articleWhere((a) => a.draft !== true && String(a.publishDate) <= TEST_TODAY);
    const outputs = publicOutputs(build.outDir);
    const share = (slug: string) => posterPaths.share(routes.entry('articles', slug));
    for (const { slug } of [draft, future]) {
      expect(pagePaths(build.outDir), slug).not.toContain(routes.entry('articles', slug));
      expect(resolvesIn(build.outDir, share(slug)), share(slug)).toBe(false);
      // Pages, lists, feed, sitemaps, the search index and every other public file, by address or file name.
      const holding = outputs.filter((o) => o.path.includes(slug) || o.text.includes(slug));
      expect(
        holding.map((o) => o.path),
        slug,
      ).toEqual([]);
    }
    expect(pagePaths(build.outDir)).toContain(routes.entry('articles', published.slug));
    expect(resolvesIn(build.outDir, share(published.slug))).toBe(true);
    for (const where of [routes.rss(), '/sitemap-0.xml', routes.section('articles')])
      expect(readPage(build.outDir, where), where).toContain(published.slug);
    expect(
      outputs.some(
        (o) => o.path.startsWith('/pagefind/fragment/') && o.text.includes(routes.entry('articles', published.slug)),
      ),
    ).toBe(true);
  });
});

/** A demo article matching the condition, read from its front matter (the test fails if the demo has none). */
function articleWhere(test: (data: Record<string, unknown>) => boolean): {
  slug: string;
  data: Record<string, unknown>;
} {
  const folder = join(demoContent, 'articles');
  const found = readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      slug: f.replace(/\.mdx$/, ''),
      data: parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, f), 'utf8'))![1]!) as Record<
        string,
        unknown
      >,
    }))
    .find((a) => test(a.data));
  expect(found, 'the demo content has no such article').toBeDefined();
  return found!;
}

/** Every file of the build readers can reach (not the editors' pages), with its text; search fragments unzipped. */
function publicOutputs(outDir: string): { path: string; text: string }[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((f) => ({ file: join(outDir, f), path: `/${f.split(sep).join('/')}` }))
    .filter(
      ({ file, path }) =>
        statSync(file).isFile() && !isEditorOnly(path.replace(/index\.html$/, '')) && !path.startsWith('/admin/'),
    )
    .map(({ file, path }) => {
      const bytes = readFileSync(file);
      const text = path.endsWith('.pf_fragment')
        ? gunzipSync(bytes).toString('utf8')
        : /\.(html|xml|json|txt|js|webmanifest)$/.test(path)
          ? bytes.toString('utf8')
          : '';
      return { path, text };
    });
}
