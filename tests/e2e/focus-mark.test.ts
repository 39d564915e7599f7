/**
 * The keyboard's focus mark on a link that wraps onto several lines (a long article title on a phone) marks the
 * link's own words and paints nothing over the lines around it: the meta line above and the summary below look
 * the same, pixel for pixel, with the link focused or not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoBuild } from '../helpers/demo';
import { launchBrowser } from '../helpers/browser';
import { serveDir, type Served } from '../../tools/static-server';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  const build = demoBuild();
  if (!build.ok) throw new Error(build.output);
  served = await serveDir(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

type Box = { x: number; y: number; width: number; height: number };

/** The wrapped title link of the list (marked), its box, and the text of the lines just above and below it. */
async function wrappedTitle(page: Page): Promise<{ link: Box; above: Box; below: Box }> {
  const found = await page.evaluate(() => {
    const box = (r: DOMRect) => ({ x: r.x, y: r.y + scrollY, width: r.width, height: r.height });
    // Where an element's text is drawn: the union of its lines' glyph boxes (not the blank leading between lines).
    const textBox = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const top = Math.min(...rects.map((r) => r.top));
      const left = Math.min(...rects.map((r) => r.left));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      const right = Math.max(...rects.map((r) => r.right));
      return box(new DOMRect(left, top, right - left, bottom - top));
    };
    const link = [...document.querySelectorAll<HTMLAnchorElement>('main article h2 a')].find(
      (a) => a.getClientRects().length > 1,
    );
    const above = link?.closest('article')?.querySelector('p');
    const below = link?.closest('h2')?.nextElementSibling;
    if (!link || !above || !below) return undefined;
    link.dataset.wrapped = '';
    return { link: box(link.getBoundingClientRect()), above: textBox(above), below: textBox(below) };
  });
  if (!found) throw new Error('no article title in the list wraps onto two lines at this width');
  return found;
}

describe('the focus mark', () => {
  it('marks a wrapped link line by line and covers none of the text around it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${served.url}/bai-viet/`);
    const { link, above, below } = await wrappedTitle(page);
    await page.evaluate((y) => scrollTo(0, y - 200), link.y);
    const shot = (clip: Box) => page.screenshot({ clip, fullPage: true });
    const before = { above: await shot(above), below: await shot(below), link: await shot(link) };

    // From the keyboard, as a reader would: Tab until the wrapped title has focus.
    for (let i = 0; i < 100; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-wrapped'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.matches('[data-wrapped]:focus-visible'))).toBe(true);
    expect((await shot(link)).equals(before.link), 'the focused link looks focused').toBe(false);
    expect((await shot(above)).equals(before.above), 'the text of the line above stays as it was').toBe(true);
    expect((await shot(below)).equals(before.below), 'the text of the line below stays as it was').toBe(true);
    await page.close();
  });
});
