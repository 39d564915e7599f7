/**
 * The editors' local preview as `npm start` runs it (astro dev beside the local CMS backend), on a copy of the demo
 * content whose newest article has never been built: its share images are labelled placeholders, never broken
 * images; and saving in the CMS leaves the admin on the editor (no reload, no blank "Đang tải…") while reader pages
 * still refresh.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { demoContent, projectRoot, TEST_TODAY } from '../helpers/build';
import { launchBrowser } from '../helpers/browser';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { placeholderFile } from '../../src/posters/placeholder';
import { posterPaths, SHARE_SIZE, SQUARE_SIZE } from '../../src/posters/paths';
import { posterText } from '../../src/i18n/posters';
import type { PosterManifest } from '../../src/posters/jobs';

const PORT = 4393;
const CMS_PORT = 8193;
const origin = `http://127.0.0.1:${PORT}`;
const NEW_ID = 'thu-nghiem-bai-moi-chua-xay-dung';
const EDITED = 'cach-to-giac-toi-pham-ma-tuy';
let content: string;
let outDir: string;
let cacheDir: string;
let dev: ChildProcess | undefined;
let decap: DecapServer | undefined;
let browser: Browser | undefined;
let log = '';

async function waitFor(url: string, seconds: number): Promise<Response> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return response;
    if (dev?.exitCode !== null) throw new Error(`The dev server stopped (exit ${dev?.exitCode}). Its log:\n${log}`);
    if (Date.now() > until)
      throw new Error(`${url} not ready after ${seconds} s (last status ${response?.status}). Dev server log:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  content = join(mkdtempSync(join(tmpdir(), 'portal-local-preview-')), 'content');
  cpSync(demoContent, content, { recursive: true });
  // An article written after the last build, as an editor's new post is.
  const source = readFileSync(join(content, `articles/${EDITED}.mdx`), 'utf8').replace(
    /^title: .*$/m,
    'title: "Thử nghiệm: bài mới chưa xây dựng"',
  );
  writeFileSync(join(content, `articles/${NEW_ID}.mdx`), source);
  // The last build: nothing (an empty output folder), so every generated file is one the next build makes.
  outDir = mkdtempSync(join(tmpdir(), 'portal-local-preview-dist-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'portal-dev-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  dev = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: projectRoot,
      env: {
        ...env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: content,
        OUT_DIR: outDir,
        CACHE_DIR: cacheDir,
        BUILD_DATE: TEST_TODAY,
        CMS_LOCAL_PORT: String(CMS_PORT),
      },
    },
  );
  dev.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  decap = await startDecapServer(content, CMS_PORT, { sitePort: PORT });
  await waitFor(`${origin}/`, 120);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await decap?.stop();
  if (dev && dev.exitCode === null) await new Promise((ok) => dev!.once('exit', ok).kill('SIGTERM'));
  // The dev server's content store (.astro/data-store.json) is the checkout's: a copy left on disk would clash with
  // the next dev server's entries of the same name.
  for (const dir of [content && join(content, '..'), outDir, cacheDir])
    if (dir) rmSync(dir, { recursive: true, force: true });
});

it(
  'shows the share images of an article that was never built as labelled placeholders',
  { timeout: 180_000 },
  async () => {
    const kit = `${origin}/bai-viet/${NEW_ID}/chia-se/`;
    await waitFor(kit, 60);
    const wanted = [
      { src: posterPaths.square(NEW_ID), size: SQUARE_SIZE },
      { src: posterPaths.share(`/bai-viet/${NEW_ID}/`), size: SHARE_SIZE },
    ];
    for (const { src, size } of wanted) {
      // The labelled placeholder: a real PNG of the real file's size, never cached.
      const response = await waitFor(origin + src, 30);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const bytes = Buffer.from(await response.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size.width, size.height]);
      expect(bytes.equals(await placeholderFile({ format: 'png', ...size, pixelWidth: size.width }))).toBe(true);
    }
    // The share kit's own <img> elements load them: no broken image.
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(kit, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    for (const { src, size } of wanted) {
      const img = page.locator(`img[src="${src}"]`);
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(
          () => img.evaluate((el: HTMLImageElement) => el.complete && [el.naturalWidth, el.naturalHeight].join('x')),
          { timeout: 60_000 },
        )
        .toBe(`${size.width}x${size.height}`);
    }
    await page.close();

    // A PDF the next build makes: a one-page PDF of its paper size saying so.
    const manifest = (await (await fetch(`${origin}/tai-ve/posters-manifest.json`)).json()) as PosterManifest;
    const pdfJob = manifest.jobs.find((j) => j.format === 'pdf')!;
    const pdf = await fetch(origin + pdfJob.file);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = join(content, '..', 'placeholder.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain(posterText.devPlaceholder.file.replace(/\s+/g, ' '));

    // Paths no build makes stay "not found".
    expect((await fetch(`${origin}/anh-chia-se/bai-viet/khong-co-bai-nay.png`)).status).toBe(404);
    expect((await fetch(`${origin}/tai-ve/khong-co-tep-nay.pdf`)).status).toBe(404);
  },
);

it(
  'keeps the admin on the editor when a save changes the content, while reader pages refresh',
  { timeout: 240_000 },
  async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const reader = await context.newPage();
    await reader.goto(`${origin}/bai-viet/`);
    const admin = await context.newPage();
    await admin.goto(`${origin}/admin/`);
    await admin.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 120_000 });
    await admin.getByText('Bộ sưu tập').waitFor({ timeout: 60_000 });
    await admin.goto(`${origin}/admin/#/collections/articles/entries/${EDITED}`);
    const summary = admin.getByLabel('Tóm tắt', { exact: true });
    await summary.waitFor({ timeout: 60_000 });

    // Marks on both pages: a reload (or any new document) loses them.
    for (const page of [reader, admin])
      await page.evaluate(() => ((window as unknown as { keptOpen: boolean }).keptOpen = true));
    let adminLoads = 0;
    admin.on('load', () => adminLoads++);
    const kept = (page: typeof admin) =>
      page.evaluate(() => (window as unknown as { keptOpen?: boolean }).keptOpen === true);

    await summary.fill('Tóm tắt sửa trong bản xem trước trên máy.');
    // The publish menu opens once Decap has taken the change in: open it until it shows its item.
    for (let attempt = 1; ; attempt++) {
      await admin.getByRole('button', { name: 'Công bố', exact: true }).click();
      const published = await admin
        .getByText('Công bố ngay', { exact: true })
        .click({ timeout: 3000 })
        .then(
          () => true,
          () => false,
        );
      if (published) break;
      if (attempt === 10) throw new Error('The publish menu never showed "Công bố ngay".');
    }
    await expect
      .poll(() => readFileSync(join(content, `articles/${EDITED}.mdx`), 'utf8'), { timeout: 20_000 })
      .toContain('Tóm tắt sửa trong bản xem trước trên máy.');

    // The dev server did tell open pages to reload: the reader page refreshed…
    await expect.poll(() => kept(reader).catch(() => true), { timeout: 30_000 }).toBe(false);
    // …and the admin, a few seconds later, is the same document, still on the editor, never blank.
    await admin.waitForTimeout(4000);
    expect(await kept(admin)).toBe(true);
    expect(adminLoads).toBe(0);
    expect(admin.url()).toContain(`#/collections/articles/entries/${EDITED}`);
    await expect(summary.inputValue()).resolves.toBe('Tóm tắt sửa trong bản xem trước trên máy.');
    expect(await admin.getByText('Đang tải').count()).toBe(0);
    await context.close();
  },
);
