/**
 * Pagefind is given only the indexed part of each page (src/search/build/page-html.ts) and writes its files itself:
 * on the demo build, the bundle is byte for byte the one Pagefind makes from whole pages and returns in memory.
 * A filter, metadata or title that a page carried outside its data-pagefind-body part would break this.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { demoBuild } from '../helpers/demo';
import { buildSearchBundle, closeIndexer } from '../../src/search/build/indexer';
import { isIndexed, spaceTags } from '../../src/search/build/page-html';
import { indexedPages } from '../../src/search/build/search-step';
import { builtPages } from '../../src/utils/built-pages';
import { BUNDLE_DIR } from '../../src/search/config';

afterAll(() => closeIndexer());

const asMap = (files: { path: string; content: Uint8Array }[]) =>
  new Map(files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));

describe('indexed part of each page', () => {
  it('gives the same bundle as whole pages, and the build wrote that bundle', async () => {
    const build = demoBuild();
    expect(build.ok, build.output).toBe(true);
    const whole = builtPages(build.outDir).flatMap(({ path, file }) => {
      const html = readFileSync(file, 'utf8');
      return isIndexed(html) ? [{ url: path, html: spaceTags(html) }] : [];
    });
    const fromWhole = await buildSearchBundle(whole);
    const fromParts = await buildSearchBundle(indexedPages(build.outDir));
    expect(fromParts.pages).toBe(whole.length);
    expect(asMap(fromParts.files)).toEqual(asMap(fromWhole.files));

    const dir = join(build.outDir, BUNDLE_DIR);
    const written = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => ({
        path: relative(dir, join(e.parentPath, e.name)),
        content: readFileSync(join(e.parentPath, e.name)),
      }));
    expect(asMap(written)).toEqual(asMap(fromWhole.files));
  });
});
