/** The CMS configuration, projected from the content model when the site is built. */
import type { APIContext } from 'astro';
import { relative } from 'node:path';
import { cmsOptionsFromEnv, toDecapConfig } from '../../content-model/to-decap';
import { contentDir } from '../../utils/content-dir';

export function GET(context: APIContext) {
  // The CMS writes relative to the repository root (where decap-server runs); that is the project folder by default.
  const fromRoot = relative(process.cwd(), contentDir()).split('\\').join('/');
  const contentPath = fromRoot && !fromRoot.startsWith('..') ? fromRoot : 'content';
  const config = toDecapConfig(cmsOptionsFromEnv(process.env, { siteUrl: context.site!.href, contentPath }));
  return new Response(JSON.stringify(config, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
