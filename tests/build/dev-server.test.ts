/**
 * The dev server of `npm start`, as editors use it: it serves the share images and downloads of the last build
 * and builds its own search index by crawling itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { demoContent, projectRoot, TEST_TODAY } from '../helpers/build';
import { demoBuild } from '../helpers/demo';

const PORT = 4391;
const origin = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess | undefined;
let log = '';

async function waitFor(
  url: string,
  ok: (r: Response) => boolean | Promise<boolean>,
  seconds: number,
): Promise<Response> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response && (await ok(response.clone()))) return response;
    if (dev?.exitCode !== null) throw new Error(`The dev server stopped (exit ${dev?.exitCode}). Its log:\n${log}`);
    if (Date.now() > until) throw new Error(`${url} not ready after ${seconds} s. Dev server log:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The environment of an editor's shell: without the test runner's own variables (NODE_ENV=test, VITEST…), which change how Vite runs. */
function editorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
}

beforeAll(async () => {
  const build = demoBuild();
  if (!build.ok) throw new Error(build.output);
  dev = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      cwd: projectRoot,
      env: {
        ...editorEnv(),
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: demoContent,
        OUT_DIR: build.outDir,
        CACHE_DIR: mkdtempSync(join(tmpdir(), 'portal-dev-')),
        BUILD_DATE: TEST_TODAY,
      },
    },
  );
  dev.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await waitFor(`${origin}/`, (r) => r.ok, 120);
});

afterAll(() => {
  dev?.kill('SIGTERM');
});

it('shows no Astro dev toolbar over the site or the CMS', async () => {
  for (const path of ['/', '/admin/']) {
    const html = await (await fetch(origin + path)).text();
    expect(html).toContain('/@vite/client');
    expect(html).not.toContain('dev-toolbar');
  }
});

it('serves the share images and printable files of the last build', async () => {
  const image = await fetch(`${origin}/anh-chia-se/trang-chu.png`);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/png');
  const png = PNG.sync.read(Buffer.from(await image.arrayBuffer()));
  expect([png.width, png.height]).toEqual([1200, 630]);

  const board = await fetch(`${origin}/tai-ve/duong-day-nong/bang-duong-day-nong-lac-phuong.pdf`);
  expect(board.status).toBe(200);
  expect(board.headers.get('content-type')).toBe('application/pdf');
  expect(
    Buffer.from(await board.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  expect((await fetch(`${origin}/tai-ve/khong-co-tep-nay.pdf`)).status).toBe(404);
});

it('indexes its own pages for search', { timeout: 180_000 }, async () => {
  const entry = await waitFor(`${origin}/pagefind/pagefind-entry.json`, (r) => r.ok, 150);
  const { languages } = (await entry.json()) as { languages: Record<string, { page_count: number }> };
  expect(languages.vi?.page_count).toBeGreaterThan(40);
});
