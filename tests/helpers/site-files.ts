/** Reads a built site from disk: its pages and the internal links and images they point to. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** URL paths of every HTML page in the build, e.g. "/bai-viet/". */
export function pagePaths(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(outDir, full).split('\\').join('/');
        found.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(outDir);
  return found.sort();
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
