/**
 * What of a built page Pagefind is given (src/search/build/page-html.ts): only the parts marked data-pagefind-body,
 * tags spaced, found by an HTML parser (the marker's words in text or in an attribute value do not count).
 */
import { describe, expect, it } from 'vitest';
import { indexedHtml } from '../../src/search/build/page-html';

const page = (main: string, head = '<title>T</title>') =>
  `<!DOCTYPE html><html lang="vi"><head>${head}</head><body><header><nav><a href="/">Trang chủ</a></nav><h1>Logo</h1></header>${main}<footer><p>Chân trang</p></footer></body></html>`;

describe('indexedHtml', () => {
  it('keeps the html start tag and the marked element, spaced, without ids, and nothing of head, header or footer', () => {
    const html = page('<main id="x" data-pagefind-body><h1>Tiêu đề</h1><dl><dt>Chủ đề</dt><dd>Chung</dd></dl></main>');
    expect(indexedHtml(html)).toBe(
      '<!DOCTYPE html><html lang="vi"><head></head><body><main data-pagefind-body> <h1>Tiêu đề</h1> <dl> <dt>Chủ đề</dt> <dd>Chung</dd> </dl> </main></body></html>',
    );
  });

  it('leaves out ids only where a word breaks anyway: Pagefind reads an id as a word break', () => {
    const out = indexedHtml(
      page(
        '<main data-pagefind-body><h2 id="a" class="c">Tiêu đề</h2><p>Số 12<a href="#n" id=b>1</a><sup><a id="d">2</a></sup> và <span title="x id=y" ID="c">đó</span>.</p></main>',
      ),
    )!;
    expect(out).toContain('<h2 class="c">Tiêu đề</h2>');
    // Right after text, the id stays: without it Pagefind would read "121" as one word.
    expect(out).toContain('Số 12<a href="#n" id=b>1</a> <sup> <a>2</a> </sup> và');
    expect(out).toContain(' và <span title="x id=y">đó</span>.');
  });

  it('is undefined for a page with no marked element, whatever its text or attributes say', () => {
    expect(indexedHtml(page('<main><p>data-pagefind-body</p></main>'))).toBeUndefined();
    expect(
      indexedHtml(
        page('<main><p title="<main data-pagefind-body>">x</p></main>', '<meta content="data-pagefind-body">'),
      ),
    ).toBeUndefined();
    expect(indexedHtml(page('<main><p>&lt;main data-pagefind-body&gt;</p></main>'))).toBeUndefined();
  });

  it('ends the marked element at its own end tag, not at a nested one or a `>` in an attribute', () => {
    const html = page(
      '<main data-pagefind-body><div><main>trong</main><img alt="a > b" src="x.png"><br></div><p>cuối</p></main><aside>ngoài</aside>',
    );
    const out = indexedHtml(html)!;
    expect(out).toContain('<p>cuối</p> </main></body>');
    expect(out).toContain('<img alt="a > b" src="x.png"> <br>');
    expect(out).not.toContain('ngoài');
  });

  it('passes entities on as written, in text and attribute values', () => {
    const out = indexedHtml(
      page('<main data-pagefind-body title="&quot;x&quot;"><p>A &amp; B &lt;c&gt; &#273;</p></main>'),
    )!;
    expect(out).toContain('<main data-pagefind-body title="&quot;x&quot;"> <p>A &amp; B &lt;c&gt; &#273;</p> </main>');
  });

  it('keeps every marked element that is not inside another, in order', () => {
    const html = page('<main data-pagefind-body><p>một</p></main><section data-pagefind-body><p>hai</p></section>');
    const out = indexedHtml(html)!;
    expect(out.indexOf('một')).toBeLessThan(out.indexOf('hai'));
    expect(out).not.toContain('Chân trang');
  });
});
