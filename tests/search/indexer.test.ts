/**
 * The indexer sends pages to Pagefind before it has answered for the earlier ones (indexer.ts): the bundle must be
 * byte for byte the one made by adding each page only after the previous one was added, and a page source that
 * fails part-way must fail the bundle, with every page already sent settled first.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildSearchBundle, closeIndexer, writeSearchBundle, type SourcePage } from '../../src/search/build/indexer';
import { minifyPagefindScript, PAGEFIND_SCRIPT } from '../../src/search/build/pagefind-script';
import { D_WORDS_FILE, INDEX_CHUNK_SIZE, indexOptions } from '../../src/search/config';

afterAll(() => closeIndexer());

const words = ['ma túy', 'đường dây nóng', 'thanh niên', 'tuyên truyền', 'công an xã', 'dạy', 'dây', 'học sinh'];

/** Small pages that share words (so index chunks hold many pages) in an order that matters. */
function pages(n: number): SourcePage[] {
  return Array.from({ length: n }, (_, i) => ({
    url: `/bai-viet/trang-${i}/`,
    html:
      `<!DOCTYPE html><html lang="vi"><head></head><body><main data-pagefind-body><h1>Bài ${i}: ${words[i % 8]}</h1>` +
      `<p>${Array.from({ length: 30 }, (_, j) => words[(i * 7 + j * 3) % 8]).join(' ')} số ${i}.</p></main></body></html>`,
  }));
}

const asMap = (files: { path: string; content: Uint8Array }[]) =>
  new Map(files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]));

describe('indexer', () => {
  it('gives the same bundle as pages added one at a time', async () => {
    const source = pages(300);
    const sent = await buildSearchBundle(source);

    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
    const { index } = await pagefind.createIndex({
      ...indexOptions,
      excludeSelectors: [...indexOptions.excludeSelectors],
    });
    for (const page of source) await index!.addHTMLFile({ url: page.url, content: page.html });
    const oneByOne = (await index!.getFiles()).files.filter((f) => sent.files.some((s) => s.path === f.path));
    await index!.deleteIndex();

    expect(sent.pages).toBe(300);
    // Every Pagefind file of the bundle (the d/đ word list is ours), its script minified.
    expect(oneByOne.length).toBe(sent.files.length - 1);
    const script = (files: { path: string; content: Uint8Array }[]) =>
      Buffer.from(files.find((f) => f.path === PAGEFIND_SCRIPT)!.content).toString('utf8');
    expect(script(sent.files)).toBe(await minifyPagefindScript(script(oneByOne)));
    const pagefindOwn = (f: { path: string }) => f.path !== D_WORDS_FILE && f.path !== PAGEFIND_SCRIPT;
    expect(asMap(sent.files.filter(pagefindOwn))).toEqual(asMap(oneByOne.filter(pagefindOwn)));
  });

  it('fails when the page source fails part-way, and indexes again after', async () => {
    const out = mkdtempSync(join(tmpdir(), 'indexer-test-'));
    try {
      const broken = function* () {
        yield* pages(100);
        throw new Error('page source broke');
      };
      await expect(writeSearchBundle(broken(), join(out, 'a'))).rejects.toThrow('page source broke');
      const written = await writeSearchBundle(pages(100), join(out, 'b'));
      expect(written.pages).toBe(100);
      const files = readdirSync(join(out, 'b'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      const fragments = files.filter((e) => e.name.endsWith('.pf_fragment'));
      expect(fragments).toHaveLength(100);
      const dWords = JSON.parse(readFileSync(join(out, 'b', D_WORDS_FILE), 'utf8')) as { dd: Record<string, number> };
      expect(Object.keys(dWords.dd).length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
