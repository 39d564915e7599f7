/** The app icons of the web app manifest, drawn in the build from the emblem (src/offline/icon.ts). */
import type { APIContext, GetStaticPaths } from 'astro';
import { iconPng } from '../offline/icon';
import { ICON_SIZES } from '../offline/paths';

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export function GET(context: APIContext) {
  return new Response(new Uint8Array(iconPng(Number(context.params.size))), {
    headers: { 'Content-Type': 'image/png' },
  });
}
