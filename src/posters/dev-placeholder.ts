/**
 * Dev server only (npm start): an image or PDF that the next build makes but the last build did not (a new article's
 * share image, a new campaign's poster) is answered with a labelled placeholder of its size instead of a 404, so the
 * local preview never shows a broken image. Whether the build makes a path is asked of the dev server itself, with the
 * rules the build uses: the job list of src/pages/tai-ve/posters-manifest.json.ts, and a page's own og:image.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import type { PosterJob, PosterManifest } from './jobs.ts';
import { isPosterPath, MANIFEST_PATH, posterPaths, SHARE_SIZE, SQUARE_SIZE } from './paths.ts';
import { placeholderFile, type PlaceholderSpec } from './placeholder.ts';
import { printDoc } from './render.ts';
import { ogProperties } from './share-pages.ts';
import { fileHeaders, fileInside, requestPath } from '../safety/serve-file.ts';

/** Pixel width of the PNG placeholder of a print template (its real PNG is far larger; the shape is what matters). */
const PRINT_PNG_WIDTH = 1200;

/** The page a share image belongs to: /anh-chia-se/bai-viet/x.png → /bai-viet/x/, trang-chu.png → /. */
export function sharePage(path: string): string | undefined {
  const match = /^\/anh-chia-se\/(.+)\.png$/.exec(path);
  if (!match) return undefined;
  return match[1] === 'trang-chu' ? '/' : `/${match[1]}/`;
}

/** The size and format of the placeholder for a planned job. */
export function placeholderSpec(job: PosterJob): PlaceholderSpec {
  if (job.template === 'share') return { format: 'png', ...SHARE_SIZE, pixelWidth: SHARE_SIZE.width };
  if (job.template === 'square') return { format: 'png', ...SQUARE_SIZE, pixelWidth: SQUARE_SIZE.width };
  const { width, height } = printDoc(job).pages[0]!;
  // Only .png and .pdf requests get here (slides are .pptx, never a print template).
  return { format: job.format === 'png' ? 'png' : 'pdf', width, height, pixelWidth: PRINT_PNG_WIDTH };
}

/** Asks the running dev server (at `origin`) what the next build would make at `path`; undefined when nothing. */
export async function plannedSpec(
  path: string,
  origin: string,
  manifest: () => Promise<PosterManifest>,
): Promise<PlaceholderSpec | undefined> {
  const page = sharePage(path);
  if (page !== undefined) {
    const response = await fetch(new URL(page, origin));
    const share: PlaceholderSpec = { format: 'png', ...SHARE_SIZE, pixelWidth: SHARE_SIZE.width };
    // The page exists but cannot be rendered right now (its own error page says why): its views still show its image.
    if (response.status >= 500) return share;
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) return undefined;
    const image = ogProperties(await response.text())['og:image'];
    // The same rule as the build (src/posters/share-pages.ts): a page makes the image its og:image names, if its own.
    if (!image || new URL(image, origin).pathname !== posterPaths.share(page)) return undefined;
    return share;
  }
  const job = (await manifest()).jobs.find((j) => j.file === path);
  return job ? placeholderSpec(job) : undefined;
}

/** The connect middleware of the dev server: placeholders for planned files missing from `outDir`. */
export function placeholderMiddleware(outDir: string, origin: () => string) {
  // The job list is the whole site's: asked once for the images of one page, not once per image.
  let cached: { at: number; manifest: Promise<PosterManifest> } | undefined;
  const manifest = () => {
    if (!cached || Date.now() - cached.at > 3000) {
      const loading = fetch(new URL(MANIFEST_PATH, origin())).then((r) => r.json() as Promise<PosterManifest>);
      cached = { at: Date.now(), manifest: loading };
      loading.catch(() => (cached = undefined));
    }
    return cached.manifest;
  };
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const path = requestPath(req.url);
    if (
      path === undefined ||
      !isPosterPath(path) ||
      !/\.(png|pdf)$/.test(path) ||
      (req.method !== 'GET' && req.method !== 'HEAD')
    )
      return next();
    const file = fileInside(outDir, path);
    if (!file || existsSync(file)) return next();
    plannedSpec(path, origin(), manifest)
      .then(async (spec) => {
        if (!spec) return next();
        const bytes = await placeholderFile(spec);
        // Never cached: the real file replaces it after the next build.
        res.writeHead(200, fileHeaders(path, { 'Content-Length': String(bytes.length), 'Cache-Control': 'no-store' }));
        res.end(req.method === 'HEAD' ? undefined : bytes);
      })
      // The dev server cannot tell right now (a content error it shows on the pages themselves): answer as before, 404.
      .catch(() => next());
  };
}
