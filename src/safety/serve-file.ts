/**
 * Serving the files of a folder over HTTP, the one way every server of the project does it (the dev server's
 * /media/ and last-build files, its search bundle and placeholders, the static host of tests and `npm run preview`):
 * the request path decoded once, never leading out of the folder, and the Content-Type taken from the one table
 * (content-types.ts) unless the header table gives one, as a host applying `_headers` does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { contentType } from './content-types';
import { safeDecodeURIComponent } from '../utils/safe-decode';

/** The decoded path of a request's URL ("/bài viết/"), or undefined when it does not decode. */
export function requestPath(url: string | undefined): string | undefined {
  try {
    return safeDecodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return undefined;
  }
}

/** The file a decoded URL path names inside `root` (the folder itself included), or undefined when it leads out of it. */
export function fileInside(root: string, path: string): string | undefined {
  const base = resolve(root);
  const file = normalize(join(base, path));
  return file === base || file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : undefined;
}

/** `headers` with a Content-Type: `type`, unless they (in any case) name one already, as the header table may. */
export function withType(type: string, headers: Record<string, string> = {}): Record<string, string> {
  const typed = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  return { ...(typed ? {} : { 'Content-Type': type }), ...headers };
}

/** The headers of a file's answer: its Content-Type by extension (see withType), then `headers`. */
export function fileHeaders(file: string, headers: Record<string, string> = {}): Record<string, string> {
  return withType(contentType(file), headers);
}

/** Answers 200 with a file, streamed, with fileHeaders. */
export function sendFile(res: ServerResponse, file: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, fileHeaders(file, headers));
  createReadStream(file).pipe(res);
}

/** A connect middleware serving the regular files under `root()` whose decoded path `serves` accepts; the rest goes to `next`. */
export function folderMiddleware(root: () => string, serves: (path: string) => boolean = () => true) {
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const path = requestPath(req.url);
    const file = path === undefined || !serves(path) ? undefined : fileInside(root(), path);
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
    sendFile(res, file);
  };
}
