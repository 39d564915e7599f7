/** The web app manifest: the commune's portal installs with its own name and the emblem, in Vietnamese. */
import { getSite, unitTitle } from '../data/site';
import { ICON_SIZES, offlinePaths, THEME_COLOR } from '../offline/paths';
import { routes } from '../utils/routes';

export async function GET() {
  const site = await getSite();
  const manifest = {
    name: site.siteName,
    short_name: unitTitle(site.commune),
    description: site.tagline,
    lang: 'vi',
    dir: 'ltr',
    id: routes.home(),
    start_url: routes.home(),
    scope: routes.home(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    // Each file twice: full-bleed squares whose emblem sits in the safe zone work as plain and as maskable icons.
    icons: ICON_SIZES.flatMap((size) =>
      (['any', 'maskable'] as const).map((purpose) => ({
        src: offlinePaths.icon(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose,
      })),
    ),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
}
