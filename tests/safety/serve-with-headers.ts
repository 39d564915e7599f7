/**
 * Serves a built site the way a static host applying its `_headers` file does: every response (pages, assets,
 * the 404 page) carries the headers the file gives its path. Folders answer with their index.html; a folder
 * asked without its trailing slash is redirected, as hosts do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/safety/headers';
import { serveDir } from '../../src/utils/static-server';

export interface HeaderServer {
  url: string;
  /** Every response's path and headers, in order. */
  responses: { path: string; status: number; headers: Record<string, string> }[];
  close: () => Promise<void>;
}

export async function serveWithHeaders(root: string): Promise<HeaderServer> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const responses: HeaderServer['responses'] = [];
  const served = await serveDir(root, {
    headers: (path) => headersFor(rules, path),
    onResponse: (path, status, headers) => responses.push({ path, status, headers }),
  });
  return { ...served, responses };
}
