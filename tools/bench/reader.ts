/**
 * What a reader downloads, read from the built files: for one page of each type, the HTML and the CSS, JS and
 * fonts it loads up front (raw and gzip, as a host with gzip on would send them); and the CMS bundle at /admin/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMMUNE } from './generate.ts';
import { builtPages } from '../../src/utils/built-pages.ts';
import { htmlTags, type HtmlTag } from '../../src/utils/html.ts';
import { safeDecodeURIComponent } from '../../src/utils/safe-decode.ts';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  path: string;
  html: Weight;
  css: Weight;
  /** Scripts loaded up front (script src, module preloads and their static imports). */
  js: Weight;
  fonts: Weight;
  /** Images the HTML references directly (img src), not counted in the budget. */
  images: Weight;
  files: string[];
}

export interface CmsBundle {
  /** The entry scripts and their static imports: what /admin/ loads before the editor shows. */
  initial: Weight;
  /** Everything reachable from the entry, lazy chunks and WebAssembly included. */
  total: Weight;
  files: number;
}

const ZERO = (): Weight => ({ raw: 0, gzip: 0 });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

function weigh(file: string): Weight {
  const body = readFileSync(file);
  return { raw: body.byteLength, gzip: gzipSync(body).byteLength };
}

/** The file on disk for a URL path of the site, or undefined when the URL is external or missing. */
function fileFor(outDir: string, url: string, from = '/'): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const clean = safeDecodeURIComponent(url.split(/[?#]/)[0]!);
  if (clean === undefined) return undefined;
  const path = clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const attr = (tag: HtmlTag, name: string) => tag.attributes[name];

/** JS files referenced from a JS file: static imports, and (when `lazy`) dynamic imports and asset URLs. */
function jsReferences(source: string, lazy: boolean): string[] {
  // Relative or site-absolute (`/_astro/…`, the CMS bundle's `/admin/…`), never protocol-relative.
  const staticRe = /(?:from|import)\s*["'`]((?:\.{1,2}\/|\/(?!\/))[^"'`]+\.m?js)["'`]/g;
  const anyRe = /["'`]((?:\.{1,2}\/|\/(?!\/))[^"'`\s]+\.(?:m?js|css|wasm))["'`]/g;
  return [...source.matchAll(lazy ? anyRe : staticRe)].map((m) => m[1]!);
}

/** A set of scripts and everything they import (statically, or also lazily). */
function jsClosure(outDir: string, entries: string[], lazy: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((url) => fileFor(outDir, url)).filter((f): f is string => f !== undefined);
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('js')) continue;
    const urlOf = '/' + file.slice(outDir.length).replace(/^\/+/, '');
    for (const ref of jsReferences(readFileSync(file, 'utf8'), lazy)) {
      const target = fileFor(outDir, ref, urlOf);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}

/** Font files a stylesheet loads (url(...) in @font-face). */
function fontsOf(outDir: string, cssFile: string): string[] {
  const css = readFileSync(cssFile, 'utf8');
  const cssUrl = '/' + cssFile.slice(outDir.length).replace(/^\/+/, '');
  return [...css.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)]
    .map((m) => fileFor(outDir, m[1]!, cssUrl))
    .filter((f): f is string => f !== undefined);
}

export function pageWeight(outDir: string, type: string, path: string): PageWeight {
  const htmlFile = fileFor(outDir, path)!;
  const html = readFileSync(htmlFile, 'utf8');
  const tags = htmlTags(html, { names: ['link', 'script', 'img'] });
  const cssFiles = new Set<string>();
  const scripts: string[] = [];
  const fonts = new Set<string>();
  const images = new Set<string>();
  for (const tag of tags) {
    const rel = attr(tag, 'rel')?.toLowerCase();
    if (tag.name === 'link' && rel === 'stylesheet') {
      const f = fileFor(outDir, attr(tag, 'href') ?? '', path);
      if (f) cssFiles.add(f);
    } else if (tag.name === 'link' && rel === 'modulepreload') {
      scripts.push(attr(tag, 'href') ?? '');
    } else if (tag.name === 'link' && rel === 'preload' && attr(tag, 'as') === 'font') {
      const f = fileFor(outDir, attr(tag, 'href') ?? '', path);
      if (f) fonts.add(f);
    } else if (tag.name === 'script') {
      const src = attr(tag, 'src');
      if (src) scripts.push(src);
    } else if (tag.name === 'img') {
      const f = fileFor(outDir, attr(tag, 'src') ?? '', path);
      if (f) images.add(f);
    }
  }
  for (const css of cssFiles) for (const f of fontsOf(outDir, css)) fonts.add(f);
  const jsFiles = jsClosure(outDir, scripts, false);
  const sum = (files: Iterable<string>) => [...files].reduce((w, f) => add(w, weigh(f)), ZERO());
  const rel = (f: string) => '/' + f.slice(outDir.length).replace(/^\/+/, '');
  return {
    type,
    path,
    html: weigh(htmlFile),
    css: sum(cssFiles),
    js: sum(jsFiles),
    fonts: sum(fonts),
    images: sum(images),
    files: [...cssFiles, ...jsFiles, ...fonts].map(rel),
  };
}

/** URL paths of every folder page in the build ("/bai-viet/", not "/404.html"). */
function folderPages(outDir: string): string[] {
  return builtPages(outDir)
    .map((page) => page.path)
    .filter((path) => path.endsWith('/'));
}

/** Page types and how to recognise a page of each (the first match in sorted order is weighed). */
export const PAGE_TYPES: { type: string; match: RegExp }[] = [
  { type: 'home', match: /^\/$/ },
  { type: 'article', match: /^\/bai-viet\/(?!trang\/|chuyen-muc\/)[^/]+\/$/ },
  { type: 'article list', match: /^\/bai-viet\/$/ },
  { type: 'village board', match: new RegExp(`^/duong-day-nong/(?!${COMMUNE.slug}/)[^/]+/$`) },
  { type: 'hotlines', match: /^\/duong-day-nong\/$/ },
  { type: 'lesson', match: /^\/bai-giang\/(?!cap\/)[^/]+\/$/ },
  { type: 'campaign', match: /^\/chien-dich\/[^/]+\/$/ },
  { type: 'document', match: /^\/van-ban\/[^/]+\/$/ },
  { type: 'programme', match: /^\/mo-hinh\/[^/]+\/$/ },
  { type: 'broadcast', match: /^\/phat-thanh\/[^/]+\/$/ },
  { type: 'form', match: /^\/mau-cam-ket\/[^/]+\/$/ },
  { type: 'search', match: /^\/tim-kiem\/$/ },
];

export function pageWeights(outDir: string): PageWeight[] {
  const pages = folderPages(outDir);
  return PAGE_TYPES.flatMap(({ type, match }) => {
    const path = pages.find((p) => match.test(p));
    return path ? [pageWeight(outDir, type, path)] : [];
  });
}

/** The CMS at /admin/: its entry scripts, their static imports, and everything reachable. */
export function cmsBundle(outDir: string): CmsBundle | null {
  const index = fileFor(outDir, '/admin/');
  if (!index) return null;
  const html = readFileSync(index, 'utf8');
  const tags = htmlTags(html, { names: ['script', 'link'] });
  const entries = tags.filter((t) => t.name === 'script' && t.attributes.src).map((t) => t.attributes.src!);
  entries.push(
    ...tags
      .filter((t) => t.name === 'link' && /^(?:stylesheet|modulepreload)$/i.test(t.attributes.rel ?? ''))
      .map((t) => attr(t, 'href') ?? ''),
  );
  const initial = jsClosure(outDir, entries, false);
  const total = jsClosure(outDir, entries, true);
  const sum = (files: Iterable<string>) => [...files].reduce((w, f) => add(w, weigh(f)), ZERO());
  return { initial: sum(initial), total: sum(total), files: total.size };
}

/** Size of the whole output folder. */
export function siteSize(outDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else {
        files++;
        bytes += s.size;
      }
    }
  };
  walk(outDir);
  return { files, bytes };
}
