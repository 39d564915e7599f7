/** The CMS configuration, projected from the content model when the site is built. */
import type { APIContext } from 'astro';
import { relative } from 'node:path';
import { cmsOptionsFromEnv, toDecapConfig } from '../../content-model/to-decap';
import { contentDir } from '../../utils/content-dir';

export function GET(context: APIContext) {
  // A git backend writes relative to the repository root: the project folder by default (CMS_CONTENT_PATH overrides).
  // The local backend (npm start) is rooted at the content folder itself and ignores this.
  const fromRoot = relative(process.cwd(), contentDir()).split('\\').join('/');
  const contentPath = fromRoot && !fromRoot.startsWith('..') ? fromRoot : 'content';
  const config = toDecapConfig(cmsOptionsFromEnv(process.env, { siteUrl: context.site!.href, contentPath }));
  return new Response(JSON.stringify(config, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
