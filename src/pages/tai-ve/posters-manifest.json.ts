/** Build-only: the job list of the poster generator (src/posters/manifest.ts); the integration removes it from the output. */
import type { APIContext } from 'astro';
import { posterManifest } from '../../posters/manifest';

export async function GET(context: APIContext) {
  return new Response(JSON.stringify(await posterManifest(context.site!)));
}
