/** The pages of a built site as the safety gates see them: every URL of the sitemap, and one page of each kind. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagePaths } from '../helpers/site-files';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

/** URL paths of every page the sitemap lists (sitemap-index.xml and the sitemaps it names). */
export function sitemapPaths(outDir: string): string[] {
  const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
  return locs(index)
    .flatMap((sitemap) => locs(readFileSync(join(outDir, new URL(sitemap).pathname), 'utf8')))
    .map((url) => decodeURI(new URL(url).pathname))
    .sort();
}

/** Words of a URL that name a kind of page rather than one entry. */
const KIND_WORDS = new Set(['trang', 'chuyen-muc', 'cap', 'chia-se', 'doc-tren-loa']);

/** The kind of a page: its section, with entry slugs and page numbers folded ("/bai-viet/*\/", "/bai-viet/trang/*\/"). */
export function pageKind(path: string): string {
  const [section, ...rest] = path.split('/').filter(Boolean);
  if (!section) return '/';
  return `/${[section, ...rest.map((s) => (KIND_WORDS.has(s) ? s : '*'))].join('/')}/`;
}

/** One built page of each kind (the first in order), over every HTML page of the build, editor pages included. */
export function onePagePerKind(outDir: string): string[] {
  const byKind = new Map<string, string>();
  for (const path of pagePaths(outDir))
    if (path.endsWith('/') && !byKind.has(pageKind(path))) byKind.set(pageKind(path), path);
  return [...byKind.values()];
}
