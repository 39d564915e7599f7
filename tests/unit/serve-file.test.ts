/** The one way the project serves a folder (src/safety/serve-file.ts): never out of the folder, typed by the one table. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileInside, folderMiddleware, requestPath, withType } from '../../src/safety/serve-file';
import { contentType } from '../../src/safety/content-types';
import { UPLOAD_TYPES } from '../../src/safety/upload-types';
import { VCARD_TYPE } from '../../src/safety/header-table';

const top = mkdtempSync(join(tmpdir(), 'serve-file-'));
const root = join(top, 'dist');
mkdirSync(join(root, 'anh-chia-se'), { recursive: true });
mkdirSync(join(top, 'dist2'));
writeFileSync(join(root, 'anh-chia-se', 'bài viết.png'), 'png');
writeFileSync(join(root, 'tai-ve.pdf'), 'pdf');
writeFileSync(join(top, 'secret.txt'), 'secret');
writeFileSync(join(top, 'dist2', 'x.png'), 'sibling');

let server: Server;
let origin = '';
beforeAll(async () => {
  const serve = folderMiddleware(
    () => root,
    (path) => !path.startsWith('/khong-phuc-vu/'),
  );
  server = createServer((req, res) => serve(req, res, () => res.writeHead(404).end('next')));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(top, { recursive: true, force: true });
});

/** A raw request (fetch would resolve `..` before sending it). */
async function get(path: string): Promise<{ status: number; type: string | null; body: string }> {
  const { request } = await import('node:http');
  return new Promise((ok, fail) => {
    request(`${origin}${path}`, { path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? null, body }));
    })
      .on('error', fail)
      .end();
  });
}

describe('paths', () => {
  it('decodes a request path once, and refuses escapes that do not decode', () => {
    expect(requestPath('/anh-chia-se/b%C3%A0i%20vi%E1%BA%BFt.png?x=1')).toBe('/anh-chia-se/bài viết.png');
    expect(requestPath('/a/%E0%A4')).toBeUndefined();
  });

  it('keeps every file inside the folder, a sibling whose name starts the same included', () => {
    expect(fileInside(root, '/anh-chia-se/a.png')).toBe(join(root, 'anh-chia-se', 'a.png'));
    expect(fileInside(`${root}/`, '/tai-ve.pdf')).toBe(join(root, 'tai-ve.pdf'));
    expect(fileInside(root, '/')).toBe(`${root}/`);
    expect(fileInside(root, '/../secret.txt')).toBeUndefined();
    expect(fileInside(root, '/anh-chia-se/../../dist2/x.png')).toBeUndefined();
  });
});

describe('the folder middleware', () => {
  it('serves a file with the type of its extension, from the one table', async () => {
    const png = await get('/anh-chia-se/b%C3%A0i%20vi%E1%BA%BFt.png');
    expect(png).toEqual({ status: 200, type: 'image/png', body: 'png' });
    expect((await get('/tai-ve.pdf')).type).toBe('application/pdf');
  });

  it('passes on what leaves the folder, what it does not serve, folders and missing files', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/anh-chia-se/..%2f..%2fdist2/x.png',
      '/%2e%2e/secret.txt',
      '/anh-chia-se/',
      '/thieu.png',
      '/khong-phuc-vu/x.png',
      '/%E0%A4',
    ])
      expect(await get(path), path).toEqual({ status: 404, type: null, body: 'next' });
  });
});

describe('the one MIME table', () => {
  it('gives every allowed upload its type, and the header table its vCard type', () => {
    for (const t of UPLOAD_TYPES) expect(t.mime, t.extension).toBe(contentType(`a${t.extension.toUpperCase()}`));
    expect(VCARD_TYPE).toBe('text/vcard; charset=utf-8');
  });

  it('types the search bundle as a host does (the .pagefind files are not served as WebAssembly)', () => {
    expect(contentType('pagefind/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('pagefind/pagefind-entry.json')).toBe('application/json');
    expect(contentType('pagefind/wasm.vi.pagefind')).toBe('application/octet-stream');
  });

  it('lets a type the header table gives win, in any case', () => {
    expect(withType('text/plain', { 'content-type': 'text/vcard' })).toEqual({ 'content-type': 'text/vcard' });
    expect(withType('text/plain', { 'Cache-Control': 'no-store' })).toEqual({
      'Content-Type': 'text/plain',
      'Cache-Control': 'no-store',
    });
  });
});
