/**
 * Bytes a reader downloads for a first search query, counted in Debian's Chromium (playwright-core): every
 * response is weighed raw and gzip-compressed (what a host with gzip on sends; Pagefind's index files are
 * compressed already). Through the real search page /tim-kiem/?q=… when the site has one, otherwise through
 * Pagefind's JS API on the home page (search, then load the first page of results), and reported as such.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import type { Weight } from './reader.ts';
// The first page of results, as the search page shows them.
import { PAGE_SIZE } from '../../src/search/config.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--disable-component-update', '--disable-sync'],
  });
}

export interface SearchBytes {
  query: string;
  via: 'search page' | 'pagefind api';
  /** Results the query found (from Pagefind), when known. */
  results: number | null;
  /** Requests under /pagefind/. */
  pagefind: Weight & { requests: number };
  /** Every request of the page, HTML, CSS and scripts included. */
  total: Weight & { requests: number };
  /** The heaviest responses (gzip), to show what a query's bytes are made of. */
  largest: { path: string; raw: number; gzip: number }[];
}

/** Where the search page shows its answer (src/search/client/main.ts): results, "no results" with suggestions, closest pages. */
const RESULT_LISTS = { results: 'tim-kiem-ket-qua', none: 'tim-kiem-khong-thay', closest: 'tim-kiem-gan-nhat' };

export async function searchBytes(
  browser: Browser,
  baseUrl: string,
  outDir: string,
  query: string,
): Promise<SearchBytes> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pagefind = { raw: 0, gzip: 0, requests: 0 };
  const total = { raw: 0, gzip: 0, requests: 0 };
  const responses: { path: string; raw: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  // Through the API, the home page loaded first is not part of the query: counting starts after it.
  let counting = true;
  page.on('response', (response) => {
    if (!counting) return;
    pending.push(
      response
        .body()
        .then((body) => {
          const gzip = gzipSync(body).byteLength;
          const w = { raw: body.byteLength, gzip: Math.min(gzip, body.byteLength) };
          total.raw += w.raw;
          total.gzip += w.gzip;
          total.requests++;
          responses.push({ path: new URL(response.url()).pathname, ...w });
          if (new URL(response.url()).pathname.startsWith('/pagefind/')) {
            pagefind.raw += w.raw;
            pagefind.gzip += w.gzip;
            pagefind.requests++;
          }
        })
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  });
  try {
    const hasPage = existsSync(join(outDir, 'tim-kiem', 'index.html'));
    let results: number | null = null;
    if (hasPage) {
      await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
      // The network can fall idle while the search still runs (a busy CPU, large index chunks): the results, or the
      // "no results" section, are shown only once their fragments have arrived.
      await page.waitForFunction(
        (ids) => ids.some((id) => document.getElementById(id)?.matches(':not([hidden]):has(li)')),
        [RESULT_LISTS.results, RESULT_LISTS.none, RESULT_LISTS.closest],
        { timeout: 60_000 },
      );
    } else {
      counting = false;
      await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
      counting = true;
      results = await page.evaluate(
        async ({ q, first }) => {
          const url = '/pagefind/pagefind.js';
          const pf = await import(/* @vite-ignore */ url);
          await pf.init();
          const found = await pf.search(q);
          await Promise.all(found.results.slice(0, first).map((r: { data: () => Promise<unknown> }) => r.data()));
          return found.results.length as number;
        },
        { q: query, first: PAGE_SIZE },
      );
      await page.waitForLoadState('networkidle');
    }
    await Promise.all(pending);
    const largest = responses.sort((a, b) => b.gzip - a.gzip).slice(0, 6);
    return { query, via: hasPage ? 'search page' : 'pagefind api', results, pagefind, total, largest };
  } finally {
    await context.close();
  }
}
