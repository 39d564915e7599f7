/**
 * Share images for every built page: each page names its image in og:image (src/layouts/Base.astro); this reads
 * the built HTML and makes one 1200×630 job per page from its og:title, so no page can be forgotten.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { posterText } from '../i18n/posters.ts';
import { sectionSegment } from '../i18n/sections.ts';
import type { PosterJob, PosterManifest } from './jobs.ts';
import { builtPages } from '../utils/built-pages.ts';
import { posterPaths } from './paths.ts';
import { htmlTags } from '../utils/html.ts';

/** Bytes read first from each page: its <head> ends well before this in every layout. */
const HEAD_BYTES = 16 * 1024;
const HEAD_END = Buffer.from('</head>');

/**
 * The start of a built page up to the end of its <head> (the whole page when the head ends later): the share image
 * needs only the head, and the bodies of thousands of pages are most of their bytes.
 */
function pageHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    const end = buffer.subarray(0, read).indexOf(HEAD_END);
    if (end >= 0) return buffer.toString('utf8', 0, end + HEAD_END.length);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file, 'utf8');
}

/** The og:* properties of a page's <meta> tags, read with an HTML parser (values decoded). */
export function ogProperties(html: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { attributes } of htmlTags(html, { names: ['meta'], until: 'head' })) {
    if (attributes.property && attributes.content !== undefined) found[attributes.property] = attributes.content;
  }
  return found;
}

/** The path of an absolute URL, or undefined when the value is not one. */
function urlPath(value: string): string | undefined {
  try {
    return new URL(value).pathname;
  } catch {
    return undefined;
  }
}

/** One share job per built page whose og:image is its own. */
export async function shareJobs(
  outDir: string,
  manifest: Pick<PosterManifest, 'brand' | 'units'>,
): Promise<PosterJob[]> {
  const jobs: PosterJob[] = [];
  for (const { path, file } of builtPages(outDir)) {
    // The path Astro gives the page itself (Astro.url.pathname): "/404", not "/404.html".
    const page = path.replace(/\.html$/, '');
    const og = ogProperties(pageHead(file));
    if (!og['og:image']) continue;
    const image = urlPath(og['og:image']);
    // Views of an entry (share kit, loudspeaker version) use the entry's image: its own page makes it.
    if (!image || image !== posterPaths.share(page)) continue;
    if (!og['og:title']) throw new Error(posterText.errors.noTitle(page));
    const segments = image
      .slice('/anh-chia-se/'.length)
      .replace(/\.png$/, '')
      .split('/');
    const section = segments[0] === 'trang-chu' ? '' : segments[0]!;
    const unitName = section === sectionSegment('hotlines') && segments[1] ? manifest.units[segments[1]] : undefined;
    jobs.push({
      file: image,
      page,
      template: 'share',
      format: 'png',
      data: {
        brand: manifest.brand,
        kicker: posterText.kicker[section] ?? posterText.kicker.other!,
        title: og['og:title'],
        ...(unitName ? { unitName } : {}),
      },
    });
  }
  return jobs;
}
