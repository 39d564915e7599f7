/**
 * The incremental build (astro.config.mjs `experimental.incrementalBuild`, page keys in src/data/page-key.ts) gives
 * the site a cold build gives. One content folder is built again and again with one cache and output folder, as a
 * host does, after each kind of change an editor or the calendar makes: an article's title, a unit's name, a
 * setting, a number on a hotline board (shown by pages about other files), a new day (a scheduled article goes
 * live, boards become overdue). After each, the same content is built cold (fresh cache and output,
 * INCREMENTAL_BUILD=0) and both sites are compared file by file, byte for byte.
 * A page key that misses something the page shows leaves a stale copy, and the comparison names the file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixtureSite, TEST_TODAY } from '../helpers/build';
import { cliBuild } from '../helpers/cli-build';
import { overlay } from '../helpers/overlay';

const content = overlay(fixtureSite('dien-bien'));
const work = mkdtempSync(join(tmpdir(), 'portal-incremental-'));
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
/** A day after TEST_TODAY: the scheduled article below is published and every board is past its warning window. */
const LATER_DAY = '2027-02-05';
const SCHEDULED = 'articles/ma-tuy-nup-bong-phan-2.mdx';

// An article scheduled for a day between the two build days: the later build publishes it (lists, feed, related).
const scheduled = readFileSync(join(content, 'articles/ma-tuy-nup-bong.mdx'), 'utf8')
  .replace(/^title: .*$/m, 'title: Ma túy núp bóng đồ uống, phần hai')
  .replace(/^publishDate: .*$/m, 'publishDate: 2027-01-04');
writeFileSync(join(content, SCHEDULED), scheduled);

/** Every file of a site, as sorted paths relative to it. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/**
 * A file's bytes as compared. Only the service worker differs between two builds of the same content: its build id
 * is new in every build by design (src/offline/service-worker.ts: readers' phones fetch the new pages once a new
 * build is published), so the id's value is blanked; everything else in sw.js is compared.
 */
function comparable(dir: string, file: string): Buffer {
  const bytes = readFileSync(join(dir, file));
  if (file !== 'sw.js') return bytes;
  return Buffer.from(bytes.toString('utf8').replace(/"id":"[^"]*"/, '"id":""'));
}

/** The files that are missing from one site or differ between the two. */
function differences(incremental: string, cold: string): string[] {
  const a = filesOf(incremental);
  const b = filesOf(cold);
  const inBoth = new Set(a.filter((f) => b.includes(f)));
  return [
    ...a.filter((f) => !inBoth.has(f)).map((f) => `only in the incremental build: ${f}`),
    ...b.filter((f) => !inBoth.has(f)).map((f) => `only in the cold build: ${f}`),
    ...[...inBoth].filter((f) => !comparable(incremental, f).equals(comparable(cold, f))).map((f) => `differs: ${f}`),
  ];
}

/** The pages the build copied from its cache instead of rendering (Astro marks their lines "(restored)"). */
function restored(output: string): string[] {
  return [...output.matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]!);
}

/** Builds incrementally into the kept output and cache, then cold; expects the same files; returns what was reused. */
function buildBoth(day = TEST_TODAY): string[] {
  const incremental = cliBuild(content, outDir, cacheDir, [], { BUILD_DATE: day });
  expect(incremental.status, incremental.output).toBe(0);
  const fresh = mkdtempSync(join(tmpdir(), 'portal-incremental-cold-'));
  const cold = cliBuild(content, join(fresh, 'dist'), join(fresh, 'cache'), [], {
    BUILD_DATE: day,
    INCREMENTAL_BUILD: '0',
  });
  expect(cold.status, cold.output).toBe(0);
  expect(restored(cold.output)).toEqual([]);
  expect(differences(outDir, join(fresh, 'dist'))).toEqual([]);
  return restored(incremental.output);
}

/** Rewrites one line (`field: …`) of a content file. */
function setField(file: string, field: string, value: string): void {
  const path = join(content, file);
  const source = readFileSync(path, 'utf8');
  const edited = source.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);
  expect(edited, `${file} has no ${field}`).not.toBe(source);
  writeFileSync(path, edited);
}

it(
  'an incremental build writes the same files as a cold build after every kind of change',
  { timeout: 900_000 },
  () => {
    const first = cliBuild(content, outDir, cacheDir);
    expect(first.status, first.output).toBe(0);
    expect(restored(first.output)).toEqual([]);

    // One article's title: its page, the lists and related lists that show it, the feed, the search index and its
    // share images change; pages that do not show it are copied from the cache.
    setField('articles/ma-tuy-nup-bong.mdx', 'title', 'Cảnh giác với ma túy núp bóng đồ uống và bánh kẹo');
    const afterTitle = buildBoth();
    expect(afterTitle).toContain('/van-ban/ke-hoach-hanh-dong/index.html');
    expect(afterTitle).toContain('/bai-giang/nhan-biet-ma-tuy/index.html');
    expect(afterTitle).not.toContain('/bai-viet/ma-tuy-nup-bong/index.html');
    expect(afterTitle).not.toContain('/bai-viet/index.html');

    // Units' names: a residential unit's page and board, and the commune's name wherever it is shown (its board
    // inside an article, the lesson levels' ZIP files).
    setField('units/to-dan-pho-1.yaml', 'name', 'Số 1A');
    setField('units/dien-bien.yaml', 'name', 'Điện Biên Mới');
    buildBoth();

    // A shared setting: the header and footer of every page.
    setField('settings/site.yaml', 'tagline', 'Chung tay giữ phường Điện Biên sạch ma túy');
    buildBoth();

    // A number on the commune's hotline board, a file no page is about but many show: every unit's page (the
    // commune's board under its own), the article whose body shows the board in a HotlineCard and that article's
    // loudspeaker version, which reads it out. Pages that show no board are copied from the cache.
    setField('hotlines/dien-bien.yaml', '    phone', '02373.852.153');
    const afterBoard = buildBoth();
    expect(afterBoard).not.toContain('/duong-day-nong/to-dan-pho-1/index.html');
    expect(afterBoard).not.toContain('/bai-viet/duong-day-nong-cua-phuong/index.html');
    expect(afterBoard).not.toContain('/bai-viet/duong-day-nong-cua-phuong/doc-tren-loa/index.html');
    expect(afterBoard).toContain('/bai-viet/ma-tuy-nup-bong/index.html');
    expect(afterBoard).toContain('/van-ban/ke-hoach-hanh-dong/index.html');
    expect(readFileSync(join(outDir, 'bai-viet/duong-day-nong-cua-phuong/index.html'), 'utf8')).toContain(
      '0237 3852 153',
    );

    // Nothing edited, a later day: the scheduled article is published and the boards are overdue (their pages and
    // the article that shows a board say so); a document's page shows neither and is reused.
    const later = buildBoth(LATER_DAY);
    expect(later).toContain('/van-ban/ke-hoach-hanh-dong/index.html');
    expect(later).not.toContain('/duong-day-nong/to-dan-pho-1/index.html');
    expect(later).not.toContain('/bai-viet/duong-day-nong-cua-phuong/index.html');
    expect(readFileSync(join(outDir, 'bai-viet/ma-tuy-nup-bong-phan-2/index.html'), 'utf8')).toContain('phần hai');
  },
);
