/**
 * The text of the service worker (/sw.js), made after the pages are written: which pages it saves at install (the
 * home page, every hotline page, the about page with the reporting steps, the offline page), the stylesheets they
 * need, the pattern of article pages it keeps once read, and a build id that makes every build's worker new.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routes, sections } from '../utils/routes';
import { offlinePaths } from './paths';

export interface WorkerConfig {
  /** New for every build: the browser sees a changed worker, installs it, and the old caches are deleted. */
  id: string;
  pages: string[];
  assets: string[];
  /** Regular expression source matching an article page's path. */
  article: string;
  offline: string;
}

/** A fresh build id: time and randomness, so that two builds never share one. */
export function newBuildId(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Pages saved at install, from the built page paths ("duong-day-nong/an-lac/"). */
export function savedPages(builtPaths: readonly string[]): string[] {
  const hotlines = routes.section('hotlines');
  const wanted = new Set([routes.home(), hotlines, routes.about(), offlinePaths.page]);
  const built = builtPaths.map((p) => `/${p.replace(/^\/+/, '')}`.replace(/\/?$/, '/'));
  return built
    .filter((p) => wanted.has(p) || (p.startsWith(hotlines) && /^[^/]+\/$/.test(p.slice(hotlines.length))))
    .sort();
}

/** Source of the pattern of an article page: /bai-viet/<id>/, not its list pages. */
export const ARTICLE_PATTERN = `^${sections.articles}(?!trang/|chuyen-muc/)[^/]+/$`;

/** The stylesheets a built page links. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].flatMap(
    (m) => /\bhref="(\/[^"]+)"/.exec(m[0])?.[1] ?? [],
  );
}

/** The worker's text: its config, then src/offline/sw.js without comment lines. */
export function serviceWorkerText(config: WorkerConfig, root: string): string {
  const source = readFileSync(join(root, 'src/offline/sw.js'), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return `const C = ${JSON.stringify(config)};\n${source}\n`;
}
