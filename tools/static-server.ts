/**
 * A plain static host for a built site on 127.0.0.1 (index.html per folder, 404.html), as any host would serve it:
 * for the browser tests, the benchmark and Lighthouse; with per-path headers, as a host applying `_headers` (the CSP tests).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentType } from '../src/safety/content-types';
import { fileInside, requestPath, withType } from '../src/safety/serve-file';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Headers for every response, or per path (as a host applies its `_headers` rules). */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
  /** Called for every response, e.g. to record what a page loaded and with which headers. */
  onResponse?: (path: string, status: number, headers: Record<string, string>) => void;
  /** Port on 127.0.0.1 (default: any free port). */
  port?: number;
}

export async function serveDir(root: string, options: ServeOptions = {}): Promise<Served> {
  const server = createServer(async (req, res) => {
    const path = requestPath(req.url);
    if (path === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    const headers = typeof options.headers === 'function' ? options.headers(path) : (options.headers ?? {});
    const send = (status: number, type: string, body: Buffer | string, extra: Record<string, string> = {}) => {
      options.onResponse?.(path, status, headers);
      // A type the headers give (the header table's, e.g. for .vcf) replaces the one found by extension.
      res
        .writeHead(status, { ...withType(type, headers), 'Content-Length': Buffer.byteLength(body), ...extra })
        .end(body);
    };
    let file = fileInside(root, path);
    if (!file) return send(403, 'text/plain', 'Forbidden');
    try {
      if ((await stat(file)).isDirectory()) {
        // A folder asked without its trailing slash is redirected, as hosts do.
        if (!path.endsWith('/')) return send(301, 'text/plain', '', { Location: `${path}/` });
        file = join(file, 'index.html');
      }
      send(200, contentType(file), await readFile(file));
    } catch {
      send(404, contentType('404.html'), await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found')));
    }
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
