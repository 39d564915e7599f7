/**
 * A content error in the preview of `npm start` (astro dev) shows where the editor looks: the page they open is a
 * Vietnamese error page (HTTP 500, lang="vi") naming the file, the field by its CMS label and the fix, not a 404 and
 * not Astro's English overlay; the CMS stays reachable; once the file is fixed the page is back on reload.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureSite, projectRoot, TEST_TODAY } from '../helpers/build';
import { overlay } from '../helpers/overlay';

const ARTICLE = 'articles/ma-tuy-nup-bong.mdx';
let origin = '';
let PAGE = '';
const TITLE = 'Cảnh giác với ma túy núp bóng đồ uống';
const content = overlay(fixtureSite('dien-bien'));
const good = readFileSync(join(content, ARTICLE), 'utf8');
let dev: ChildProcess | undefined;
let log = '';

/** Polls a URL until its response passes the check; the dev server's log is in the error otherwise. */
async function waitFor(
  url: string,
  ok: (status: number, html: string) => boolean,
  seconds: number,
): Promise<{ status: number; html: string }> {
  const until = Date.now() + seconds * 1000;
  let last = '';
  for (;;) {
    const response = await fetch(url, { headers: { accept: 'text/html' } }).catch(() => undefined);
    if (response) {
      const html = await response.text();
      if (ok(response.status, html)) return { status: response.status, html };
      last = `HTTP ${response.status}: ${html.slice(0, 500)}`;
    }
    if (dev?.exitCode !== null) throw new Error(`The dev server stopped (exit ${dev?.exitCode}). Its log:\n${log}`);
    if (Date.now() > until)
      throw new Error(`${url} never passed after ${seconds} s. Last answer: ${last}\nDev server log:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A port nobody listens on now (other engineers' dev servers share this machine; Vite would silently move on). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

beforeAll(async () => {
  const PORT = await freePort();
  origin = `http://127.0.0.1:${PORT}`;
  PAGE = `${origin}/bai-viet/ma-tuy-nup-bong/`;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  const work = mkdtempSync(join(tmpdir(), 'portal-dev-errors-'));
  // --ignore-lock: Astro 7 allows one tracked dev server per project, and an editor's `npm start` may be running.
  dev = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
    ],
    {
      cwd: projectRoot,
      env: {
        ...env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: content,
        OUT_DIR: join(work, 'dist'),
        CACHE_DIR: join(work, 'cache'),
        BUILD_DATE: TEST_TODAY,
      },
    },
  );
  dev.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await waitFor(PAGE, (status, html) => status === 200 && html.includes(TITLE), 180);
});

afterAll(() => {
  dev?.kill('SIGTERM');
});

it(
  'shows a Vietnamese error page for a missing date, keeps the CMS reachable, and shows the article again once fixed',
  { timeout: 240_000 },
  async () => {
    writeFileSync(join(content, ARTICLE), good.replace(/^publishDate: .*\n/m, ''));
    const broken = await waitFor(PAGE, (status) => status !== 200, 60);
    expect(broken.status).toBe(500);
    expect(broken.html).toMatch(/<html lang="vi"/);
    expect(broken.html).toContain(`Tệp ${ARTICLE}`);
    expect(broken.html).toContain('Ngày đăng');
    expect(broken.html).toContain('thiếu');
    expect(broken.html).toContain('NĂM-THÁNG-NGÀY');
    for (const english of [
      'InvalidContentEntryDataError',
      'does not match collection schema',
      'vite-error-overlay',
      'Stack trace',
    ])
      expect(broken.html).not.toContain(english);

    // Any page the editor opens shows it, while the CMS they fix it in does not.
    const home = await fetch(`${origin}/`);
    expect(home.status).toBe(500);
    expect(await home.text()).toContain(`Tệp ${ARTICLE}`);
    expect((await fetch(`${origin}/admin/`)).status).toBe(200);

    writeFileSync(join(content, ARTICLE), good);
    const fixed = await waitFor(PAGE, (status) => status === 200, 60);
    expect(fixed.html).toContain(TITLE);
    expect(fixed.html).not.toContain(`Tệp ${ARTICLE}`);
  },
);
