/**
 * Offline use in Chromium, on the demo build served with the production headers (CSP included): after visiting
 * the home page and an article, with the network gone, the hotline pages, the home page and that article open;
 * a page never visited shows the offline page with the commune's numbers; the CMS and the search index are never
 * cached; and a new build (a new worker id) replaces the cache at the next visit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoBuild } from '../helpers/demo';
import { launchBrowser } from '../helpers/browser';
import { serveWithHeaders, type HeaderServer } from '../safety/serve-with-headers';
import { offlinePaths } from '../../src/offline/paths';
import { newBuildId } from '../../src/offline/service-worker';
import { offlineText } from '../../src/i18n/offline';

let site: string;
let served: HeaderServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors (offline, the failed loads are expected; CSP violations never are). */
const consoleErrors: string[] = [];

const html = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const h1 = (path: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html(path))![1]!
    .replace(/<[^>]+>/g, '')
    .trim();
const telLinks = (text: string) => [...new Set([...text.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]!))].sort();
const workerId = () => /"id":"([^"]+)"/.exec(readFileSync(join(site, offlinePaths.worker), 'utf8'))![1]!;
const articles = () =>
  readdirSync(join(site, 'bai-viet'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['trang', 'chuyen-muc'].includes(d.name))
    .map((d) => `/bai-viet/${d.name}/`);
const hotlinePages = () => [
  '/duong-day-nong/',
  ...readdirSync(join(site, 'duong-day-nong'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/duong-day-nong/${d.name}/`),
];
const cacheNames = () => page.evaluate(() => caches.keys());
const cachedPaths = () =>
  page.evaluate(async () =>
    (
      await Promise.all(
        (await caches.keys()).map(async (k) =>
          (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname),
        ),
      )
    ).flat(),
  );
/** Opens a page and returns its h1 (offline: whatever the worker answered). */
async function open(path: string): Promise<string> {
  await page.goto(served.url + path);
  return (await page.locator('h1').first().textContent())!.trim();
}

beforeAll(async () => {
  const built = demoBuild();
  expect(built.ok, built.output).toBe(true);
  // A copy: the last test deploys a "new build" over it.
  site = join(mkdtempSync(join(tmpdir(), 'offline-site-')), 'dist');
  cpSync(built.outDir, site, { recursive: true });
  served = await serveWithHeaders(site);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (site) rmSync(join(site, '..'), { recursive: true, force: true });
});

describe('offline', () => {
  let article: string;
  let unvisited: string;
  let online: { header: string };

  it('the home page registers the worker, which saves the hotline pages and takes control', async () => {
    [article, unvisited] = articles() as [string, string];
    await open('/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    expect(await cacheNames()).toEqual([`portal-${workerId()}`]);
    const saved = await cachedPaths();
    for (const p of [...hotlinePages(), '/', '/gioi-thieu/', offlinePaths.page]) expect(saved, p).toContain(p);
    online = {
      header: await page.evaluate(() => getComputedStyle(document.querySelector('body > header')!).backgroundColor),
    };
  });

  it('keeps an article once it is read, and nothing else the reader opened', async () => {
    expect(await open(article)).toBe(h1(article));
    await page.goto(served.url + '/tim-kiem/?q=ma+tuy', { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.evaluate(async (p) => !!(await caches.match(p)), article), { timeout: 10_000 })
      .toBe(true);
    const saved = await cachedPaths();
    expect(saved).not.toContain('/tim-kiem/');
    expect(saved.filter((p) => p.startsWith('/admin') || p.startsWith('/pagefind'))).toEqual([]);
  });

  it('with no network: the read article, the home page and every hotline page open, styled', async () => {
    await context.setOffline(true);
    await page.goto(served.url + article);
    await page.reload();
    expect((await page.locator('h1').first().textContent())!.trim()).toBe(h1(article));
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('body > header')!).backgroundColor)).toBe(
      online.header,
    );
    expect(await open('/')).toBe(h1('/'));
    for (const p of hotlinePages()) {
      expect(await open(p), p).toBe(h1(p));
      expect(await page.locator('a[href^="tel:"]').count(), p).toBeGreaterThan(1);
    }
  });

  it("with no network: a page never opened shows the offline page, with the commune's numbers to call", async () => {
    for (const p of [unvisited!, '/van-ban/', '/tim-kiem/']) {
      expect(await open(p), p).toBe(offlineText.offline.title);
      expect(page.url()).toBe(served.url + p);
    }
    const shown = await page
      .locator('main a[href^="tel:"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const communeBoard = /<section class="card[^"]*border-alert"[\s\S]*?<\/section>/.exec(html('/duong-day-nong/'))![0];
    expect([...new Set(shown)].sort()).toEqual(telLinks(communeBoard));
    // The CMS is never answered by the worker: offline, it fails as it would without one.
    const admin = await page.goto(served.url + '/admin/').catch((e: Error) => e);
    expect(admin).toBeInstanceOf(Error);
  });

  it('a new build replaces the worker and its cache at the next visit; the page read online is the new one', async () => {
    await context.setOffline(false);
    const oldId = workerId();
    const newId = newBuildId();
    expect(newId).not.toBe(oldId);
    // What a deploy changes, as the browser sees it: a new worker id and new pages.
    writeFileSync(
      join(site, offlinePaths.worker),
      readFileSync(join(site, offlinePaths.worker), 'utf8').replace(oldId, newId),
    );
    const title = h1('/');
    writeFileSync(
      join(site, 'index.html'),
      html('/').replace(/(<h1[^>]*>)([\s\S]*?)(<\/h1>)/, `$1${title} (bản mới)$3`),
    );
    // Network first: the first visit after the deploy already shows the new page.
    expect(await open('/')).toBe(`${title} (bản mới)`);
    await expect.poll(cacheNames, { timeout: 30_000 }).toEqual([`portal-${newId}`]);
    await context.setOffline(true);
    expect(await open('/')).toBe(`${title} (bản mới)`);
    expect(await open('/duong-day-nong/')).toBe(h1('/duong-day-nong/'));
    await context.setOffline(false);
  });

  it('an article that was the first page of the visit (read before the worker ran) is kept too', async () => {
    const fresh = await browser.newContext();
    try {
      const first = await fresh.newPage();
      await first.goto(served.url + unvisited);
      await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      await expect
        .poll(() => first.evaluate(async (p) => !!(await caches.match(p)), unvisited), { timeout: 10_000 })
        .toBe(true);
      await fresh.setOffline(true);
      await first.reload();
      expect((await first.locator('h1').first().textContent())!.trim()).toBe(h1(unvisited));
    } finally {
      await fresh.close();
    }
  });

  it('broke no rule of the Content-Security-Policy (the worker, its registration, the manifest and icons)', () => {
    expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });
});
