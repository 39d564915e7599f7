/** The HTML pages of a built site, read from disk. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One built page: its URL path ("/bai-viet/", "/404.html") and its file. */
export interface BuiltPage {
  path: string;
  file: string;
}

/** Every HTML page under outDir, sorted by URL path. */
export function builtPages(outDir: string): BuiltPage[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const rel = `/${relative(outDir, file).split(sep).join('/')}`;
      return { path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
