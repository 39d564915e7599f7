/**
 * The local CMS backend stays local. decap-server has no authentication: whoever reaches it can read and write the
 * content folder. `npm start` binds it to 127.0.0.1 (tools/cms-local/server.ts); this proves another interface of the machine cannot reach it
 * (and, as a control, that the same probe does reach it when it listens everywhere, its default). Then the
 * security fixes the installed Decap versions must carry, checked on what actually runs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { fixtureSite, projectRoot } from '../helpers/build';
import { demoBuild } from '../helpers/demo';

const PORT = 8191;

/** Addresses of this machine other than 127.0.0.1: every non-loopback interface, and 127.0.0.2 (Linux loopback range). */
function otherAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && a.family === 'IPv4')
    .map((a) => a!.address);
  return [...external, ...(process.platform === 'linux' ? ['127.0.0.2'] : [])];
}

/** Whether a TCP connection to host:port opens. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

const api = (server: DecapServer, body: object, origin?: string) =>
  fetch(server.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) },
    body: JSON.stringify(body),
  });

describe('decap-server binds to 127.0.0.1 only', () => {
  let server: DecapServer | undefined;
  const repo = mkdtempSync(join(tmpdir(), 'decap-bind-'));
  const content = join(repo, 'content');
  cpSync(fixtureSite('dien-bien'), content, { recursive: true });

  afterAll(async () => {
    await server?.stop();
  });

  it('npm start runs the guarded backend (src/cms-local) on its default address, 127.0.0.1, rooted at the content folder', () => {
    const start = readFileSync(join(projectRoot, 'tools/cli/start.ts'), 'utf8');
    const call = start.slice(start.indexOf('startLocalCms({'), start.indexOf('})', start.indexOf('startLocalCms({')));
    expect(call).toMatch(/contentDir: contentDir\(\)/);
    expect(call).not.toMatch(/host/);
    expect(start).not.toMatch(/decap-server/);
  });

  it('another interface cannot reach it; 127.0.0.1 can', async () => {
    const others = otherAddresses();
    expect(others.length, 'this machine has no address other than 127.0.0.1 to probe from').toBeGreaterThan(0);
    server = await startDecapServer(content, PORT, { sitePort: 4321 });
    expect(await reachable('127.0.0.1', PORT)).toBe(true);
    for (const address of others) expect(await reachable(address, PORT), address).toBe(false);
    await server.stop();
    server = undefined;
  });

  it('the probe does reach it when it listens on every interface (its default without BIND_HOST)', async () => {
    server = await startDecapServer(content, PORT, { sitePort: 4321, host: '0.0.0.0' });
    for (const address of otherAddresses()) expect(await reachable(address, PORT), address).toBe(true);
    await server.stop();
    server = undefined;
  });

  it('answers browsers only from the local site and never reads outside the content folder (more in decap-sandbox.test.ts)', async () => {
    server = await startDecapServer(content, PORT, { sitePort: 4321 });
    const info = { action: 'info', params: { branch: 'main' } };
    const local = await api(server, info, 'http://127.0.0.1:4321');
    expect(local.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    const foreign = await api(server, info, 'https://trang-la.example.com');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const traversal = await api(server, {
      action: 'getEntry',
      params: { branch: 'main', path: '../../../../etc/passwd' },
    });
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('root:');
    await server.stop();
    server = undefined;
  });
});

describe('Decap carries its security fixes', () => {
  const version = (pkg: string) =>
    JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
  const atLeast = (actual: string, floor: string) => {
    const [a, b] = [actual, floor].map((v) => v.split('.').map(Number));
    for (let i = 0; i < 3; i++) if (a![i] !== b![i]) return a![i]! > b![i]!;
    return true;
  };

  it('decap-cms-app after the preview XSS (GHSA-xp8g-32qh-mv28, ≤ 3.8.3) and at the version package.json asks for', () => {
    const wanted = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).devDependencies[
      'decap-cms-app'
    ] as string;
    expect(atLeast(version('decap-cms-app'), '3.9.0')).toBe(true);
    expect(atLeast(version('decap-cms-app'), wanted.replace(/^[^\d]*/, ''))).toBe(true);
    expect(atLeast(wanted.replace(/^[^\d]*/, ''), '3.16.3')).toBe(true);
  });

  it('markdown previews (the widget the CMS bundles) are sanitized by default, with a DOMPurify after CVE-2025-26791', () => {
    const widget = dirname(
      createRequire(join(projectRoot, 'cms/decap.ts')).resolve('decap-cms-widget-markdown/package.json'),
    );
    const preview = readFileSync(join(widget, 'dist/esm/MarkdownPreview.js'), 'utf8');
    expect(preview).toMatch(/get\('sanitize_preview'\)\s*\?\?\s*true/);
    // dompurify exports no package.json: find its folder from its entry point.
    let purify = dirname(createRequire(join(widget, 'package.json')).resolve('dompurify'));
    while (basename(purify) !== 'dompurify') purify = dirname(purify);
    expect(atLeast(JSON.parse(readFileSync(join(purify, 'package.json'), 'utf8')).version, '3.2.4')).toBe(true);
  });

  it('the CMS configuration never turns sanitizing off', () => {
    const site = demoBuild();
    expect(site.ok, site.output).toBe(true);
    const config = readFileSync(join(site.outDir, 'admin/config.json'), 'utf8');
    expect(config).not.toMatch(/"sanitize_preview":\s*false/);
  });
});
