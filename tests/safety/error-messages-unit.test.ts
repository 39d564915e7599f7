/**
 * The pure parts behind "every error names the file and the cause", checked without a build:
 * the filter of Astro's output, the nesting pre-check, safe percent-decoding, file names that give no address,
 * links with malformed escapes, and reading built HTML with a parser.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filterAstroOutput } from '../../tools/cli/astro-output';
import { nestingProblems, MAX_NESTING, type NestingKind } from '../../src/safety/nesting';
import { hasMalformedEscape, safeDecodeURIComponent } from '../../src/utils/safe-decode';
import { fileNameSlug } from '../../src/content-model/entry-id';
import { contentFilesUnder, malformedLinks, precheckProblems } from '../../src/safety/content-precheck';
import { readContentFile } from '../../src/safety/content-files';
import { htmlTags } from '../../src/utils/html';
import { ogProperties, shareJobs } from '../../src/posters/share-pages';
import { builtPages } from '../../src/utils/built-pages';
import { isIndexed, spaceTags } from '../../src/search/build/page-html';

/** Astro 7's output for a schema error, as printed by `astro build` (trimmed of the build lines before it). */
const SCHEMA_ERROR = `11:08:23 [content] Syncing content
[InvalidContentEntryDataError] articles → thieu-tieu-de data does not match collection schema.

  title: Bắt buộc: hãy điền trường này.

  Hint:
    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.
  Error reference:
    https://docs.astro.build/en/reference/errors/invalid-content-entry-data-error/
  Location:
    /tmp/site/content/articles/thieu-tieu-de.mdx:0:0
  Stack trace:
    at getEntryData (/work/main/node_modules/astro/dist/content/utils.js:126:9)
    at async eval (/work/main/node_modules/astro/dist/content/loaders/glob.js:224:13)
`;

/** Our own Vietnamese error, thrown from a hook, as Astro wraps it. */
const HOOK_ERROR = `11:03:23 [pagefind-search] 13 pages indexed
11:03:23 [ERROR] [posters] An unhandled error occurred while running the "astro:build:done" hook
Không tạo được tệp /anh-chia-se/x.png (trang /x/): hỏng.
  Location:
    /work/main/src/posters/share-pages.ts:55:30
  Stack trace:
    at shareJobs (/work/main/src/posters/share-pages.ts:55:30)
    at async runHookBuildDone (file:///work/main/node_modules/astro/dist/integrations/hooks.js:464:5)
`;

describe('Astro output as editors see it', () => {
  it('turns a schema error into a Vietnamese heading naming the file, keeps the field message, drops the wrapper', () => {
    const shown = filterAstroOutput(SCHEMA_ERROR, '/tmp/site/content');
    expect(shown).toContain('Dừng xây dựng trang: tệp articles/thieu-tieu-de.mdx có trường chưa đúng');
    expect(shown).toContain('  title: Bắt buộc: hãy điền trường này.');
    for (const hidden of [
      'InvalidContentEntryDataError',
      'Hint:',
      'Error reference',
      'Location:',
      'Stack trace',
      'docs.astro.build',
      '    at ',
      '/tmp/site/content/articles',
    ])
      expect(shown).not.toContain(hidden);
  });

  it('keeps a thrown Vietnamese message and drops the hook framing, location and stack', () => {
    const shown = filterAstroOutput(HOOK_ERROR, '/tmp/site/content');
    expect(shown).toContain('Không tạo được tệp /anh-chia-se/x.png (trang /x/): hỏng.');
    expect(shown).toContain('13 pages indexed');
    for (const hidden of ['An unhandled error', 'Location:', 'Stack trace', 'share-pages.ts:55', '    at '])
      expect(shown).not.toContain(hidden);
  });

  it('drops the English cause Astro prints under a Vietnamese message, at the same indent', () => {
    const output = [
      '16:04:02 [ERROR] [vite] ✗ Build failed in 1.17s',
      'Dừng xây dựng trang: không đọc được nội dung của articles/thu.mdx.',
      '  articles/thu.mdx, dòng 9, cột 14: dấu < ở đây không mở một khung nội dung.',
      '  Location:',
      '    /tmp/site/content/articles/thu.mdx:0:0',
      '  Stack trace:',
      '  Caused by:',
      '  9:14: Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:unexpected-character)',
      '',
      'Dừng xây dựng trang: nội dung có lỗi, chưa có trang nào được xuất bản.',
    ].join('\n');
    expect(filterAstroOutput(output, '/tmp/site/content').split('\n')).toEqual([
      '16:04:02 [ERROR] [vite] ✗ Build failed in 1.17s',
      'Dừng xây dựng trang: không đọc được nội dung của articles/thu.mdx.',
      '  articles/thu.mdx, dòng 9, cột 14: dấu < ở đây không mở một khung nội dung.',
      '',
      'Dừng xây dựng trang: nội dung có lỗi, chưa có trang nào được xuất bản.',
    ]);
  });

  it('names the entry when Astro gives no location, and passes ordinary lines through untouched', () => {
    const shown = filterAstroOutput(
      '[ERROR] [content] [InvalidContentEntryDataError] lessons → bai-1 data does not match collection schema.\n  level: sai\n11:00:00 [build] Complete!',
      '/c',
    );
    expect(shown.split('\n')).toEqual([
      'Dừng xây dựng trang: bài lessons/bai-1 có trường chưa đúng (sửa theo hướng dẫn bên dưới).',
      '  level: sai',
      '11:00:00 [build] Complete!',
    ]);
  });
});

describe('nesting pre-check', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- mục`).join('\n');
  const rows: { name: string; text: string; kind?: NestingKind; line?: number }[] = [
    { name: '20 nested lists pass', text: list(MAX_NESTING) },
    { name: '21 nested lists stop at line 21', text: list(21), kind: 'list', line: 21 },
    { name: '200 nested lists', text: list(200), kind: 'list', line: 21 },
    { name: 'markers on one line', text: 'x\n' + '- '.repeat(25) + 'y', kind: 'list', line: 2 },
    { name: '200 block quotes', text: 'a\n\n' + '>'.repeat(200), kind: 'quote', line: 3 },
    { name: 'quotes with spaces', text: '> '.repeat(30) + 'x', kind: 'quote', line: 1 },
    {
      name: '100 nested components over lines',
      text: '<Callout type="info">\n'.repeat(100),
      kind: 'element',
      line: 21,
    },
    {
      name: 'a `>` inside an attribute is not a tag end',
      text: '<Callout title="a > b">\n'.repeat(21),
      kind: 'element',
      line: 21,
    },
    { name: 'closed components do not add up', text: '<Callout type="info">x</Callout>\n'.repeat(100) },
    {
      name: 'self-closing and void elements do not nest',
      text: '<HotlineCard unit="x" /><br><img src="/media/a.png">\n'.repeat(100),
    },
    { name: 'autolinks are not elements', text: '<https://x.vn/a>\n'.repeat(30) },
    { name: 'fenced code is not read', text: '```\n' + '<a>'.repeat(50) + '\n' + '>'.repeat(50) + '\n```' },
    { name: 'a long run of emphasis marks', text: '*'.repeat(100) + 'x' + '*'.repeat(100), kind: 'emphasis', line: 1 },
    { name: 'fill-in blanks are not emphasis', text: 'Họ tên: ' + '_'.repeat(80) + ' Ngày: ' + '_'.repeat(80) },
  ];
  it.each(rows)('$name', ({ text, kind, line }) => {
    const found = nestingProblems(text);
    if (!kind) expect(found).toEqual([]);
    else expect(found.find((p) => p.kind === kind)?.line).toBe(line);
  });

  it('is linear: four times the text takes about four times as long, not sixteen', () => {
    const shapes = [
      (n: number) => '> - <Callout title="a">**đậm** <https://x.vn> ___ </Callout>\n'.repeat(n / 60),
      (n: number) => '>'.repeat(n),
      (n: number) => '<a "'.repeat(n / 4),
    ];
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        nestingProblems(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    for (const shape of shapes) {
      nestingProblems(shape(100_000)); // warm up the JIT
      const small = time(shape(250_000));
      const large = time(shape(1_000_000));
      // Quadratic work on a million characters would take minutes; a busy machine adds noise to small timings.
      if (large > 250) expect(large / Math.max(small, 1)).toBeLessThan(10);
      expect(large).toBeLessThan(2000);
    }
  });
});

describe('safe percent-decoding', () => {
  it.each([
    ['/media/t%C3%A0i-li%E1%BB%87u.pdf', '/media/tài-liệu.pdf'],
    ['/bai-viet/100%/', undefined],
    ['/media/a%zz.pdf', undefined],
    ['%C3', undefined],
    ['%', undefined],
    ['/khong-ma-hoa', '/khong-ma-hoa'],
  ])('%s', (text, decoded) => {
    expect(safeDecodeURIComponent(text)).toBe(decoded);
    expect(hasMalformedEscape(text)).toBe(decoded === undefined);
  });

  it('finds malformed links in bodies, front matter and props with their lines, and ignores percentages in text', () => {
    const text =
      '---\ncover: /media/a%zz.png\n---\nGiảm 50% số vụ, 1/2% thôi.\nXem [x](/bai-viet/100%/) và <Download file="/media/b%2.pdf" />\n[ok](/media/t%C3%A0i.pdf)';
    expect(malformedLinks(text)).toEqual([
      { line: 2, ref: '/media/a%zz.png' },
      { line: 5, ref: '/bai-viet/100%/' },
      { line: 5, ref: '/media/b%2.pdf' },
    ]);
  });
});

describe('file names that give no address', () => {
  it.each([
    ['articles/ма-тий.mdx', '', false],
    ['articles/——.mdx', '', false],
    ['articles/.mdx', '', false],
    ['articles/日本.mdx', '', false],
    ['articles/bai-viết-中文.mdx', 'bai-viet', false],
    ['articles/Cảnh-giác-với-ma-túy.mdx', 'canh-giac-voi-ma-tuy', true],
    ['hotlines/Đường dây nóng 2026.yaml', 'duong-day-nong-2026', true],
    ['articles/bai_viet (1).mdx', 'bai-viet-1', true],
  ])('%s', (file, slug, ok) => expect(fileNameSlug(file)).toEqual({ slug, ok }));

  it('the pre-check names the file and the fix, and lists hidden content files the loader would skip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precheck-'));
    writeFileSync(join(dir, '.mdx'), '---\ntitle: x\n---\n');
    writeFileSync(join(dir, 'ok.mdx'), '---\ntitle: x\n---\n');
    writeFileSync(join(dir, '.DS_Store'), '');
    expect(contentFilesUnder(dir).map((f) => f.slice(dir.length + 1))).toEqual(['.mdx', 'ok.mdx']);
    const [problem] = precheckProblems(join(dir, '.mdx'), '', 'articles/.mdx');
    expect(problem).toMatch(/^articles\/\.mdx: tên tệp .* ten-bai-viet\.mdx/);
  });
});

describe('byte-order marks', () => {
  it('are removed by the one reader of content files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bom-'));
    writeFileSync(join(dir, 'a.yaml'), '\uFEFFunit: x\n');
    expect(readContentFile(join(dir, 'a.yaml'))).toBe('unit: x\n');
  });
});

describe('built HTML read with a parser', () => {
  const head = (title: string, image: string) =>
    `<!doctype html><html><head><meta property="og:title" content="${title}"><meta property="og:image" content="${image}"></head><body><p>a<b>b</b></p></body></html>`;

  it('reads og:title with `>`, `<`, quotes and entities', () => {
    expect(
      ogProperties(head('Ma túy &quot;đá&quot; <nguy hiểm> &amp; khó bỏ > 0', 'https://x.vn/a.png'))['og:title'],
    ).toBe('Ma túy "đá" <nguy hiểm> & khó bỏ > 0');
    expect(
      htmlTags('<link rel=stylesheet href="/a.css"><script src=/b.js></script>', { names: ['link', 'script'] }).map(
        (t) => t.attributes,
      ),
    ).toEqual([{ rel: 'stylesheet', href: '/a.css' }, { src: '/b.js' }]);
  });

  it('never reads uploads under /media/ as pages, and a bad og:image is skipped, not "Invalid URL"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'built-'));
    mkdirSync(join(out, 'media'));
    mkdirSync(join(out, 'bai-viet', 'a'), { recursive: true });
    writeFileSync(join(out, 'media', 'trang.html'), head('x', 'khong phai dia chi'));
    writeFileSync(join(out, 'index.html'), head('Trang chủ', 'not a url'));
    writeFileSync(
      join(out, 'bai-viet', 'a', 'index.html'),
      head('Bài > một', 'https://x.vn/anh-chia-se/bai-viet/a.png'),
    );
    expect(builtPages(out).map((p) => p.path)).toEqual(['/', '/bai-viet/a/']);
    const jobs = await shareJobs(out, { brand: {} as never, units: {} });
    expect(jobs.map((j) => [j.page, (j.data as { title?: string }).title])).toEqual([['/bai-viet/a/', 'Bài > một']]);
  });

  it('reads a page only up to its </head>, however long the head and whatever its values say', async () => {
    const body = '<body><meta property="og:title" content="not this one"></body></html>';
    const page = (title: string, padding: number) =>
      `<!doctype html><html><head><meta name="description" content="${'ma túy '.repeat(padding)}"><meta property="og:description" content="</head> inside a value"><meta property="og:title" content="${title}"><meta property="og:image" content="https://x.vn/anh-chia-se/bai-viet/a.png"></head>${body}`;
    expect(ogProperties(page('Đầu trang', 1))['og:title']).toBe('Đầu trang');
    const out = mkdtempSync(join(tmpdir(), 'built-'));
    mkdirSync(join(out, 'bai-viet', 'a'), { recursive: true });
    // A head of about 40 KB: longer than the first read of a page, cut in the middle of a multi-byte letter or not.
    writeFileSync(join(out, 'bai-viet', 'a', 'index.html'), page('Tiêu đề sau phần đầu dài', 5000));
    const jobs = await shareJobs(out, { brand: {} as never, units: {} });
    expect(jobs.map((j) => (j.data as { title?: string }).title)).toEqual(['Tiêu đề sau phần đầu dài']);
  });

  it('spaces touching tags for the search index, but never inside an attribute value', () => {
    expect(spaceTags('<dl><dt>Chủ đề</dt><dd title="a><b">Chung</dd></dl>')).toBe(
      '<dl> <dt>Chủ đề</dt> <dd title="a><b">Chung</dd> </dl>',
    );
    expect(isIndexed('<main data-pagefind-body><p>x</p></main>')).toBe(true);
    expect(isIndexed('<main><p>Thuộc tính data-pagefind-body là gì?</p></main>')).toBe(false);
  });
});
