/**
 * Serves a built site the way a static host applying its `_headers` file does: every response (pages, assets,
 * the 404 page) carries the headers the file gives its path. Folders answer with their index.html; a folder
 * asked without its trailing slash is redirected, as hosts do.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/safety/headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HeaderServer {
  url: string;
  /** Every response's path and headers, in order. */
  responses: { path: string; status: number; headers: Record<string, string> }[];
  close: () => Promise<void>;
}

export async function serveWithHeaders(root: string): Promise<HeaderServer> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const responses: HeaderServer['responses'] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = headersFor(rules, path);
    const send = (status: number, type: string, body: Buffer | string, extra: Record<string, string> = {}) => {
      responses.push({ path, status, headers });
      res.writeHead(status, { 'Content-Type': type, ...headers, ...extra }).end(body);
    };
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'text/plain', 'Forbidden');
    try {
      if ((await stat(file)).isDirectory()) {
        if (!path.endsWith('/')) return send(301, 'text/plain', '', { Location: `${path}/` });
        file = join(file, 'index.html');
      }
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, TYPES['.html']!, await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found')));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, responses, close: () => new Promise((ok) => server.close(() => ok())) };
}
