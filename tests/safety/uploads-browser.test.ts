/**
 * Script on the site's own origin through uploads, in real Chromium. A commune's site is built
 * with a good upload of every allowed type; then hostile files are placed straight into the built media/ folder, as
 * if an upload had slipped past the build's check: an SVG with inline script and onload, an HTML page loading
 * /media/x.js, the script itself, an SVG renamed .png. Served with the production header table, by the test server
 * and by `npm run preview`, each is opened directly: no script runs (no beacon request, no cookie, no localStorage
 * flag). The same files served without the headers do run, so the test can fail. Images still show in pages and
 * documents still download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { buildSite, fixtureSite, projectRoot, type BuildResult } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { headersFileText, MEDIA_CSP, responseHeaders } from '../../src/safety/header-table';
import { serveDir, type Served } from '../../tools/static-server';
import { serveWithHeaders } from './serve-with-headers';
import { goodUploads, HOSTILE_HTML, HOSTILE_JS, HOSTILE_SVG } from './upload-files';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { acceptList } from '../../cms/upload-guard';
import { uploadText } from '../../src/i18n/safety';

const ARTICLE = 'tai-lieu-ke-hoach';
/** The local CMS backend's port the build's admin calls. */
const CMS_PORT = 8191;

/** Hostile files placed in the built media/ folder, each opened directly. */
const HOSTILE: Record<string, string> = {
  'x.svg': HOSTILE_SVG,
  'anh/bieu-do.svg': HOSTILE_SVG,
  'thong-bao.html': HOSTILE_HTML,
  'x.js': HOSTILE_JS,
  'anh-svg.png': HOSTILE_SVG,
};

let site: BuildResult;
let browser: Browser;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  return typeof address === 'object' && address ? address.port : 0;
}

/** `npm run preview`'s script on the built site, as a child process. */
async function startPreview(outDir: string): Promise<Served & { child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'tools/cli/preview.ts')], {
    cwd: projectRoot,
    env: { ...process.env, OUT_DIR: outDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`preview did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', () => fail(new Error(`preview exited:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    close: async () => {
      child.kill('SIGTERM');
    },
  };
}

/** Opens every hostile file directly in a fresh context; returns what its scripts managed to do. */
async function openHostile(base: string): Promise<{
  beacons: string[];
  cookies: string[];
  storage: (string | null)[];
  headers: Record<string, Record<string, string>>;
}> {
  const context: BrowserContext = await browser.newContext();
  const beacons: string[] = [];
  context.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    // x.js opened directly is a navigation; loaded by the HTML page it is a script.
    if (path.startsWith('/beacon/') || (path === '/media/x.js' && !request.isNavigationRequest())) beacons.push(path);
  });
  const headers: Record<string, Record<string, string>> = {};
  const page = await context.newPage();
  for (const name of Object.keys(HOSTILE)) {
    // A download (Content-Disposition: attachment) makes goto throw: nothing was rendered.
    await page.goto(`${base}/media/${name}`, { waitUntil: 'load' }).catch(() => null);
    await page.waitForTimeout(300);
    headers[name] = (await page.request.get(`${base}/media/${name}`)).headers();
  }
  // Back on a page of the site's own origin: did anything leave a mark there?
  await page.goto(`${base}/`, { waitUntil: 'load' });
  const storage = [await page.evaluate(() => localStorage.getItem('pwned'))];
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`);
  await context.close();
  return { beacons, cookies, storage, headers };
}

beforeAll(async () => {
  const content = overlay(fixtureSite('dien-bien'));
  const good = await goodUploads();
  for (const [name, bytes] of Object.entries(good)) {
    mkdirSync(dirname(join(content, 'media', name)), { recursive: true });
    writeFileSync(join(content, 'media', name), bytes);
  }
  writeFileSync(
    join(content, 'articles', `${ARTICLE}.mdx`),
    [
      '---',
      'title: Tài liệu kế hoạch phòng, chống ma túy',
      'summary: Kế hoạch của phường và hình minh họa.',
      'publishDate: 2026-11-10',
      'category: tin-dia-phuong',
      'audiences: [nguoi-dan]',
      '---',
      '',
      '## Kế hoạch',
      '',
      '![Biểu đồ kế hoạch của phường](/media/anh.png)',
      '',
      '<Download href="/media/ke-hoach.pdf" label="Tải kế hoạch" />',
      '',
    ].join('\n'),
  );
  site = buildSite(content, { CMS_LOCAL_PORT: String(CMS_PORT) });
  if (!site.ok) throw new Error(site.output);
  for (const [name, text] of Object.entries(HOSTILE)) {
    mkdirSync(dirname(join(site.outDir, 'media', name)), { recursive: true });
    writeFileSync(join(site.outDir, 'media', name), text);
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built site', () => {
  it('publishes every allowed upload and the _headers file of the table', async () => {
    const published = (dir: string, prefix = ''): string[] =>
      readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? published(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
      );
    expect(published(join(site.outDir, 'media'))).toEqual(expect.arrayContaining(Object.keys(await goodUploads())));
    expect(readFileSync(join(site.outDir, '_headers'), 'utf8')).toBe(headersFileText());
  });
});

describe.each([
  ['the test server', (dir: string) => serveWithHeaders(dir), true],
  ['npm run preview', (dir: string) => startPreview(dir), true],
  // Defence in depth: even rendered instead of downloaded, the sandbox policy alone stops every script.
  [
    'a host that drops Content-Disposition',
    (dir: string) =>
      serveDir(dir, {
        headers: (path) =>
          Object.fromEntries(Object.entries(responseHeaders(path)).filter(([name]) => name !== 'content-disposition')),
      }),
    false,
  ],
] as const)('uploads served by %s with the production headers', (_name, serve, disposition) => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(site.outDir);
  });
  afterAll(async () => {
    await served?.close();
  });

  it('no hostile upload runs script, opened directly', async () => {
    const result = await openHostile(served.url);
    expect(result.beacons).toEqual([]);
    expect(result.cookies).toEqual([]);
    expect(result.storage).toEqual([null]);
    for (const name of ['x.svg', 'thong-bao.html', 'x.js']) {
      expect(result.headers[name]?.['content-security-policy'], name).toBe(MEDIA_CSP);
      expect(result.headers[name]?.['x-content-type-options'], name).toBe('nosniff');
    }
  });

  it('images still show in pages; the PDF downloads', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${served.url}/bai-viet/${ARTICLE}/`, { waitUntil: 'networkidle' });
    const image = page.locator('main img[src="/media/anh.png"]');
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(8);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải kế hoạch/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ke-hoach.pdf');
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const pdf = await page.request.get(`${served.url}/media/ke-hoach.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toBe(disposition ? 'attachment' : undefined);
    const png = await page.request.get(`${served.url}/media/anh.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(png.headers()['content-disposition']).toBeUndefined();
    await context.close();
  });
});

describe('without the headers (as on a host that ignores _headers)', () => {
  it('the same uploads do run script: the detector sees it', async () => {
    const plain = await serveDir(site.outDir);
    const result = await openHostile(plain.url);
    await plain.close();
    expect(result.beacons).toEqual(
      expect.arrayContaining(['/beacon/svg-script', '/beacon/html-inline', '/media/x.js', '/beacon/js']),
    );
    expect(result.cookies.length).toBeGreaterThan(0);
    expect(result.storage).not.toEqual([null]);
  });
});

describe('the CMS refuses what the build would refuse', () => {
  let served: Served;
  let decap: DecapServer;
  let content: string;

  beforeAll(async () => {
    content = join(mkdtempSync(join(tmpdir(), 'uploads-cms-')), 'content');
    cpSync(fixtureSite('dien-bien'), content, { recursive: true });
    served = await serveDir(site.outDir);
    decap = await startDecapServer(content, CMS_PORT, { sitePort: Number(new URL(served.url).port) });
  });
  afterAll(async () => {
    await served?.close();
    await decap?.stop();
  });

  it("the media library's upload accepts only the table, and a refused pick never reaches the content folder", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${served.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Bộ sưu tập').waitFor();
    await page.getByRole('button', { name: 'Tập tin' }).first().click();
    const input = page.locator('input[type="file"]').first();
    await input.waitFor({ state: 'attached' });
    expect(await input.getAttribute('accept')).toBe(acceptList(false));

    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.accept();
    });
    const pick = async (name: string, buffer: Buffer, mimeType: string) => {
      await input.setInputFiles({ name, mimeType, buffer });
      await page.waitForTimeout(500);
    };
    await pick('bieu-do.svg', Buffer.from(HOSTILE_SVG), 'image/svg+xml');
    await pick('anh-doi-ten.png', Buffer.from(HOSTILE_SVG), 'image/png');
    await pick('thong-bao.html', Buffer.from(HOSTILE_HTML), 'text/html');
    await expect.poll(() => alerts.length).toBe(3);
    expect(alerts[0]).toBe(uploadText.cmsRefused([uploadText.svg('bieu-do.svg')]));
    expect(alerts[1]).toContain('anh-doi-ten.png: nội dung tệp không phải là ảnh PNG');
    expect(alerts[2]).toBe(uploadText.cmsRefused([uploadText.code('thong-bao.html')]));

    const good = (await goodUploads())['anh.png']!;
    await pick('anh-tot.png', good, 'image/png');
    await expect.poll(() => existsSync(join(content, 'media/anh-tot.png')), { timeout: 15_000 }).toBe(true);
    expect(alerts).toHaveLength(3);
    expect(readdirSync(join(content, 'media')).sort()).toEqual(['anh-tot.png']);
    await page.close();
  });
});
