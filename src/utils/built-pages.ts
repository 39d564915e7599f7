/** The HTML pages of a built site, read from disk. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One built page: its URL path ("/bai-viet/", "/404.html") and its file. */
export interface BuiltPage {
  path: string;
  file: string;
}

/** Folders of the output that hold copied files, not built pages: uploads are data, never read as pages. */
const NOT_PAGES = ['/media/'];

/** Every HTML page the site built under outDir (uploads under /media/ excluded), sorted by URL path. */
export function builtPages(outDir: string): BuiltPage[] {
  return readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const rel = `/${relative(outDir, file).split(sep).join('/')}`;
      return { path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file };
    })
    .filter((page) => !NOT_PAGES.some((folder) => page.path.startsWith(folder)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
