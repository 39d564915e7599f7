/**
 * One content store, two content folders (a build cache restored after the content moved, two communes built from
 * one checkout with the default cache, or the preview started on another folder): each build and preview reads its
 * own folder's files. Astro's content store keeps an unchanged entry's file path, so a store of the other folder
 * used to render that folder's bodies, and to stop the build with "multiple entries with the same slug" once the
 * entry changed (forgetEntriesOutside in src/content-model/loader.ts).
 */
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureSite } from '../helpers/build';
import { startDev } from '../helpers/dev-server';
import { overlay } from '../helpers/overlay';
import { readPage } from '../helpers/site-files';

const ARTICLE = 'articles/ma-tuy-nup-bong.mdx';
const PAGE = '/bai-viet/ma-tuy-nup-bong/';

describe('a cache folder used for another content folder', () => {
  it('never renders the other folder’s files, and rebuilds after a change', () => {
    const work = mkdtempSync(join(tmpdir(), 'store-owner-'));
    const cache = join(work, 'cache');
    const [first, second] = [join(work, 'a', 'content'), join(work, 'b', 'content')];
    cpSync(fixtureSite('dien-bien'), first, { recursive: true });
    cpSync(fixtureSite('dien-bien'), second, { recursive: true });

    const a = buildSite(first, { CACHE_DIR: cache, OUT_DIR: join(work, 'out-a') });
    expect(a.ok, a.output).toBe(true);

    // The first folder's copy changes after its build; the second folder's stays as it was.
    appendFileSync(join(first, ARTICLE), '\nĐoạn này chỉ có ở thư mục thứ nhất.\n');
    const b = buildSite(second, { CACHE_DIR: cache, OUT_DIR: join(work, 'out-b') });
    expect(b.ok, b.output).toBe(true);
    expect(readPage(b.outDir, PAGE)).not.toContain('Đoạn này chỉ có ở thư mục thứ nhất.');

    // Building the first folder again with the same cache, then changing the second: still its own text.
    expect(buildSite(first, { CACHE_DIR: cache, OUT_DIR: join(work, 'out-a') }).ok).toBe(true);
    appendFileSync(join(second, ARTICLE), '\nĐoạn này của thư mục thứ hai.\n');
    const again = buildSite(second, { CACHE_DIR: cache, OUT_DIR: join(work, 'out-b') });
    expect(again.ok, again.output).toBe(true);
    expect(readPage(again.outDir, PAGE)).toContain('Đoạn này của thư mục thứ hai.');
    expect(readPage(again.outDir, PAGE)).not.toContain('Đoạn này chỉ có ở thư mục thứ nhất.');
  });

  it('never shows the other folder’s files in the preview (its store in .astro/ outlives each `npm start`)', async () => {
    const first = overlay(fixtureSite('dien-bien'));
    const seen = (html: string) => html.includes('<h1');
    // One port and output and cache folders for both, as `npm start` has: otherwise Astro sees another config and
    // clears its store.
    const work = mkdtempSync(join(tmpdir(), 'store-preview-'));
    const a = await startDev(first, { work });
    try {
      await a.waitFor(PAGE, (status, html) => status === 200 && seen(html), 180);
      // The store is written a moment after the sync.
      await new Promise((r) => setTimeout(r, 3000));
    } finally {
      await a.stop();
    }
    const second = overlay(fixtureSite('dien-bien'));
    appendFileSync(join(first, ARTICLE), '\nĐoạn này chỉ có ở thư mục thứ nhất.\n');
    const b = await startDev(second, { work, port: a.port });
    try {
      const { html } = await b.waitFor(PAGE, (status, html) => status === 200 && seen(html), 180);
      expect(html).not.toContain('Đoạn này chỉ có ở thư mục thứ nhất.');
    } finally {
      await b.stop();
    }
  });
});
