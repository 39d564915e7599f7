/**
 * Media references are data: what an image, a link, a definition, a file prop, a cover
 * or an attachment may point to (src/safety/media-ref.ts), the MDX rules on nodes, the real Astro MDX pipeline
 * (which turns relative image paths into JavaScript imports), the CMS patterns, the field schemas, and the
 * content-tree walk that refuses symbolic links. Builds are in media-build.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import {
  checkMediaRef,
  MEDIA_FILE_PATTERN,
  MEDIA_IMAGE_PATTERN,
  useMediaFolder,
  type MediaRefKind,
  type MediaRefTarget,
} from '../../src/safety/media-ref';
import { mediaFolder } from '../../src/safety/media-folder';
import { nodeViolations } from '../../src/content-model/mdx-rules';
import { mdxAllowList } from '../../src/content-model/mdx-allowlist';
import { contentTreeProblems, formatTreeProblems } from '../../src/safety/content-tree';
import { image, media, url } from '../../src/content-model/fields';
import { mdxText, mediaRefText as t } from '../../src/i18n/safety';
import { uploadExtensions } from '../../src/safety/upload-types';

const NFD_NAME = 'ảnh-nfd.png'.normalize('NFD');
let work: string;
let content: string;
let mediaDirPath: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'media-refs-'));
  content = join(work, 'content');
  mediaDirPath = join(content, 'media');
  mkdirSync(join(mediaDirPath, 'sub'), { recursive: true });
  mkdirSync(join(mediaDirPath, 'thu-muc.png'));
  mkdirSync(join(work, 'outside'));
  for (const f of [
    'anh.png',
    'ANH2.PNG',
    'ke-hoach.pdf',
    'a b.pdf',
    'evil.mjs',
    'logo.svg',
    'trang.html',
    'sub/bieu-do.webp',
    'ảnh-nfc.png',
    NFD_NAME,
  ])
    writeFileSync(join(mediaDirPath, f), 'x');
  writeFileSync(join(work, 'outside/secret.png'), 'secret');
  symlinkSync(join(work, 'outside/secret.png'), join(mediaDirPath, 'escape.png'));
  symlinkSync(join(work, 'outside'), join(mediaDirPath, 'ngoai'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const folder = () => mediaFolder(mediaDirPath);
const all = uploadExtensions();
const images = uploadExtensions('image');

type Expected = { ok: MediaRefTarget['target']; path?: string } | string;

/** [reference, kind, expected: the target (and normalised path) when accepted, or the exact reason]. */
const rows: [ref: string, kind: MediaRefKind, expected: () => Expected][] = [
  // Relative paths: the MDX pipeline would import these as modules.
  ['./evil.mjs', 'image', () => t.relative(t.allowedImage)],
  ['../media/evil.mjs', 'image', () => t.relative(t.allowedImage)],
  ['../../src/safety/media-ref.ts', 'image', () => t.relative(t.allowedImage)],
  ['evil.png', 'image', () => t.relative(t.allowedImage)],
  ['anh.png?raw', 'image', () => t.relative(t.allowedImage)],
  ['./a.png?url', 'image', () => t.relative(t.allowedImage)],
  ['../../../../etc/passwd?raw', 'link', () => t.relative(t.allowedLink)],
  ['ke-hoach.pdf', 'file', () => t.relative(t.allowedFile)],
  ['?q=x', 'link', () => t.relative(t.allowedLink)],
  // Tool and file-system paths.
  ['/@fs/etc/passwd', 'image', () => t.notMedia('image', t.allowedImage)],
  ['/@fs/etc/passwd?raw', 'link', () => t.toolPath],
  ['/etc/passwd', 'image', () => t.notMedia('image', t.allowedImage)],
  ['/home/editor/secret.pdf', 'file', () => t.notMedia('file', t.allowedFile)],
  // Schemes.
  ['file:///etc/passwd', 'image', () => t.scheme('file', t.allowedImage)],
  ['data:image/png;base64,AAAA', 'link', () => t.scheme('data', t.allowedLink)],
  ['JaVaScript:alert(1)', 'link', () => t.scheme('javascript', t.allowedLink)],
  ['vbscript:msgbox(1)', 'link', () => t.scheme('vbscript', t.allowedLink)],
  ['C:\\Users\\x\\anh.png', 'image', () => t.scheme('c', t.allowedImage)],
  ['mailto:cax@example.vn', 'image', () => t.scheme('mailto', t.allowedImage)],
  // Hidden characters.
  ['java\tscript:alert(1)', 'link', () => t.control],
  ['/media/a\u0000.png', 'image', () => t.control],
  ['/media/%00.png', 'image', () => t.control],
  ['/media/anh.png%0A', 'image', () => t.control],
  ['/media/\u202egnp.mjs', 'file', () => t.control],
  ['/media/an\u200bh.png', 'image', () => t.control],
  // Leaving the media folder.
  ['/media/../secret.png', 'image', () => t.dotSegment],
  ['/media/%2e%2e/secret.png', 'image', () => t.dotSegment],
  ['/media/./anh.png', 'image', () => t.dotSegment],
  ['/media/sub/%2E./anh.png', 'file', () => t.dotSegment],
  ['/media/..%2fsecret.png', 'image', () => t.encodedSlash],
  ['/media/sub\\..\\..\\secret.png', 'image', () => t.backslash],
  ['/media/%5c..%5csecret.png', 'image', () => t.backslash],
  ['/duong-day-nong/../media/x.pdf', 'link', () => t.dotSegment],
  ['//evil.example/x.png', 'link', () => t.protocolRelative],
  ['/\\evil.example', 'link', () => t.protocolRelative],
  // Queries, fragments, percent signs, prefixes.
  ['/media/anh.png?raw', 'image', () => t.query],
  ['/media/anh.png?url', 'link', () => t.query],
  ['/media/ke-hoach.pdf#page=2', 'link', () => t.query],
  ['/media/50%.png', 'image', () => t.badPercent],
  ['/media/%E0%A4%A.png', 'image', () => t.badPercent],
  ['/media/%C3.png', 'file', () => t.badPercent],
  ['/MEDIA/anh.png', 'image', () => t.wrongPrefix],
  ['/%6Dedia/anh.png', 'image', () => t.wrongPrefix],
  ['/media', 'link', () => t.wrongPrefix],
  ['/media//anh.png', 'image', () => t.emptySegment],
  ['/media/', 'file', () => t.emptySegment],
  ['/media/a b.pdf', 'file', () => t.whitespace],
  ['', 'file', () => t.empty],
  // Types.
  ['/media/evil.mjs', 'image', () => t.notUpload('.mjs', all)],
  ['/media/evil.mjs', 'link', () => t.notUpload('.mjs', all)],
  ['/media/logo.svg', 'image', () => t.notUpload('.svg', all)],
  ['/media/trang.html', 'file', () => t.notUpload('.html', all)],
  ['/media/README', 'file', () => t.notUpload('', all)],
  ['/media/ke-hoach.pdf', 'image', () => t.notImage('.pdf', images)],
  // The file itself.
  ['/media/khong-co.png', 'image', () => t.missing('/media/khong-co.png')],
  ['/media/thieu.pdf', 'link', () => t.missing('/media/thieu.pdf')],
  ['/media/escape.png', 'image', () => t.outside('/media/escape.png')],
  ['/media/ngoai/secret.png', 'image', () => t.outside('/media/ngoai/secret.png')],
  ['/media/thu-muc.png', 'image', () => t.notFile('/media/thu-muc.png')],
  // External addresses.
  ['https://example.vn/a.exe', 'file', () => t.notMedia('file', t.allowedFile)],
  ['https:\\\\evil.example/x.png', 'link', () => t.badExternal],
  ['https://ubnd.gov.vn@evil.example/', 'link', () => t.badExternal],
  // Accepted.
  ['/media/anh.png', 'image', () => ({ ok: 'media', path: '/media/anh.png' })],
  ['/media/ANH2.PNG', 'image', () => ({ ok: 'media', path: '/media/ANH2.PNG' })],
  ['/media/sub/bieu-do.webp', 'image', () => ({ ok: 'media', path: '/media/sub/bieu-do.webp' })],
  ['/media/a%20b.pdf', 'file', () => ({ ok: 'media', path: '/media/a b.pdf' })],
  ['/media/a%20b.pdf', 'link', () => ({ ok: 'media', path: '/media/a b.pdf' })],
  ['/media/%E1%BA%A3nh-nfc.png', 'image', () => ({ ok: 'media', path: '/media/ảnh-nfc.png' })],
  ['/media/ảnh-nfc.png', 'image', () => ({ ok: 'media', path: '/media/ảnh-nfc.png' })],
  // A name saved on a Mac (NFD) is published under its NFC name, and found in either form.
  [`/media/${NFD_NAME}`, 'image', () => ({ ok: 'media', path: `/media/${NFD_NAME.normalize('NFC')}` })],
  [
    `/media/${NFD_NAME.normalize('NFC')}`,
    'image',
    () => ({ ok: 'media', path: `/media/${NFD_NAME.normalize('NFC')}` }),
  ],
  ['https://example.vn/anh.png', 'image', () => t.externalImage],
  ['http://example.vn/anh.png', 'image', () => t.externalImage],
  ['http://example.vn/', 'link', () => ({ ok: 'external' })],
  ['HTTPS://example.vn/', 'link', () => ({ ok: 'external' })],
  ['mailto:cax@example.vn', 'link', () => ({ ok: 'contact' })],
  ['tel:0912345678', 'link', () => ({ ok: 'contact' })],
  ['#lien-he', 'link', () => ({ ok: 'fragment' })],
  ['/duong-day-nong/?q=ma+tuy#bang', 'link', () => ({ ok: 'page', path: '/duong-day-nong/?q=ma+tuy#bang' })],
  ['/', 'link', () => ({ ok: 'page' })],
];

describe('checkMediaRef: one rule for every reference', () => {
  it('has at least 60 rows, most of them hostile', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter(([, , e]) => typeof e() === 'string').length).toBeGreaterThanOrEqual(45);
  });

  it.each(rows)('%j as %s', (ref, kind, expected) => {
    const result = checkMediaRef(ref, { kind }, folder());
    const want = expected();
    if (typeof want === 'string') expect(result).toEqual({ ok: false, reason: want });
    else {
      expect(result.ok, result.ok ? '' : result.reason).toBe(true);
      expect(result).toMatchObject({ target: want.ok, ...(want.path ? { path: want.path } : {}) });
    }
  });

  it('judges only the form without the media folder (the CMS), and the file with it (the build)', () => {
    expect(checkMediaRef('/media/khong-co.png', { kind: 'image' })).toMatchObject({ ok: true, target: 'media' });
    expect(checkMediaRef('/media/khong-co.png', { kind: 'image' }, folder())).toMatchObject({ ok: false });
    expect(checkMediaRef('https://example.vn/anh.png', { kind: 'image' })).toMatchObject({ ok: false });
  });

  it('gives a stray % a Vietnamese reason, not "URI malformed"', () => {
    const result = checkMediaRef('/media/100%-an-toan.pdf', { kind: 'file' }, folder());
    expect(result).toEqual({ ok: false, reason: t.badPercent });
    expect(t.badPercent).toMatch(/dấu % không đúng cách viết mã hóa/);
  });
});

describe('the CMS pattern is the same rule as the build', () => {
  // A regular expression cannot tell a UTF-8 sequence cut short (%C3 alone): the build decodes and refuses it.
  const formRows = rows.filter(([ref, kind]) => kind !== 'link' && ref !== '/media/%C3.png');

  it.each(formRows)('%j as %s', (ref, kind) => {
    const pattern = kind === 'image' ? MEDIA_IMAGE_PATTERN : MEDIA_FILE_PATTERN;
    const form = checkMediaRef(ref, { kind: kind as 'image' | 'file', external: false });
    expect(pattern.test(ref)).toBe(form.ok);
  });

  it('survives the trip through JSON and Decap (a RegExp built from the source, without flags)', () => {
    const source = JSON.parse(JSON.stringify(MEDIA_FILE_PATTERN.source)) as string;
    const cms = new RegExp(source);
    expect(cms.test('/media/ke-hoach.pdf')).toBe(true);
    expect(cms.test('/media/../ke-hoach.pdf')).toBe(false);
    expect(cms.test('/media/ke-hoach.pdf?raw')).toBe(false);
    expect(cms.test('/uploads/ke-hoach.pdf')).toBe(false);
  });
});

describe('field builders: covers and attachments', () => {
  it('refuses a path outside /media/, with the reason and the CMS pattern', () => {
    const field = media('attachment', { label: 'Tệp', kind: 'file' });
    expect(field.decap.pattern).toEqual([MEDIA_FILE_PATTERN.source, t.cmsHint]);
    const bad = field.zod.safeParse('/media/../../.git/config');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe(t.dotSegment);
    expect(field.zod.safeParse('https://example.vn/a.pdf').error?.issues[0]?.message).toBe(
      t.notMedia('file', t.allowedFile),
    );
  });

  it('requires an image type for a cover, and alt text', () => {
    const cover = image('cover', { label: 'Ảnh', required: false, altLabel: { label: 'Mô tả' } });
    const result = cover.zod.safeParse({ src: '/media/ke-hoach.pdf', alt: 'Kế hoạch' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['src', t.notImage('.pdf', images)],
    ]);
  });

  it('keeps web-address fields (Facebook, Zalo, site address) to http(s): zod alone accepts javascript:', () => {
    const facebook = url('facebook', { label: 'Facebook', required: false });
    expect(facebook.zod.safeParse('javascript:alert(document.cookie)').error?.issues[0]?.message).toBe(
      t.scheme('javascript', t.allowedLink),
    );
    expect(facebook.zod.safeParse('data:text/html,<script>alert(1)</script>').success).toBe(false);
    expect(facebook.zod.safeParse('https://ubnd.gov.vn@evil.example/').success).toBe(false);
    expect(facebook.zod.safeParse('https://www.facebook.com/congan.xa').success).toBe(true);
  });

  it('requires the file to exist once the build registers the media folder', () => {
    const field = media('attachment', { label: 'Tệp', kind: 'file' });
    useMediaFolder(folder());
    try {
      expect(field.zod.safeParse('/media/ke-hoach.pdf').success).toBe(true);
      expect(field.zod.safeParse('/media/thieu.pdf').error?.issues[0]?.message).toBe(t.missing('/media/thieu.pdf'));
    } finally {
      useMediaFolder(undefined);
    }
    expect(field.zod.safeParse('/media/thieu.pdf').success).toBe(true);
  });
});

describe('MDX rules on nodes', () => {
  const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
  const cases: [what: string, node: Parameters<typeof nodeViolations>[0], expected: () => string[]][] = [
    [
      'relative image',
      { type: 'image', url: '../media/evil.mjs' },
      () => [t.inBody('image', '../media/evil.mjs', t.relative(t.allowedImage))],
    ],
    [
      '?raw image',
      { type: 'image', url: './secret.txt?raw' },
      () => [t.inBody('image', './secret.txt?raw', t.relative(t.allowedImage))],
    ],
    [
      'uploaded script as image',
      { type: 'image', url: '/media/evil.mjs' },
      () => [t.inBody('image', '/media/evil.mjs', t.notUpload('.mjs', all))],
    ],
    [
      'SVG as image',
      { type: 'image', url: '/media/logo.svg' },
      () => [t.inBody('image', '/media/logo.svg', t.notUpload('.svg', all))],
    ],
    [
      'relative link',
      { type: 'link', url: './ke-hoach.pdf' },
      () => [t.inBody('link', './ke-hoach.pdf', t.relative(t.allowedLink))],
    ],
    [
      'missing upload link',
      { type: 'link', url: '/media/thieu.pdf' },
      () => [t.inBody('link', '/media/thieu.pdf', t.missing('/media/thieu.pdf'))],
    ],
    [
      'relative definition',
      { type: 'definition', url: '../../src/x.ts' },
      () => [t.inBody('definition', '../../src/x.ts', t.relative(t.allowedLink))],
    ],
    [
      'javascript: link keeps its message',
      { type: 'link', url: 'JaVaScript:alert(1)' },
      () => [mdxText.unsafeUrl('url', 'a')],
    ],
    [
      'Download escaping media',
      { type: 'mdxJsxFlowElement', name: 'Download', attributes: [attr('href', '/media/../secret.pdf')] },
      () => [mdxText.badPattern('href', 'Download', '/media/../secret.pdf', t.dotSegment)],
    ],
    [
      'Download of a missing file',
      { type: 'mdxJsxFlowElement', name: 'Download', attributes: [attr('href', '/media/thieu.pdf')] },
      () => [mdxText.badPattern('href', 'Download', '/media/thieu.pdf', t.missing('/media/thieu.pdf'))],
    ],
    [
      'Download with a query',
      { type: 'mdxJsxTextElement', name: 'Download', attributes: [attr('href', '/media/ke-hoach.pdf?raw')] },
      () => [mdxText.badPattern('href', 'Download', '/media/ke-hoach.pdf?raw', t.query)],
    ],
    ['good image', { type: 'image', url: '/media/anh.png' }, () => []],
    ['good link', { type: 'link', url: '/media/a%20b.pdf' }, () => []],
    ['good page link', { type: 'link', url: '/duong-day-nong/#bang' }, () => []],
    [
      'good Download',
      { type: 'mdxJsxFlowElement', name: 'Download', attributes: [attr('href', '/media/ke-hoach.pdf')] },
      () => [],
    ],
  ];
  it.each(cases)('%s', (_what, node, expected) => {
    expect(nodeViolations(node, folder())).toEqual(expected());
  });
});

describe("Astro's MDX pipeline never imports content", () => {
  const file = () => join(content, 'articles/thu.mdx');
  const renderer = (plugins: unknown[]) =>
    satteri({ mdastPlugins: plugins as never[] }).createMdxRenderer!(
      { syntaxHighlight: false } as never,
      { optimize: false, srcDir: pathToFileURL(work) } as never,
    );
  const imports = (code: string) =>
    code.split('\n').filter((l) => /^import .* from /.test(l) && !/from "astro[:/]/.test(l));
  const withContentDir = async <T>(run: () => Promise<T>): Promise<T> => {
    const before = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = content;
    try {
      return await run();
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
    }
  };

  it('without the allow-list, a relative image path becomes a JavaScript import (the hazard this guards)', async () => {
    const { code } = await (await renderer([])).process('![x](../media/evil.mjs) ![y](./s.txt?raw)\n', file(), {});
    expect(imports(code)).toEqual([
      'import __0____media_evil_mjs__ from "../media/evil.mjs";',
      'import __1___s_txt_raw__ from "./s.txt?raw";',
    ]);
  });

  it('with the allow-list, the file is refused before any import is written, naming the file and the line', async () => {
    const error = await withContentDir(async () =>
      (await renderer([mdxAllowList])).process('Chữ.\n\n![x](../media/evil.mjs)\n', file(), {}).catch((e: Error) => e),
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(mdxText.heading('articles/thu.mdx'));
    expect((error as Error).message).toContain(
      `articles/thu.mdx, dòng 3, cột 1: ${t.inBody('image', '../media/evil.mjs', t.relative(t.allowedImage))}`,
    );
  });

  it('allowed images compile to plain <img> with no import of any content file', async () => {
    const body =
      '![ảnh](/media/anh.png) [ngoài](https://example.vn/a.png) [tệp](/media/a%20b.pdf)\n\n<Download href="/media/ke-hoach.pdf" />\n';
    const { code } = await withContentDir(async () => (await renderer([mdxAllowList])).process(body, file(), {}));
    expect(imports(code)).toEqual([]);
    expect(code).toContain('"/media/anh.png"');
  });

  it('an image reference shows its definition as an image: the definition must be one', async () => {
    const body = '![ảnh][a]\n\n[a]: /media/ke-hoach.pdf\n';
    const error = await withContentDir(async () =>
      (await renderer([mdxAllowList])).process(body, file(), {}).catch((e: Error) => e),
    );
    expect((error as Error).message).toContain(
      `dòng 1, cột 1: ${t.inBody('image', '/media/ke-hoach.pdf', t.notImage('.pdf', images))}`,
    );
  });

  it('a front-matter layout (which Astro imports) is refused', async () => {
    const error = await withContentDir(async () =>
      (await renderer([mdxAllowList])).process('Chữ.\n', file(), { layout: '../../evil.mjs' }).catch((e: Error) => e),
    );
    expect((error as Error).message).toContain(t.layout);
  });

  it('the import step is disarmed: a local image path that got past the rules stops the build', async () => {
    // The allow-list's hooks without its rules, then Astro's collector: the last line of defence alone.
    const hooksOnly = { ...mdxAllowList, image: undefined, link: undefined, definition: undefined };
    const error = await withContentDir(async () =>
      (await renderer([hooksOnly])).process('![x](../media/evil.mjs)\n', file(), {}).catch((e: Error) => e),
    );
    expect((error as Error).message).toContain(t.importBlocked('../media/evil.mjs'));
  });
});

describe('content tree: no symbolic links or special files', () => {
  it('finds every link (file, folder, dangling) and special file, named relative to the content folder', () => {
    const root = join(work, 'tree');
    mkdirSync(join(root, 'articles'), { recursive: true });
    mkdirSync(join(root, 'media/sub'), { recursive: true });
    writeFileSync(join(root, 'articles/that.mdx'), '---\n---\n');
    writeFileSync(join(work, 'outside/bai.mdx'), '---\n---\n');
    symlinkSync(join(work, 'outside/bai.mdx'), join(root, 'articles/lien-ket.mdx'));
    symlinkSync(join(work, 'outside'), join(root, 'media/sub/thu-muc'));
    symlinkSync('/khong/co/dau', join(root, 'settings.yaml'));
    const fifo = spawnSync('mkfifo', [join(root, 'media/ong')]);
    const problems = contentTreeProblems(root);
    expect(problems).toEqual([
      { path: 'articles/lien-ket.mdx', kind: 'symlink', detail: join(work, 'outside/bai.mdx') },
      ...(fifo.status === 0 ? [{ path: 'media/ong', kind: 'special' }] : []),
      { path: 'media/sub/thu-muc', kind: 'symlink', detail: join(work, 'outside') },
      { path: 'settings.yaml', kind: 'symlink', detail: '/khong/co/dau' },
    ]);
    const message = formatTreeProblems(root, problems);
    expect(message).toContain('articles/lien-ket.mdx: là liên kết tượng trưng trỏ tới');
    expect(message).toMatch(/Cách sửa: xóa liên kết này/);
    expect(contentTreeProblems(content).map((p) => p.path)).toEqual(['media/escape.png', 'media/ngoai']);
  });

  it('accepts a folder of regular files, and a missing folder (the loader reports that one)', () => {
    const root = join(work, 'clean');
    mkdirSync(join(root, 'articles'), { recursive: true });
    writeFileSync(join(root, 'articles/a.mdx'), 'x');
    expect(contentTreeProblems(root)).toEqual([]);
    expect(contentTreeProblems(join(work, 'khong-co'))).toEqual([]);
  });
});
