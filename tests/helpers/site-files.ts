/** Reads a built site from disk: its pages and the internal links and images they point to. */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../src/utils/built-pages';

/** URL paths of every HTML page in the build, e.g. "/bai-viet/". */
export function pagePaths(outDir: string): string[] {
  return builtPages(outDir).map((page) => page.path);
}

export function readPage(outDir: string, path: string): string {
  const file = path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
  return readFileSync(file, 'utf8');
}

/** Internal hrefs and srcs of a page (absolute paths), without fragments and queries. */
export function internalLinks(html: string): string[] {
  const links = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return links.filter((l) => l.startsWith('/') && !l.startsWith('//')).map((l) => l.split(/[?#]/)[0]!);
}

/** Whether a URL path exists as a file or folder index in the build. */
export function resolvesIn(outDir: string, path: string): boolean {
  const decoded = decodeURIComponent(path);
  const file = join(outDir, decoded);
  if (decoded.endsWith('/')) return existsSync(join(file, 'index.html'));
  return existsSync(file) && statSync(file).isFile();
}
