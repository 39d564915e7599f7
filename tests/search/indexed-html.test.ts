/**
 * Pagefind is given only the indexed part of each page, without ids (src/search/build/page-html.ts), and writes its
 * files itself: on the demo build, the word index, filters and page texts are byte for byte those Pagefind makes
 * from whole pages, and the page fragments differ only by the anchors the ids gave them. A filter, metadata or title
 * that a page carried outside its data-pagefind-body part, or an id that broke a word, would break this.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { demoBuild } from '../helpers/demo';
import { buildSearchBundle, closeIndexer } from '../../src/search/build/indexer';
import { isIndexed, spaceTags } from '../../src/search/build/page-html';
import { indexedPages } from '../../src/search/build/search-step';
import { builtPages } from '../../src/utils/built-pages';
import { BUNDLE_DIR } from '../../src/search/config';

afterAll(() => closeIndexer());

type File = { path: string; content: Uint8Array };

const asMap = (files: File[]) => new Map(files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));

/** The files that name or hold pages: fragments (named by their content) and the metadata listing them. */
const notPages = (f: File) =>
  !f.path.endsWith('.pf_fragment') && !f.path.endsWith('.pf_meta') && f.path !== 'pagefind-entry.json';

/** What a fragment holds (the fields compared whole). */
type Fragment = { url: string; anchors: unknown[] } & Record<string, unknown>;

/** Every page fragment (gzipped JSON behind a signature), by URL. */
function pages(files: File[]): Fragment[] {
  return files
    .filter((f) => f.path.endsWith('.pf_fragment'))
    .map((f) => {
      const text = gunzipSync(f.content).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

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
    // The same word index, filters, code and d/đ word list; the same pages, without their anchors.
    expect(asMap(fromParts.files.filter(notPages))).toEqual(asMap(fromWhole.files.filter(notPages)));
    expect(pages(fromParts.files)).toEqual(pages(fromWhole.files).map((page) => ({ ...page, anchors: [] })));
    expect(pages(fromWhole.files).some((page) => page.anchors.length > 0)).toBe(true);

    const dir = join(build.outDir, BUNDLE_DIR);
    const written = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => ({
        path: relative(dir, join(e.parentPath, e.name)),
        content: readFileSync(join(e.parentPath, e.name)),
      }));
    expect(asMap(written)).toEqual(asMap(fromParts.files));
  });
});
