/**
 * Uploads are an allow-list: a table of hostile uploads, each with the refusal it must get, and a
 * good file of every allowed type that must pass; the one message for a folder; symbolic links never listed; one
 * real build proving the check runs before anything is published; the header table, the `_headers` file, the
 * documented nginx configuration (docs/deploying.md) and the servers' content types agree.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { uploadText } from '../../src/i18n/safety';
import { uploadProblem } from '../../src/safety/upload-verdict';
import { checkMediaFolder, formatMediaProblems, regularFiles } from '../../src/safety/uploads';
import { UPLOAD_TYPES, uploadType } from '../../src/safety/upload-types';
import {
  headersFileText,
  headerRules,
  HEADER_TABLE,
  MEDIA_CSP,
  nginxConfig,
  responseHeaders,
} from '../../src/safety/header-table';
import { headersFor, parseHeadersFile } from '../../src/safety/headers';
import { contentType } from '../../src/safety/content-types';
import { buildSite, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { goodUploads, HOSTILE_HTML, HOSTILE_JS, HOSTILE_SVG, zipArchive } from './upload-files';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { contentMedia } from '../../src/integrations/content-media';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const jpeg = Buffer.from('ffd8ffe000104a464946', 'hex');
const docxWithoutMain = zipArchive([
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'index.html', data: HOSTILE_HTML },
]);
const odsAsOdt = zipArchive([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', stored: true },
]);
const odtMimetypeText = zipArchive([{ name: 'mimetype', data: 'text/html', stored: true }]);

type Expected = 'svg' | 'code' | 'noExtension' | 'notAllowed' | 'mismatch' | 'notUtf8' | 'nulByte';

/** Hostile uploads: file name (under media/), bytes, the refusal. */
const HOSTILE: [name: string, bytes: Buffer, expected: Expected][] = [
  ['bieu-do.svg', Buffer.from(HOSTILE_SVG), 'svg'],
  ['ANH.SVG', Buffer.from(HOSTILE_SVG), 'svg'],
  ['nen.svgz', Buffer.from(HOSTILE_SVG), 'svg'],
  ['anh-svg.png', Buffer.from(HOSTILE_SVG), 'mismatch'],
  ['anh-html.jpg', Buffer.from(HOSTILE_HTML), 'mismatch'],
  ['thong-bao.html', Buffer.from(HOSTILE_HTML), 'code'],
  ['thong-bao.htm', Buffer.from(HOSTILE_HTML), 'code'],
  ['thong-bao.HTML', Buffer.from(HOSTILE_HTML), 'code'],
  ['x.js', Buffer.from(HOSTILE_JS), 'code'],
  ['x.mjs', Buffer.from(HOSTILE_JS), 'code'],
  ['x.cjs', Buffer.from(HOSTILE_JS), 'code'],
  ['trang.xhtml', Buffer.from(HOSTILE_HTML), 'code'],
  ['du-lieu.xml', Buffer.from('<?xml version="1.0"?><x/>'), 'code'],
  ['trang.shtml', Buffer.from(HOSTILE_HTML), 'code'],
  ['a.png.html', Buffer.from(HOSTILE_HTML), 'code'],
  ['da-nhiem.pdf', Buffer.from(`<html><script>fetch('/beacon')</script></html>\n%PDF-1.4\n%%EOF`), 'mismatch'],
  ['ghi-chu.txt', Buffer.from('Đường dây nóng\u0000113', 'utf8'), 'nulByte'],
  ['tcvn3.txt', Buffer.from([0x44, 0xb8, 0x6e, 0x67, 0x20, 0xf0]), 'notUtf8'],
  ['bien-ban.docx', Buffer.from('không phải tệp zip'), 'mismatch'],
  ['zip-co-html.docx', docxWithoutMain, 'mismatch'],
  ['bang.xlsx', docxWithoutMain, 'mismatch'],
  ['van-ban.odt', odsAsOdt, 'mismatch'],
  ['trinh-chieu.odp', odtMimetypeText, 'mismatch'],
  ['anh.webp', Buffer.concat([Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVEfmt ')]), 'mismatch'],
  [
    'anh.avif',
    Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from('ftypmp42\u0000\u0000\u0000\u0000mp42')]),
    'mismatch',
  ],
  ['anh.gif', png, 'mismatch'],
  ['rong.png', Buffer.alloc(0), 'mismatch'],
  ['README', Buffer.from('xin chào'), 'noExtension'],
  ['.htaccess', Buffer.from('AddHandler cgi-script .png'), 'noExtension'],
  ['cai-dat.exe', Buffer.from('MZ\u0090\u0000'), 'notAllowed'],
  ['tai-lieu.zip', zipArchive([{ name: 'a.txt', data: 'a' }]), 'notAllowed'],
  ['cu.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'notAllowed'],
  ['anh.jpg.php', jpeg, 'code'],
];

const MESSAGE: Record<Expected, (file: string) => string> = {
  svg: uploadText.svg,
  code: uploadText.code,
  noExtension: uploadText.noExtension,
  notAllowed: (file) => uploadText.notAllowed(file, `.${file.split('.').at(-1)!.toLowerCase()}`),
  mismatch: (file) => `${file}: nội dung tệp không phải là`,
  notUtf8: uploadText.notUtf8,
  nulByte: uploadText.nulByte,
};

describe('one upload', () => {
  it.each(HOSTILE)('%s is refused (%#)', (name, bytes, expected) => {
    const shown = `media/${name}`;
    const problem = uploadProblem(shown, () => bytes);
    expect(problem).toBeDefined();
    expect(problem!.startsWith(MESSAGE[expected](shown))).toBe(true);
    expect(problem).toContain('Cách sửa');
  });

  it('has at least 15 hostile rows, and every rule of the verdict is exercised', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(15);
    expect(new Set(HOSTILE.map((r) => r[2]))).toEqual(new Set(Object.keys(MESSAGE)));
  });

  it('an SVG is refused with how to fix it: export as PNG', () => {
    expect(uploadProblem('media/logo.svg', () => Buffer.from(HOSTILE_SVG))).toMatch(/PNG/);
  });

  it('names the expected type when the bytes are another kind of file', () => {
    expect(uploadProblem('media/a.png', () => Buffer.from(HOSTILE_SVG))).toContain('ảnh PNG');
    expect(uploadProblem('media/a.pdf', () => Buffer.from('<html>'))).toContain('tệp PDF');
  });

  it('passes a good file of every allowed type (upper-case extensions too)', async () => {
    const good = await goodUploads();
    const types = new Set(Object.keys(good).map((name) => uploadType(name)?.extension));
    expect([...types].sort()).toEqual(UPLOAD_TYPES.map((t) => t.extension).sort());
    for (const [name, bytes] of Object.entries(good))
      expect(
        uploadProblem(`media/${name}`, () => bytes),
        name,
      ).toBeUndefined();
  });
});

describe('the media folder', () => {
  let dir: string;
  let good: Record<string, Buffer>;

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'uploads-')), 'media');
    good = await goodUploads();
    for (const [name, bytes] of [...Object.entries(good), ...HOSTILE.map(([n, b]) => [`xau/${n}`, b] as const)]) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    symlinkSync('/etc/passwd', join(dir, 'mat-khau.txt'));
    symlinkSync('/etc', join(dir, 'thu-muc-ngoai'));
  });

  it('one message names every refused file as media/… and no allowed one', () => {
    const result = checkMediaFolder(dir);
    expect(result.allowed.sort()).toEqual(Object.keys(good).sort());
    expect(result.problems).toHaveLength(HOSTILE.length);
    const message = formatMediaProblems(result.problems);
    expect(message.split('\n')[0]).toBe(uploadText.heading);
    for (const [name] of HOSTILE) expect(message).toContain(`media/xau/${name}:`);
    for (const name of Object.keys(good)) expect(message).not.toContain(`media/${name}:`);
  });

  it('symbolic links are neither followed nor listed (the content-tree check refuses them)', () => {
    const files = regularFiles(dir);
    expect(files).not.toContain('mat-khau.txt');
    expect(files.some((f) => f.startsWith('thu-muc-ngoai'))).toBe(false);
  });

  it('two names that differ only in Unicode form (one saved on a Mac) would share one address: refused', () => {
    const twins = join(mkdtempSync(join(tmpdir(), 'uploads-')), 'media');
    mkdirSync(twins);
    const name = 'ảnh-nhà-văn-hóa.png';
    writeFileSync(join(twins, name.normalize('NFC')), good['anh.png']!);
    writeFileSync(join(twins, name.normalize('NFD')), good['anh.png']!);
    const result = checkMediaFolder(twins);
    expect(result.allowed).toHaveLength(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/chỉ khác cách mã hóa dấu tiếng Việt/);
  });
});

describe('one build with a bad upload', () => {
  it('stops before anything is published, naming media/…', () => {
    const content = overlay(fixtureSite('dien-bien'));
    mkdirSync(join(content, 'media/anh'), { recursive: true });
    writeFileSync(join(content, 'media/anh/bieu-do.svg'), HOSTILE_SVG);
    writeFileSync(join(content, 'media/x.js'), HOSTILE_JS);
    writeFileSync(join(content, 'media/anh-that.png'), png);
    const site = buildSite(content);
    expect(site.ok, site.output).toBe(false);
    expect(site.output).toContain(uploadText.heading);
    expect(site.output).toContain('media/anh/bieu-do.svg');
    expect(site.output).toContain('media/x.js');
    expect(site.output).not.toContain('media/anh-that.png:');
    expect(existsSync(join(site.outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(site.outDir, 'media'))).toBe(false);
  }, 300_000); // builds of one checkout take turns (a lock): allow for waiting
});

describe('one header table', () => {
  it('the _headers file reads back as the table', () => {
    const parsed = parseHeadersFile(headersFileText());
    expect(parsed.map((r) => r.pattern)).toEqual(HEADER_TABLE.map((r) => r.pattern));
    expect(parsed).toEqual(headerRules);
  });

  it.each(['/media/x.svg', '/media/x.html', '/media/x.js', '/media/a/b.pdf', '/media/a.png', '/media/ANH.SVG'])(
    '%s: sandboxed, never sniffed',
    (path) => {
      const h = responseHeaders(path);
      expect(h['content-security-policy']).toBe(MEDIA_CSP);
      expect(h['x-content-type-options']).toBe('nosniff');
    },
  );

  it('only images a page shows are served inline; everything else is a download', () => {
    for (const t of UPLOAD_TYPES) {
      const h = responseHeaders(`/media/tep${t.extension}`);
      expect(h['content-disposition'], t.extension).toBe(t.kind === 'image' ? undefined : 'attachment');
    }
    for (const path of ['/media/x.svg', '/media/x.html', '/media/x.js', '/media/README', '/media/ANH.PNG'])
      expect(responseHeaders(path)['content-disposition'], path).toBe('attachment');
    expect(responseHeaders('/')['content-disposition']).toBeUndefined();
  });

  it('the documented nginx configuration (docs/deploying.md) is the generated one', () => {
    const readme = readFileSync(join(projectRoot, 'docs/deploying.md'), 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(nginxConfig());
  });

  it('the nginx configuration sends, per location, what the table gives its paths', () => {
    const config = nginxConfig();
    const media = /location \/media\/ \{([\s\S]*?)\n\}/.exec(config)?.[1] ?? '';
    expect(media).toContain(`add_header Content-Security-Policy "${MEDIA_CSP}" always;`);
    expect(media).toContain('add_header Content-Disposition "attachment" always;');
    const images = /location ~ \^\/media\/\.\*\\\.\(([a-z|]+)\)\$ \{([\s\S]*?)\n\}/.exec(config);
    expect(images?.[1]?.split('|').sort()).toEqual(
      UPLOAD_TYPES.filter((t) => t.kind === 'image')
        .map((t) => t.extension.slice(1))
        .sort(),
    );
    expect(images?.[2]).not.toContain('Content-Disposition');
    expect(images?.[2]).toContain(MEDIA_CSP);
  });

  it("servers send the upload table's types, by extension in any case", () => {
    for (const t of UPLOAD_TYPES) {
      expect(contentType(`/media/a${t.extension}`)).toBe(t.mime);
      expect(contentType(`/media/a${t.extension.toUpperCase()}`)).toBe(t.mime);
    }
    expect(contentType('/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/pagefind/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/pagefind/wasm.vi.pagefind')).toBe('application/octet-stream');
    expect(contentType('/media/.htaccess')).toBe('application/octet-stream');
  });

  it('the parser applies the table as Cloudflare does (detach, then set)', () => {
    expect(headersFor(headerRules, '/admin/')['content-security-policy']).toContain("'unsafe-eval'");
    expect(headersFor(headerRules, '/media/x.png')['content-security-policy']).not.toContain(',');
  });
});

describe('astro dev serves /media/ as production does', () => {
  it("only files the build would publish, with the header table's headers", async () => {
    const content = mkdtempSync(join(tmpdir(), 'uploads-dev-'));
    const media = join(content, 'media');
    mkdirSync(join(media, 'anh'), { recursive: true });
    const good = await goodUploads();
    writeFileSync(join(media, 'anh/anh.png'), good['anh.png']!);
    writeFileSync(join(media, 'ke-hoach.pdf'), good['ke-hoach.pdf']!);
    writeFileSync(join(media, 'x.svg'), HOSTILE_SVG);
    writeFileSync(join(media, 'x.js'), HOSTILE_JS);
    writeFileSync(join(media, 'anh-svg.png'), HOSTILE_SVG);
    writeFileSync(join(content, 'bi-mat.txt'), 'bí mật');
    symlinkSync(join(content, 'bi-mat.txt'), join(media, 'lien-ket.txt'));
    symlinkSync(content, join(media, 'thu-muc-lien-ket'));

    type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    let handler: Handler | undefined;
    const logged: string[] = [];
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = content;
    const setup = contentMedia().hooks['astro:server:setup'] as unknown as (options: unknown) => void;
    setup({
      server: { middlewares: { use: (_path: string, fn: Handler) => (handler = fn) } },
      logger: { error: (m: string) => logged.push(m) },
    });
    // As connect mounts it: the /media prefix is stripped; what the middleware passes on is the dev server's 404.
    const server = createServer((req, res) => {
      req.url = req.url!.slice('/media'.length);
      handler!(req, res, () => res.writeHead(404).end());
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/media`;
    try {
      const png = await fetch(`${base}/anh/anh.png`);
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(png.headers.get('content-security-policy')).toBe(MEDIA_CSP);
      expect(png.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await png.arrayBuffer())).toEqual(good['anh.png']);
      const pdf = await fetch(`${base}/ke-hoach.pdf`);
      expect(pdf.headers.get('content-disposition')).toBe('attachment');
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      for (const path of [
        '/x.svg',
        '/x.js',
        '/anh-svg.png',
        '/lien-ket.txt',
        '/thu-muc-lien-ket/bi-mat.txt',
        '/..%2Fbi-mat.txt',
        '/%2e%2e/bi-mat.txt',
      ]) {
        const response = await fetch(`${base}${path}`);
        expect(response.status, path).toBe(404);
      }
      expect(logged.join('\n')).toContain('media/x.svg');
      expect(logged.join('\n')).toContain('media/anh-svg.png');
    } finally {
      server.close();
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });
});
