/**
 * The search step of a build (src/search/build/): a second build whose indexed pages did not change copies the
 * bundle kept in the cache folder (same files, and the log says so); a changed title is indexed again and found;
 * another content folder never gets the bundle of the first, even through the same cache folder. Runs the
 * integration's build hook on small built sites, with the real Pagefind, and searches the bundles with Pagefind's
 * own search script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindSearch } from '../../src/search/build/integration';
import { BUNDLE_DIR } from '../../src/search/config';
import { serveDir, type Served } from '../../tools/static-server';
import { projectRoot } from '../helpers/build';

let work: string;
let served: Served;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'search-step-'));
  served = await serveDir(work);
});
afterAll(async () => {
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A built page as the layout writes it: header and footer outside the indexed `<main>`, filter markers inside. */
const pageHtml = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>${title}</title><link rel="stylesheet" href="/_astro/a.css"></head><body><header><nav><a href="/">Trang chủ</a></nav></header><main id="noi-dung" data-pagefind-body><span hidden data-pagefind-filter="type[data-value]" data-value="Bài viết"></span><h1>${title}</h1><p>${body}</p></main><footer><p>Xã An Phú</p></footer></body></html>`;

/** Writes a built site: pages by URL path, plus a page that is not indexed. */
function site(name: string, pages: Record<string, [title: string, body: string]>): string {
  const dir = join(work, name);
  for (const [path, [title, body]] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), pageHtml(title, body));
  }
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><html lang="vi"><body><main>Trang chủ</main></body></html>');
  return dir;
}

/** Runs the search step as `astro build` does, with this cache folder; returns its log line. */
async function searchStep(outDir: string, cacheDir: string): Promise<string> {
  const integration = pagefindSearch();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  const lines: string[] = [];
  const logger = { info: (s: string) => lines.push(s), warn: (s: string) => lines.push(`warn: ${s}`) };
  hooks['astro:config:done']!({
    config: { root: pathToFileURL(`${projectRoot}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
  });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger });
  return lines.join('\n');
}

/** Every file of a bundle, by path. */
function files(outDir: string): Map<string, Buffer> {
  const dir = join(outDir, BUNDLE_DIR);
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]),
  );
}

/** The URLs Pagefind's own search script finds in a built site's bundle (null: every page, through its filter). */
async function search(outDir: string, query: string | null): Promise<string[]> {
  const pagefind = (await import(pathToFileURL(join(outDir, BUNDLE_DIR, 'pagefind.js')).href)) as {
    options: (o: object) => Promise<void>;
    search: (q: string | null, o?: object) => Promise<{ results: { data: () => Promise<{ raw_url: string }> }[] }>;
  };
  await pagefind.options({ basePath: `${served.url}/${relative(work, outDir)}/${BUNDLE_DIR}/` });
  const found = await pagefind.search(query, query === null ? { filters: { type: 'Bài viết' } } : {});
  return (await Promise.all(found.results.map(async (r) => (await r.data()).raw_url))).sort();
}

const siteA = {
  'bai-viet/ma-tuy/': ['Tác hại của ma túy', 'Ma túy tổng hợp gây nghiện và hủy hoại sức khỏe.'],
  'duong-day-nong/': ['Đường dây nóng', 'Gọi ngay khi phát hiện dấu hiệu phạm tội.'],
} satisfies Record<string, [string, string]>;

describe('search step cache', () => {
  it('copies the cached bundle when nothing indexed changed, and indexes a changed title again', async () => {
    const cache = join(work, 'cache-a');
    const first = site('a1', siteA);
    expect(await searchStep(first, cache)).toMatch(/^2 pages indexed, \d+ files, \d+ KB in \d+ ms$/);

    const second = site('a2', siteA);
    // Outside the indexed part (stylesheet names, header, footer) a rebuild may differ: the index does not.
    writeFileSync(
      join(second, 'duong-day-nong/index.html'),
      pageHtml(...siteA['duong-day-nong/'])
        .replace('a.css', 'b.css')
        .replace('Xã An Phú', 'Xã An Phú mới'),
    );
    expect(await searchStep(second, cache)).toMatch(
      /^2 pages, \d+ files, \d+ KB in \d+ ms: nothing indexed changed, bundle copied from the cache$/,
    );
    expect(files(second)).toEqual(files(first));

    const third = site('a3', { ...siteA, 'duong-day-nong/': ['Số điện thoại khẩn cấp', siteA['duong-day-nong/'][1]] });
    expect(await searchStep(third, cache)).toMatch(/^2 pages indexed/);
    expect(await search(third, 'khẩn cấp')).toEqual(['/duong-day-nong/']);
    expect(await search(first, 'khẩn cấp')).toEqual([]);
    expect(await search(third, null)).toEqual(['/bai-viet/ma-tuy/', '/duong-day-nong/']);
    // Only the last bundle is kept.
    expect(readdirSync(cache).filter((n) => !n.startsWith('tmp-'))).toHaveLength(1);
  });

  it('never gives one content folder the bundle of another, in the same cache folder or not', async () => {
    const shared = join(work, 'cache-shared');
    const a = site('b-a', siteA);
    const b = site('b-b', { 'bai-viet/thuoc-la/': ['Thuốc lá điện tử', 'Học sinh cần tránh xa thuốc lá điện tử.'] });
    expect(await searchStep(a, shared)).toMatch(/pages indexed/);
    expect(await searchStep(b, shared)).toMatch(/^1 pages indexed/);
    expect(await search(b, null)).toEqual(['/bai-viet/thuoc-la/']);
    expect(await search(a, null)).toEqual(['/bai-viet/ma-tuy/', '/duong-day-nong/']);

    const own = site('b-b2', { 'bai-viet/thuoc-la/': ['Thuốc lá điện tử', 'Học sinh cần tránh xa thuốc lá điện tử.'] });
    expect(await searchStep(own, join(work, 'cache-b'))).toMatch(/^1 pages indexed/);
    expect(files(own)).toEqual(files(b));
  });
});
