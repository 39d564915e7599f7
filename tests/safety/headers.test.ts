/**
 * Security headers for real hosts (src/safety/header-table.ts, written into the build as `_headers`). The policies are checked against
 * what Mozilla's HTTP Observatory grades (A+ for reader pages), then the demo build is served with exactly these
 * headers and one page of each kind is opened in Chromium, search and the CMS included: not one
 * Content-Security-Policy violation. A fixture page with inline code proves the detector sees violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { demoBuild } from '../helpers/demo';
import { launchBrowser } from '../helpers/browser';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { projectRoot, demoContent } from '../helpers/build';
import { headersFor, parseCsp, parseHeadersFile, type HeaderRule } from '../../src/safety/headers';
import { headersFileText } from '../../src/safety/header-table';
import { serveWithHeaders, type HeaderServer } from './serve-with-headers';
import { onePagePerKind } from './site-pages';
import { routes } from '../../src/utils/routes';

const rules: HeaderRule[] = parseHeadersFile(headersFileText());
const csp = (path: string) => parseCsp(headersFor(rules, path)['content-security-policy'] ?? '');

describe('the _headers file', () => {
  it.each([
    '/',
    '/bai-viet/tac-hai-cua-ma-tuy-tong-hop-doi-voi-thanh-thieu-nien/',
    '/tim-kiem/',
    '/pagefind/pagefind.js',
    '/_astro/x.css',
    '/404.html',
  ])('reader policy on %s: strict, Observatory A+', (path) => {
    const h = headersFor(rules, path);
    const policy = csp(path);
    expect(h['content-security-policy']).not.toContain(','); // one policy, not two joined
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    for (const [directive, sources] of policy) {
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
      expect(
        sources.filter((s) => s === '*' || s === 'https:' || s === 'http:' || s === 'data:'),
        directive,
      ).toEqual([]);
    }
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(Number(/max-age=(\d+)/.exec(h['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(15_768_000);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(
      h['referrer-policy'],
    );
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
  });

  it.each(['/admin', '/admin/', '/admin/config.json'])('CMS policy on %s: only what Decap needs', (path) => {
    const h = headersFor(rules, path);
    const policy = csp(path);
    expect(h['content-security-policy']).not.toContain(',');
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('connect-src')).toContain('http://127.0.0.1:8081');
    for (const [directive, sources] of policy)
      expect(
        sources.filter((s) => s === '*' || s === 'https:' || s === 'http:'),
        directive,
      ).toEqual([]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(h['cross-origin-opener-policy']).toBeUndefined(); // OAuth login popups report back to their opener
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['cache-control']).toBe('no-store');
  });

  it('ships in the build unchanged', () => {
    const site = demoBuild();
    expect(site.ok, site.output).toBe(true);
    expect(readFileSync(join(site.outDir, '_headers'), 'utf8')).toBe(headersFileText());
  });
});

/** Opens pages and records every CSP violation, from the console and from securitypolicyviolation events. */
class CspWatch {
  violations: string[] = [];
  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (/Content[ -]Security[ -]Policy|Refused to/i.test(m.text()))
        this.violations.push(`${page.url()}: console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.violations.push(`${page.url()}: error: ${e.message}`));
  }
  static async attach(page: Page): Promise<CspWatch> {
    const watch = new CspWatch(page);
    await page.exposeFunction('__cspViolation', (text: string) => watch.violations.push(`${page.url()}: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        ),
      );
    });
    return watch;
  }
}

describe('no CSP violation on any kind of page', () => {
  let browser: Browser;
  let server: HeaderServer;
  let decap: DecapServer;

  beforeAll(async () => {
    const site = demoBuild();
    if (!site.ok) throw new Error(site.output);
    server = await serveWithHeaders(site.outDir);
    browser = await launchBrowser();
    // The admin's local backend (what `npm start` runs), on the port the demo's CMS config points to.
    const repo = mkdtempSync(join(tmpdir(), 'csp-cms-'));
    cpSync(demoContent, join(repo, 'content'), { recursive: true });
    decap = await startDecapServer(join(repo, 'content'), 8081, { sitePort: Number(new URL(server.url).port) });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await decap?.stop();
  });

  it('reader and editor pages, the 404 page and search with results', async () => {
    const page = await browser.newPage();
    const watch = await CspWatch.attach(page);
    const paths = onePagePerKind(readOutDir()).filter((p) => !p.startsWith('/admin/'));
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const missing = await page.goto(`${server.url}/khong-co-trang-nay/`, { waitUntil: 'networkidle' });
    expect(missing?.status()).toBe(404);

    // Search runs Pagefind (WebAssembly) from the page's only script.
    await page.goto(`${server.url}${routes.search()}?q=${encodeURIComponent('ma túy')}`, { waitUntil: 'networkidle' });
    const pagefind = server.responses.filter((r) => r.path.startsWith('/pagefind/'));
    expect(pagefind.map((r) => r.path)).toEqual(expect.arrayContaining([expect.stringMatching(/\.pagefind$|\.wasm$/)]));
    await page.locator('main').getByRole('link').first().waitFor();

    expect(watch.violations).toEqual([]);
    // Every page and file was served with the reader policy (the test cannot pass by headers missing).
    expect(server.responses.length).toBeGreaterThan(paths.length);
    // Uploads (/media/) get their own sandbox policy (tests/safety/uploads-browser.test.ts).
    for (const r of server.responses.filter((r) => !r.path.startsWith('/media/')))
      expect(r.headers['content-security-policy'], r.path).toMatch(
        /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/,
      );
  });

  it('the CMS: log in with the local backend, list, open the editor with its preview', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const watch = await CspWatch.attach(page);
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Bộ sưu tập').waitFor();
    await page.goto(`${server.url}/admin/#/collections/articles`);
    await page
      .getByRole('link', { name: /Cảnh giác/ })
      .first()
      .waitFor();
    await page.goto(`${server.url}/admin/#/collections/articles/new`);
    await page.locator('[data-slate-editor]').first().waitFor();
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Thử chính sách bảo mật');
    // The preview pane renders the entry with the site's stylesheet, in its own frame.
    await page.frameLocator('iframe').first().getByText('Thử chính sách bảo mật').first().waitFor();
    expect(watch.violations).toEqual([]);
    const admin = server.responses.find((r) => r.path === '/admin/');
    expect(admin?.headers['content-security-policy']).toContain("'unsafe-eval'");
  });

  it('sees violations on a page with inline code (the gate can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-fixture-'));
    cpSync(join(projectRoot, 'tests/fixtures/safety/csp'), dir, { recursive: true });
    const bad = await serveWithHeaders(dir);
    const page = await browser.newPage();
    const watch = await CspWatch.attach(page);
    await page.goto(`${bad.url}/index.html`, { waitUntil: 'networkidle' });
    await bad.close();
    const text = watch.violations.join('\n');
    expect(text).toMatch(/script-src/);
    expect(text).toMatch(/style-src/);
    expect(text).toMatch(/img-src/);
  });
});

function readOutDir(): string {
  return demoBuild().outDir;
}
