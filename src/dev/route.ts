/** Where the preview (`astro dev`) shows content errors; src/integrations/content-errors-preview.ts serves it in place of every page while errors exist. */
export const CONTENT_ERRORS_PATH = '/_loi-noi-dung/';

/** Where the preview runs the checks that span files (src/dev/content-check.ts) before it answers a page. */
export const CONTENT_CHECK_PATH = '/_loi-noi-dung/kiem-tra/';

/** Paths that are not pages the editor reads: the CMS, assets, uploads, downloads, the search bundle, Vite's own. */
const NOT_A_PAGE =
  /^\/(@|(admin|_astro|_image|media|pagefind|tai-ve|anh-chia-se|node_modules|src|\.well-known)(\/|$))|\.[a-z0-9]+$/i;

/** Whether a request is for a page (shown as the error page while a content file has an error). */
export function isPageRequest(method: string, path: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !path.startsWith(CONTENT_ERRORS_PATH) && !NOT_A_PAGE.test(path);
}
