/**
 * `npm run preview` and the CMS: a build whose admin uses the local backend (no CMS_BACKEND) gets that backend from
 * preview too, so /admin/ lists the entries under the production headers instead of "Failed to fetch".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoContent, projectRoot } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { launchBrowser } from '../helpers/browser';
import { builtLocalCmsPort } from '../../tools/cli/preview-cms';
import { typeText } from '../../src/i18n/vi';
import { readData } from '../../src/content-model/loader';

const PORT = 4394;
const origin = `http://127.0.0.1:${PORT}`;

describe('the built admin names its backend', () => {
  const dir = mkdtempSync(join(tmpdir(), 'preview-cms-'));
  const write = (config: unknown) => {
    mkdirSync(join(dir, 'admin'), { recursive: true });
    writeFileSync(join(dir, 'admin', 'config.json'), JSON.stringify(config));
    return dir;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the local backend: preview runs it on the port the build names', () => {
    expect(builtLocalCmsPort(write({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8123/api/v1' } }))).toBe(
      8123,
    );
  });
  it('a git backend or no admin: preview runs nothing', () => {
    expect(builtLocalCmsPort(write({ backend: { name: 'github', repo: 'xa/portal' } }))).toBeUndefined();
    expect(builtLocalCmsPort(join(dir, 'khong-co'))).toBeUndefined();
  });
});

describe('npm run preview', () => {
  let work: string;
  let preview: ChildProcess | undefined;
  let browser: Browser | undefined;
  let log = '';

  beforeAll(async () => {
    const site = demoBuild();
    if (!site.ok) throw new Error(site.output);
    work = mkdtempSync(join(tmpdir(), 'preview-cms-'));
    cpSync(demoContent, join(work, 'content'), { recursive: true });
    preview = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'tools/cli/preview.ts')], {
      cwd: projectRoot,
      env: { ...process.env, OUT_DIR: site.outDir, CONTENT_DIR: join(work, 'content'), PORT: String(PORT) },
    });
    preview.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    preview.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const until = Date.now() + 60_000;
    while (!log.includes('/admin/')) {
      if (preview.exitCode !== null || Date.now() > until) throw new Error(`npm run preview did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (preview && preview.exitCode === null) await new Promise((ok) => preview!.once('exit', ok).kill('SIGTERM'));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('says where the admin is and that saved posts show after the next build', () => {
    expect(log).toContain(`Trang quản trị: ${origin}/admin/`);
    expect(log).toContain('npm run build');
  });

  it('/admin/ lists the entries of the content folder under the production headers', async () => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const response = await page.goto(`${origin}/admin/`);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self' http://127.0.0.1:8081");
    await page.getByRole('button', { name: 'Đăng nhập' }).click({ timeout: 60_000 });
    await page.getByRole('link', { name: typeText.articles.label, exact: true }).click({ timeout: 60_000 });
    const title = String(readData(join(work, 'content/articles/cach-to-giac-toi-pham-ma-tuy.mdx')).title);
    // The list shows each entry as its title followed by its date and state.
    await page.getByText(title).first().waitFor({ timeout: 30_000 });
    expect(await page.getByText('Failed to fetch').count()).toBe(0);
    expect(await page.getByText('Không có mục nào').count()).toBe(0);
    expect(errors.filter((e) => /Content Security Policy|Failed to fetch|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
    await page.close();
  });
});
