/**
 * Serves a built site the way a production host does: every response (pages, assets, uploads, the 404 page)
 * carries the headers of the site's header table (src/safety/header-table.ts, the source of the built `_headers`
 * file). Folders answer with their index.html; a folder asked without its trailing slash is redirected, as hosts do.
 */
import { responseHeaders } from '../../src/safety/header-table';
import { serveDir } from '../../tools/static-server';

export interface HeaderServer {
  url: string;
  /** Every response's path and headers, in order. */
  responses: { path: string; status: number; headers: Record<string, string> }[];
  close: () => Promise<void>;
}

export async function serveWithHeaders(root: string): Promise<HeaderServer> {
  const responses: HeaderServer['responses'] = [];
  const served = await serveDir(root, {
    headers: responseHeaders,
    onResponse: (path, status, headers) => responses.push({ path, status, headers }),
  });
  return { ...served, responses };
}
