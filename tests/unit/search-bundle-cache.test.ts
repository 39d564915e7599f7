/**
 * The search bundle kept in the cache folder (src/search/build/bundle-cache.ts) and the page file the search step
 * reads pages back from (page-spool.ts): entries are keyed by what is indexed, appear whole or not at all, and
 * only the last one is kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cachedBundle,
  pagefindVersion,
  restoreBundle,
  searchDigest,
  storeBundle,
} from '../../src/search/build/bundle-cache';
import { PageSpool } from '../../src/search/build/page-spool';
import { D_WORDS_FILE } from '../../src/search/config';
import { projectRoot } from '../helpers/build';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'search-cache-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A small bundle folder: two files and the d/đ list. */
function bundle(name: string, text: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind-entry.json'), `{"v":"${text}"}`);
  writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), text);
  writeFileSync(join(dir, D_WORDS_FILE), '{}');
  return dir;
}

const pages = [
  { url: '/a/', html: '<main data-pagefind-body><h1>Ma túy</h1></main>' },
  { url: '/b/', html: '<main data-pagefind-body><h1>Đường dây nóng</h1></main>' },
];

describe('search digest', () => {
  it('is the same for the same pages and changes with any URL, text or order', () => {
    const base = searchDigest(projectRoot, pages);
    expect(base.pages).toBe(2);
    expect(searchDigest(projectRoot, pages).digest).toBe(base.digest);
    const variants = [
      [{ ...pages[0]!, url: '/c/' }, pages[1]!],
      [{ ...pages[0]!, html: pages[0]!.html.replace('túy', 'tuý') }, pages[1]!],
      [pages[1]!, pages[0]!],
      [pages[0]!],
    ];
    for (const v of variants) expect(searchDigest(projectRoot, v).digest).not.toBe(base.digest);
  });

  it('reads the installed Pagefind version', () => {
    expect(pagefindVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('bundle cache', () => {
  it('stores a bundle whole under its digest, copies it back identical, and keeps only the last one', () => {
    const cache = join(work, 'cache');
    const first = 'a'.repeat(64);
    const second = 'b'.repeat(64);
    storeBundle(cache, first, bundle('one', 'một'));
    expect(cachedBundle(cache, first)).toBe(join(cache, first));
    expect(restoreBundle(cachedBundle(cache, first)!, join(work, 'out1'))).toBe(true);
    expect(readFileSync(join(work, 'out1', 'fragment', 'a.pf_fragment'), 'utf8')).toBe('một');

    storeBundle(cache, second, bundle('two', 'hai'));
    expect(cachedBundle(cache, first)).toBeUndefined();
    expect(readdirSync(cache)).toEqual([second]);
  });

  it('never uses a folder still being written, or an entry without its d/đ list', () => {
    const cache = join(work, 'cache');
    const digest = 'c'.repeat(64);
    mkdirSync(join(cache, `tmp-1-${digest}`), { recursive: true });
    writeFileSync(join(cache, `tmp-1-${digest}`, D_WORDS_FILE), '{}');
    expect(cachedBundle(cache, digest)).toBeUndefined();
    mkdirSync(join(cache, digest));
    expect(cachedBundle(cache, digest)).toBeUndefined();
  });

  it('never copies over an output folder that exists, and leaves it as it was', () => {
    const out = join(work, 'out');
    mkdirSync(join(out, 'fragment'), { recursive: true });
    writeFileSync(join(out, 'fragment', 'a.pf_fragment'), 'cũ');
    expect(restoreBundle(bundle('one', 'một'), out)).toBe(false);
    expect(readFileSync(join(out, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('cũ');
  });
});

describe('page spool', () => {
  it('gives back the pages it recorded, in order, byte for byte', () => {
    const spool = new PageSpool(join(work, 'pages'));
    const passed = [...spool.record(pages)];
    expect(passed).toEqual(pages);
    expect([...spool.pages()]).toEqual(pages);
    spool.remove();
    expect(readdirSync(work)).toEqual([]);
  });
});
