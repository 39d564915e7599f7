/**
 * Accessibility (WCAG 2.2 AA, Circular 26/2020/TT-BTTTT): axe-core in headless Chromium over every URL of the
 * sitemap (not a sample) and every other page of the build except Decap's own UI, zero violations; the keyboard
 * path, visible focus, skip link and text resize on one page of each kind; the Vietnamese accessibility statement.
 * Each check also runs on a bad fixture page, where it must fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoBuild } from '../helpers/demo';
import { launchBrowser } from '../helpers/browser';
import { serveDir, type Served } from '../../tools/static-server';
import { pagePaths, readPage } from '../helpers/site-files';
import { accessibilityText } from '../../src/i18n/safety';
import { routes } from '../../src/utils/routes';
import { axeViolations, keyboardProblems, resizeProblems, withAxe } from './a11y-checks';
import { onePagePerKind, sitemapPaths } from './site-pages';

let outDir: string;
let served: Served;
let fixtures: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const site = demoBuild();
  if (!site.ok) throw new Error(site.output);
  outDir = site.outDir;
  served = await serveDir(outDir);
  fixtures = await serveDir(join(import.meta.dirname, '../fixtures/safety/a11y'));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await withAxe(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await fixtures?.close();
});

describe('axe-core, WCAG 2.2 AA', () => {
  it('zero violations on every page of the sitemap and every other page (the CMS excepted)', async () => {
    const sitemap = sitemapPaths(outDir);
    const others = pagePaths(outDir).filter((p) => !p.startsWith('/admin/') && !sitemap.includes(p));
    const all = [...sitemap, ...others];
    expect(sitemap.length).toBeGreaterThan(50);
    expect(others).toContain('/404.html');
    const violations: string[] = [];
    for (const path of all) {
      const response = await page.goto(served.url + path);
      expect(response?.status(), path).toBe(path === '/404.html' ? 200 : 200);
      // Every page is Vietnamese but the one on organisation and contacts in English (Decree 42/2022/NĐ-CP).
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe(
        path === routes.english() ? 'en' : 'vi',
      );
      violations.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(violations).toEqual([]);
  });

  it('finds the violations of a bad page (the gate can fail)', async () => {
    await page.goto(`${fixtures.url}/bad.html`);
    const ids = (await axeViolations(page)).map((v) => v.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'label', 'link-name']));
  });
});

describe('keyboard, focus, text size', () => {
  it('on one page of each kind: skip link, header in order, search, visible focus everywhere', async () => {
    const kinds = onePagePerKind(outDir).filter((p) => !p.startsWith('/admin/'));
    expect(kinds.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const path of kinds)
      problems.push(...(await keyboardProblems(page, served.url + path)).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('on one page of each kind: text at 200% and a 320 px screen lose nothing', async () => {
    const problems: string[] = [];
    for (const path of onePagePerKind(outDir).filter((p) => !p.startsWith('/admin/')))
      problems.push(...(await resizeProblems(page, served.url + path)).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('fail on a page without skip link, focus indicator or resizable text (the gate can fail)', async () => {
    const keyboard = await keyboardProblems(page, `${fixtures.url}/bad.html`);
    expect(keyboard.join('\n')).toMatch(/first Tab does not reach a skip link/);
    expect(keyboard.join('\n')).toMatch(/no visible focus indicator/);
    const resize = await resizeProblems(page, `${fixtures.url}/bad.html`);
    expect(resize.join('\n')).toMatch(/text does not grow/);
    expect(resize.join('\n')).toMatch(/at 320 px wide: page scrolls sideways/);
  });
});

describe('accessibility statement', () => {
  it('is a Vietnamese page, linked from the footer of every page', () => {
    const html = readPage(outDir, routes.accessibility());
    expect(html).toContain('<html lang="vi"');
    expect(html).toContain(`<h1 class="text-3xl">${accessibilityText.title}</h1>`);
    expect(html).toContain('WCAG 2.2, mức AA');
    expect(html).toContain('Thông tư 26/2020/TT-BTTTT');
    expect(sitemapPaths(outDir)).toContain(routes.accessibility());
    const footerLink = `<a href="${routes.accessibility()}">${accessibilityText.footerLink}</a>`;
    const missing = pagePaths(outDir).filter(
      (p) => !p.startsWith('/admin/') && !readPage(outDir, p).includes(footerLink),
    );
    expect(missing).toEqual([]);
  });
});
