/**
 * The MDX allow-list, without a build: content bodies are Markdown plus the registered components with plain string
 * attributes. No import/export, no {expressions}, no <script>, no event handlers, no unregistered component, no
 * javascript: links. The plugin runs on the real MDX parser (Sätteri, what Astro compiles with), on written bodies
 * and on the bad fixtures of tests/fixtures/bad/; tests/safety/mdx-allowlist.test.ts proves the build runs it.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { mdxAllowList } from '../../src/content-model/mdx-allowlist';
import { demoContent, fixtureSite, projectRoot } from '../helpers/build';

/** Compiles a body the way the build does; returns the error message, or '' when the body is allowed. */
function compile(body: string, file = join(demoContent, 'articles/thu.mdx')): string {
  try {
    mdxToJs(body, { mdastPlugins: [mdxAllowList], fileURL: pathToFileURL(file) });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** A content file's body with its front matter blanked, so line numbers stay those of the file. */
const bodyOf = (raw: string) => raw.replace(/^---\r?\n[\s\S]*?\r?\n---/, (fm) => fm.replace(/[^\n]/g, ''));

describe('MDX allow-list (the plugin on the real parser)', () => {
  it('allows every body of the demo commune and of the second commune', () => {
    for (const root of [demoContent, fixtureSite('dien-bien')]) {
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
      expect(files.length).toBeGreaterThan(5);
      for (const f of files) expect(compile(bodyOf(readFileSync(join(root, f), 'utf8')), join(root, f)), f).toBe('');
    }
  });

  it('allows Markdown, the four components with valid attributes, and harmless inline HTML', () => {
    const body = [
      '## Tiêu đề',
      '',
      '**Đậm**, _nghiêng_, [liên kết](/bai-viet/) và [trang ngoài](https://example.vn).',
      '',
      '| A | B |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
      '<Callout type="warning" title="Cảnh giác">',
      '',
      'Không nhận đồ uống lạ.',
      '',
      '</Callout>',
      '',
      '<HotlineCard unit="lac-phuong" />',
      '',
      '<Download href="/media/tai-lieu.pdf" label="Tải về" />',
      '',
      '<KeyDate date="2026-06-26" label="Ngày toàn dân phòng, chống ma túy" />',
      '',
      'H<sub>2</sub>O, m<sup>2</sup>, <abbr title="Ủy ban nhân dân">UBND</abbr>, dòng một<br />dòng hai. Dấu ngoặc: \\{ \\}',
    ].join('\n');
    // The build checks that uploads exist (src/safety/media-ref.ts): a content folder holding the one linked here.
    const content = join(mkdtempSync(join(tmpdir(), 'mdx-allow-')), 'content');
    mkdirSync(join(content, 'media'), { recursive: true });
    writeFileSync(join(content, 'media/tai-lieu.pdf'), '%PDF-1.4\n');
    const before = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = content;
    try {
      expect(compile(body, join(content, 'articles/thu.mdx'))).toBe('');
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
    }
  });

  const rejected: [what: string, body: string, line: number, reason: RegExp][] = [
    ['import', "Đầu bài.\n\nimport Video from './Video.astro'", 3, /không được dùng import\/export/],
    ['export', 'Đầu bài.\n\nexport const x = 1', 3, /không được dùng import\/export/],
    ['expression', 'Năm {new Date().getFullYear()}.', 1, /biểu thức JavaScript \{new Date\(\)\.getFullYear\(\)\}/],
    ['block expression', 'Đầu bài.\n\n{alert(1)}', 3, /biểu thức JavaScript/],
    ['script', 'Bài.\n\n<script>alert(1)</script>', 3, /thẻ <script> không được phép/],
    ['style', '<style>{"body{display:none}"}</style>', 1, /thẻ <style> không được phép/],
    ['iframe', '<iframe src="https://example.com"></iframe>', 1, /thẻ <iframe> không được phép/],
    [
      'event handler on a component',
      '<Callout type="info" onClick="alert(1)">\n\nChữ.\n\n</Callout>',
      1,
      /thuộc tính onClick trên <Callout> là mã JavaScript/,
    ],
    [
      'event handler on HTML',
      'Chữ <mark onmouseover="alert(1)">đánh dấu</mark>.',
      1,
      /thuộc tính onmouseover trên <mark>/,
    ],
    [
      'unregistered component',
      '<YouTube id="abc" />',
      1,
      /<YouTube> không phải khung nội dung được phép\. Chỉ dùng: Callout, HotlineCard, Download, KeyDate/,
    ],
    ['fragment', '<>chữ</>', 1, /<<>> không phải khung nội dung/],
    [
      'attribute expression',
      '<Callout type={"info"}>\n\nChữ.\n\n</Callout>',
      1,
      /thuộc tính type của <Callout> phải là chữ trong ngoặc kép/,
    ],
    ['spread attribute', '<HotlineCard {...props} />', 1, /không được dùng \{\.\.\.\}/],
    [
      'unknown attribute',
      '<Download href="/media/a.pdf" target="_blank" />',
      1,
      /<Download> không có thuộc tính target/,
    ],
    [
      'bad option',
      '<Callout type="danger">\n\nChữ.\n\n</Callout>',
      1,
      /giá trị "danger" của type trên <Callout> không hợp lệ/,
    ],
    [
      'missing attribute',
      '<KeyDate date="2026-06-26" />',
      1,
      /khung “Mốc thời gian” \(<KeyDate>\) thiếu “[^”]+” \(label\)/,
    ],
    [
      'Download outside /media/',
      '<Download href="https://evil.example/a.exe" />',
      1,
      /giá trị "https:\/\/evil\.example\/a\.exe" của href trên <Download> không hợp lệ/,
    ],
    ['javascript: link', '[Nhận quà](javascript:alert(1))', 1, /không được bắt đầu bằng javascript: hay data:/],
    ['javascript: with a tab', '[Nhận quà](<java\tscript:alert(1)>)', 1, /không được bắt đầu bằng javascript:/],
    [
      'data: image',
      '![ảnh](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
      1,
      /không được bắt đầu bằng javascript: hay data:/,
    ],
    ['raw HTML element', '<div class="x">chữ</div>', 1, /thẻ HTML <div> không được phép/],
  ];

  it.each(rejected)('rejects %s, naming the file, the line and the reason', (_what, body, line, reason) => {
    const message = compile(body);
    expect(message).toContain('Dừng xây dựng trang: nội dung của articles/thu.mdx có phần không được phép.');
    expect(message).toContain(`articles/thu.mdx, dòng ${line}`);
    expect(message).toMatch(reason);
    expect(message).toMatch(/Cách sửa: nội dung chỉ gồm chữ định dạng Markdown/);
  });

  it('lists every problem of a file at once, in order', () => {
    const message = compile('{a}\n\n<YouTube />\n\nimport x from "y"');
    const lines = message.split('\n').filter((l) => l.includes('articles/thu.mdx, dòng'));
    expect(lines.map((l) => /dòng (\d+)/.exec(l)![1])).toEqual(['1', '3', '5']);
  });
});

describe('MDX allow-list on the bad fixtures', () => {
  const cases: { fixture: string; file: string; line: string; reason: RegExp }[] = [
    { fixture: 'mdx-import', file: 'articles/co-import.mdx', line: 'dòng 9', reason: /import\/export/ },
    { fixture: 'mdx-export', file: 'articles/co-export.mdx', line: 'dòng 11', reason: /import\/export/ },
    { fixture: 'mdx-expression', file: 'articles/co-bieu-thuc.mdx', line: 'dòng 9', reason: /biểu thức JavaScript/ },
    { fixture: 'mdx-script', file: 'articles/co-script.mdx', line: 'dòng 11', reason: /thẻ <script> không được phép/ },
    {
      fixture: 'mdx-event-handler',
      file: 'articles/co-onclick.mdx',
      line: 'dòng 9',
      reason: /onClick trên <Callout> là mã JavaScript/,
    },
    {
      fixture: 'mdx-unknown-component',
      file: 'articles/co-thanh-phan-la.mdx',
      line: 'dòng 11',
      reason: /<YouTube> không phải khung nội dung được phép/,
    },
    {
      fixture: 'mdx-javascript-link',
      file: 'articles/co-lien-ket-js.mdx',
      line: 'dòng 9',
      reason: /javascript: hay data:/,
    },
  ];

  it.each(cases)('$fixture is refused, naming the file, the line and the reason', ({ fixture, file, line, reason }) => {
    // The fixture folder stands for the content folder, so the file is named as in the build.
    const root = join(projectRoot, 'tests/fixtures/bad', fixture);
    const before = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = root;
    try {
      const message = compile(bodyOf(readFileSync(join(root, file), 'utf8')), join(root, file));
      expect(message).toContain(`nội dung của ${file} có phần không được phép`);
      expect(message).toContain(`${file}, ${line}`);
      expect(message).toMatch(reason);
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
    }
  });
});
