/**
 * Accessibility checks run in Chromium, each returning the problems it found (empty when the page passes), so the
 * same check runs over the demo build (must pass) and over a bad fixture (must fail).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../helpers/build';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Loads axe-core into every page the context opens (through the DevTools protocol, not a <script> tag). */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: readFileSync(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8') });
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core's WCAG 2.2 AA violations on the open page, one line each: rule, impact, help and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  );
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
  );
}

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  inHeader: boolean;
  visible: boolean;
  indicator: boolean;
  id: string;
}

/** What has focus now: where it is, whether it is on screen and whether focus is drawn around it. */
async function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).placeholder ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40),
      href: el.getAttribute('href'),
      inHeader: !!el.closest('header'),
      visible:
        box.width > 2 &&
        box.height > 2 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.left < innerWidth &&
        box.top < innerHeight,
      indicator: outline || shadow,
      id: el.id,
    };
  });
}

/**
 * The keyboard path: the first Tab lands on a visible skip link that moves focus to the main content; Tab then
 * walks through the header (home link, search box, every menu link) in order; every stop is on screen with a
 * visible focus indicator; the header search submits to a page that exists.
 */
export async function keyboardProblems(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  await page.goto(url);
  await page.keyboard.press('Tab');
  const first = await focused(page);
  const mainId = await page.evaluate(() => document.querySelector('main')?.id ?? '');
  if (!first || first.tag !== 'a' || !mainId || first.href !== `#${mainId}`)
    problems.push(`first Tab does not reach a skip link to <main> (got ${JSON.stringify(first)})`);
  else if (!first.visible) problems.push('skip link is not visible when focused');

  // Walk the page with Tab until focus leaves the header, then keep going through the page.
  const stops: Focused[] = first ? [first] : [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (
      !now ||
      (stops.length > 1 && now.tag === stops[0]!.tag && now.href === stops[0]!.href && now.text === stops[0]!.text)
    )
      break;
    stops.push(now);
  }
  for (const stop of stops) {
    if (!stop.visible) problems.push(`focus on <${stop.tag}> "${stop.text}" is off screen or invisible`);
    if (!stop.indicator) problems.push(`no visible focus indicator on <${stop.tag}> "${stop.text}"`);
  }
  const headerItems = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'header a[href], header input:not([type=hidden]), header button, header select',
      ),
    ].map((el) => ({
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      id: el.id,
    })),
  );
  if (headerItems.length === 0) problems.push('no header with links');
  const headerStops = stops.filter((s) => s.inHeader).map((s) => `${s.tag}|${s.href}|${s.id}`);
  const expected = headerItems.map((h) => `${h.tag}|${h.href}|${h.id}`);
  if (JSON.stringify(headerStops) !== JSON.stringify(expected))
    problems.push(
      `Tab does not walk the header in order: ${JSON.stringify(headerStops)} vs ${JSON.stringify(expected)}`,
    );
  const homeLink = headerItems.some((h) => h.href === '/');
  const searchBox = await page.locator('header form[role="search"] input[type="search"]').count();
  const menuLinks = await page.locator('header nav a[href]').count();
  if (!homeLink) problems.push('header has no link to the home page');
  if (searchBox !== 1) problems.push('header has no search box (form role="search" with input type="search")');
  if (menuLinks < 3) problems.push('header has no menu of sections');

  // Skip link: Enter moves focus into <main>.
  if (first?.href === `#${mainId}`) {
    await page.goto(url);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const after = await page.evaluate(() => document.activeElement?.id ?? '');
    if (after !== mainId) problems.push(`skip link does not move focus to <main> (focus on "${after}")`);
  }

  // Search from the keyboard: focus the box by tabbing, type, Enter: a page of the site answers.
  if (searchBox === 1) {
    await page.goto(url);
    for (
      let i = 0;
      i < 30 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search'));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.type('ma túy');
    const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    if (!response || response.status() !== 200)
      problems.push(`header search goes to ${page.url()} (${response?.status()})`);
  }
  return problems;
}

/**
 * Text resized to 200% (WCAG 1.4.4) at a desktop width, and a 320 px wide screen (1.4.10): text really grows,
 * nothing needs horizontal scrolling and no box cuts its text off.
 */
export async function resizeProblems(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const overflow = () =>
    page.evaluate(() => {
      const found: string[] = [];
      if (document.documentElement.scrollWidth > innerWidth + 1)
        found.push(`page scrolls sideways (${document.documentElement.scrollWidth}px wide in ${innerWidth}px)`);
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (box.width <= 2 || box.height <= 2 || style.visibility === 'hidden') continue; // hidden, or visually hidden for screen readers
        const clips = (v: string) => v === 'hidden' || v === 'clip';
        const text = el.textContent?.trim();
        if (!text) continue;
        if (
          (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        )
          found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> cuts off its text`);
        if (box.right > innerWidth + 1 && style.position !== 'fixed')
          found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> sticks out of the screen`);
      }
      return [...new Set(found)].slice(0, 5);
    });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  const before = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector('main p, main li, main h1') ?? document.body).fontSize),
  );
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const after = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector('main p, main li, main h1') ?? document.body).fontSize),
  );
  if (after < before * 1.9) problems.push(`text does not grow with the reader's text size (${before}px → ${after}px)`);
  problems.push(...(await overflow()).map((p) => `at 200% text: ${p}`));

  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(url);
  problems.push(...(await overflow()).map((p) => `at 320 px wide: ${p}`));
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}
