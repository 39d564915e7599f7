/**
 * No broken internal link or image: linkinator crawls the demo build from its home page and from every URL of the
 * sitemap, following every page, stylesheet, script, image, download, share-image meta tag and #fragment.
 * Links to the site's public address (canonical, og:image, og:url) are checked against the build itself.
 * External links are listed in the output, not checked (CHECK_EXTERNAL_LINKS=1 checks them and reports the
 * broken ones, still without failing: another site being down must not stop a commune from publishing).
 */
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { demoBuild } from '../helpers/demo';
import { pagePaths } from '../helpers/site-files';
import { sitemapPaths } from './site-pages';
import { readFileSync } from 'node:fs';

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

interface LinkReport {
  broken: string[];
  checked: LinkResult[];
  external: string[];
}

/** Crawls a built site; `siteUrl` (its public address) is mapped onto the local copy. */
export async function checkLinks(root: string, siteUrl: string | undefined, starts: string[]): Promise<LinkReport> {
  const port = await freePort();
  const local = `http://127.0.0.1:${port}`;
  const external = new Set<string>();
  const checkExternal = process.env.CHECK_EXTERNAL_LINKS === '1';
  const result = await new LinkChecker().check({
    // Paths are relative to serverRoot; linkinator serves the folder itself.
    path: (starts.length ? starts : ['/']).map((p) => `${p.slice(1)}${p.endsWith('/') ? 'index.html' : ''}`),
    serverRoot: root,
    port,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 20,
    timeout: 10_000,
    urlRewriteExpressions: siteUrl
      ? [{ pattern: new RegExp(`^${siteUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/?`), replacement: `${local}/` }]
      : [],
    linksToSkip: async (link) => {
      // The site's own public address is rewritten onto the local copy (after this check), so it is not external.
      if (link.startsWith(local) || link.startsWith('/') || (siteUrl && link.startsWith(siteUrl))) return false;
      external.add(link);
      return !checkExternal;
    },
  });
  // linkinator reports pages of the served folder relative to it ("bai-viet/x/"), other URLs in full.
  const isLocal = (l: LinkResult) => !/^[a-z]+:/i.test(l.url) || l.url.startsWith(local);
  const path = (url: string | undefined) =>
    url === undefined ? '?' : `/${url.startsWith(local) ? url.slice(local.length + 1) : url}`.replace(/^\/\//, '/');
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN && isLocal(l))
    .map((l) => `${path(l.url)} (${l.status ?? 'no response'}) on ${path(l.parent)}`);
  if (checkExternal) {
    const down = result.links.filter((l) => l.state === LinkState.BROKEN && !isLocal(l));
    console.log(
      `External links: ${external.size}, broken: ${down.length}\n${down.map((l) => `  ${l.url} (${l.status}) on ${l.parent}`).join('\n')}`,
    );
  } else {
    console.log(
      `External links (reported, not checked; CHECK_EXTERNAL_LINKS=1 checks them): ${external.size}\n${[...external]
        .sort()
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  }
  return { broken: [...new Set(broken)].sort(), checked: result.links.filter(isLocal), external: [...external] };
}

describe('links', () => {
  it('no broken internal link, image, asset or fragment anywhere in the demo build', async () => {
    const site = demoBuild();
    expect(site.ok, site.output).toBe(true);
    const sitemap = sitemapPaths(site.outDir);
    const siteUrl = new URL(
      readFileSync(join(site.outDir, 'sitemap-index.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]!,
    ).origin;
    // Every page is a starting point: editor pages (/bien-tap/, /admin/) and the 404 page are linked from no reader page.
    const pages = pagePaths(site.outDir);
    const report = await checkLinks(site.outDir, siteUrl, pages);
    expect(report.broken).toEqual([]);

    // Every URL of the sitemap is a page of the build, reached and answered.
    const reached = new Set(
      report.checked
        .filter((l) => l.state === LinkState.OK)
        .map((l) => decodeURI(new URL(l.url, 'http://x/').pathname)),
    );
    expect(sitemap.length).toBeGreaterThan(50);
    expect(sitemap.filter((p) => !reached.has(p))).toEqual([]);
    // Share images and downloads (og:image, /media/, PDFs) are checked like any link when pages have them.
    const assets = [...reached].filter((p) => /\.(png|jpe?g|webp|svg|pdf|css|js)$/.test(p));
    expect(assets.length).toBeGreaterThan(0);
  });

  it('finds broken links, images and fragments (the gate can fail)', async () => {
    const root = join(import.meta.dirname, '../fixtures/safety/links');
    const report = await checkLinks(root, 'https://xa-mau.example.vn', []);
    expect(report.broken.map((b) => b.split(' ')[0])).toEqual([
      '/anh-da-xoa.png',
      '/bai-viet/khong-co/',
      '/gioi-thieu/#lien-he',
      '/media/ke-hoach-cu.pdf',
      '/og.png',
    ]);
    expect(report.external).toEqual(['https://example.com/ngoai']);
  });
});
