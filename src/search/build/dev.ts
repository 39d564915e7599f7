/** Search in `astro dev`: crawls the running dev server, indexes what it finds, serves the bundle from memory. */
import type { AstroIntegrationLogger } from 'astro';
import type { AddressInfo } from 'node:net';
import type { ViteDevServer } from 'vite';
import { buildSearchBundle, closeIndexer, type BundleFile, type SourcePage } from './indexer';
import { indexedHtml } from './page-html';
import { BUNDLE_URL } from '../config';
import { isEditorOnly } from '../../utils/routes';
import { contentDir } from '../../utils/content-dir';
import { fileHeaders, requestPath } from '../../safety/serve-file';

/** Paths never crawled: the CMS, the bundle itself, uploads and built assets. */
const SKIP = /^\/(admin|pagefind|media|_astro|@)/;
const MAX_PAGES = 5000;
const RETRIES = 4;
const RETRY_DELAY_MS = 1000;

/** The dev-server side of search: setup (middleware, watcher), start (first crawl), stop. */
export function devSearch() {
  let files = new Map<string, Uint8Array>();
  let origin = '';
  let log: AstroIntegrationLogger | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const reindex = async () => {
    const started = Date.now();
    const pages = await crawl(origin);
    const bundle = await buildSearchBundle(
      pages.flatMap(({ url, html }) => {
        const indexed = indexedHtml(html);
        return indexed === undefined ? [] : [{ url, html: indexed }];
      }),
    );
    files = new Map(bundle.files.map((f: BundleFile) => [f.path, f.content]));
    log?.info(`search index ready: ${bundle.pages} pages in ${Date.now() - started} ms`);
  };
  // One crawl at a time; a change during a crawl schedules one more.
  const schedule = () => {
    if (!origin) return;
    if (running) return void (again = true);
    running = reindex()
      .catch((e: unknown) => {
        // The previous index stays in place: a half-crawled site would hide pages from search.
        log?.warn(
          `search index not updated (${e instanceof Error ? e.message : String(e)}); trying again on the next change`,
        );
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
  };

  return {
    setup(server: ViteDevServer, logger: AstroIntegrationLogger) {
      log = logger;
      server.middlewares.use(BUNDLE_URL, (req, res, next) => {
        const path = requestPath(req.url)?.replace(/^\//, '');
        const body = path === undefined ? undefined : files.get(path);
        if (path === undefined || !body) return next();
        // The types a host sends for the built bundle (the one table), so the preview loads it as production does.
        res.writeHead(200, fileHeaders(path, { 'Cache-Control': 'no-store' })).end(body);
      });
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(contentDir())) return;
        clearTimeout(timer);
        timer = setTimeout(schedule, 1500);
      });
    },
    start(address: AddressInfo, logger: AstroIntegrationLogger) {
      log = logger;
      const host = ['::', '0.0.0.0', '::1'].includes(address.address) ? 'localhost' : address.address;
      origin = `http://${address.family === 'IPv6' && host !== 'localhost' ? `[${host}]` : host}:${address.port}`;
      timer = setTimeout(schedule, 500);
    },
    async stop() {
      clearTimeout(timer);
      await closeIndexer();
    },
  };
}

/** A page the dev server failed to render (a 5xx), most often while it is still reloading changed content. */
class RenderFailed extends Error {}

/** Fetches one page, trying again a few times when the server answers 5xx; undefined for pages that are not HTML. */
async function fetchPage(url: string): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url).catch(() => undefined);
    if (res && res.status < 500) {
      if (!res.ok || !res.headers.get('content-type')?.includes('text/html')) return undefined;
      return res.text();
    }
    if (attempt >= RETRIES) throw new RenderFailed(`${url}: ${res ? `HTTP ${res.status}` : 'no answer'}`);
    await new Promise((ok) => setTimeout(ok, RETRY_DELAY_MS * attempt));
  }
}

/**
 * Every page reachable from the home page, as the dev server renders it. One request at a time: Astro's dev
 * server renders MDX entries badly when many are requested at once right after a start or a content change.
 */
async function crawl(origin: string): Promise<SourcePage[]> {
  const queue = ['/'];
  const seen = new Set(queue);
  const pages: SourcePage[] = [];
  while (queue.length && pages.length < MAX_PAGES) {
    const path = queue.shift()!;
    const html = await fetchPage(origin + path);
    if (html === undefined) continue;
    pages.push({ url: path, html });
    for (const [, link] of html.matchAll(/href="(\/[^"#?]*)"/g)) {
      if (link!.endsWith('/') && !SKIP.test(link!) && !isEditorOnly(link!) && !seen.has(link!)) {
        seen.add(link!);
        queue.push(link!);
      }
    }
  }
  return pages;
}
