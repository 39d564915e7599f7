/**
 * Share images for every built page: each page names its image in og:image (src/layouts/Base.astro); this reads
 * the built HTML and makes one 1200×630 job per page from its og:title, so no page can be forgotten.
 */
import { readFile } from 'node:fs/promises';
import { posterText } from '../i18n/posters.ts';
import type { PosterJob, PosterManifest } from './jobs.ts';
import { builtPages } from '../utils/built-pages.ts';
import { posterPaths } from './paths.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes in attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The og:* properties of a page's <meta> tags. */
export function ogProperties(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>') >= 0 ? html.indexOf('</head>') : undefined);
  const found: Record<string, string> = {};
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    const attrs = Object.fromEntries([...tag.matchAll(/([a-z:-]+)="([^"]*)"/gi)].map((m) => [m[1]!.toLowerCase(), decodeEntities(m[2]!)]));
    if (attrs.property && attrs.content !== undefined) found[attrs.property] = attrs.content;
  }
  return found;
}

/** One share job per built page whose og:image is its own. */
export async function shareJobs(outDir: string, manifest: Pick<PosterManifest, 'brand' | 'units'>): Promise<PosterJob[]> {
  const jobs: PosterJob[] = [];
  for (const { path, file } of builtPages(outDir)) {
    // The path Astro gives the page itself (Astro.url.pathname): "/404", not "/404.html".
    const page = path.replace(/\.html$/, '');
    const og = ogProperties(await readFile(file, 'utf8'));
    if (!og['og:image']) continue;
    const image = new URL(og['og:image']).pathname;
    // Views of an entry (share kit, loudspeaker version) use the entry's image: its own page makes it.
    if (image !== posterPaths.share(page)) continue;
    if (!og['og:title']) throw new Error(posterText.errors.noTitle(page));
    const segments = image.slice('/anh-chia-se/'.length).replace(/\.png$/, '').split('/');
    const section = segments[0] === 'trang-chu' ? '' : segments[0]!;
    const unitName = section === 'duong-day-nong' && segments[1] ? manifest.units[segments[1]] : undefined;
    jobs.push({
      file: image,
      page,
      template: 'share',
      format: 'png',
      data: { brand: manifest.brand, kicker: posterText.kicker[section] ?? posterText.kicker.other!, title: og['og:title'], ...(unitName ? { unitName } : {}) },
    });
  }
  return jobs;
}
