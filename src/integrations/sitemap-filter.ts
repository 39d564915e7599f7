/**
 * Which pages the sitemap lists: not the editors' pages, and no page that tells search engines not to index it
 * (an empty section's list page on a new commune's site, an empty school level). The sitemap is written after
 * the pages, so the built page itself says whether it is noindex: one rule, no second list to keep in step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isEditorOnly } from '../utils/routes';

const NOINDEX = /<meta name="robots" content="noindex/;

/** Whether the page at `url` belongs in the sitemap; `outDir` is where the build wrote it. */
export function inSitemap(url: string, outDir = resolve(process.env.OUT_DIR || 'dist')): boolean {
  const path = decodeURIComponent(new URL(url).pathname);
  if (isEditorOnly(path)) return false;
  const file = join(outDir, path, 'index.html');
  return !(existsSync(file) && NOINDEX.test(readFileSync(file, 'utf8')));
}
