/**
 * The phone header stays compact on every page type (title, the number to call, search, a folded menu) and its
 * menu opens without JavaScript, from a tap or the keyboard; on a desktop screen the whole menu shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoBuild } from '../helpers/demo';
import { launchBrowser } from '../helpers/browser';
import { pagePaths } from '../helpers/site-files';
import { serveDir, type Served } from '../../tools/static-server';
import { formatPhone } from '../../src/utils/phone';
import { ui } from '../../src/i18n/vi';

let served: Served;
let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;
let types: [string, string][];

/** The first built page whose path matches, so the test follows the content, not a slug written here. */
function first(paths: string[], pattern: RegExp): string {
  const found = paths.find((p) => pattern.test(p));
  if (!found) throw new Error(`no built page matches ${pattern}`);
  return found;
}

beforeAll(async () => {
  const build = demoBuild();
  if (!build.ok) throw new Error(build.output);
  const paths = pagePaths(build.outDir);
  types = [
    ['home', '/'],
    ['article', first(paths, /^\/bai-viet\/(?!trang\/|chuyen-muc\/)[^/]+\/$/)],
    ['list', '/bai-viet/'],
    ['category', first(paths, /^\/bai-viet\/chuyen-muc\/[^/]+\/$/)],
    ['hotline', first(paths, /^\/duong-day-nong\/[^/]+\/$/)],
    ['lesson', first(paths, /^\/bai-giang\/(?!cap\/)[^/]+\/$/)],
    ['campaign', first(paths, /^\/chien-dich\/[^/]+\/$/)],
    ['document', first(paths, /^\/van-ban\/[^/]+\/$/)],
    ['search', '/tim-kiem/'],
    ['sitemap', '/so-do-trang/'],
    ['english', '/en/'],
    ['404', '/khong-co-trang-nay/'],
  ];
  served = await serveDir(build.outDir);
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(served.url + path);
  return page;
}

describe('phone header (390×844, JavaScript off)', () => {
  it('is under 200 px tall on every page type, with the number it dials on the call button', async () => {
    const heights: Record<string, number> = {};
    for (const [type, path] of types) {
      const page = await open(phone, path);
      heights[type] = await page.locator('header[role="banner"]').evaluate((h) => h.getBoundingClientRect().height);
      const call = page.locator('header a[href^="tel:"]');
      const href = (await call.getAttribute('href'))!;
      expect(await call.innerText(), `${type} ${path}`).toContain(formatPhone(href.slice(4)));
      expect(await page.locator('header summary').isVisible(), `${type} ${path}`).toBe(true);
      expect(await page.locator('header nav a').first().isVisible(), `${type} ${path}: menu folded`).toBe(false);
      await page.close();
    }
    for (const [type, height] of Object.entries(heights)) expect(height, `${type}: ${height}px`).toBeLessThan(200);
  });

  it('opens the folded menu with a tap and with the keyboard, without JavaScript', async () => {
    const page = await open(phone, '/bai-viet/');
    const summary = page.locator('header summary');
    expect(await summary.innerText()).toContain(ui.menu);
    await summary.click();
    const links = page.locator(`header nav[aria-label="${ui.menu}"] a`);
    expect(await links.first().isVisible()).toBe(true);
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('header nav a[aria-current="page"]').innerText()).toBe(ui.nav.articles);
    // The opened menu lies over the page; it does not push the header taller.
    expect(await page.locator('header[role="banner"]').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(
      200,
    );
    await summary.click();
    expect(await links.first().isVisible()).toBe(false);
    // Keyboard: focus the button, Enter opens, Tab reaches the first link.
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await links.first().isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(ui.menu);
    await page.close();
  });
});

describe('desktop header (1280×800)', () => {
  it('shows the whole menu with no menu button', async () => {
    const page = await open(desktop, '/');
    expect(await page.locator('header summary').isVisible()).toBe(false);
    const links = page.locator('header nav a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) expect(await links.nth(i).isVisible()).toBe(true);
    await page.close();
  });
});
