/**
 * The CMS page at /admin/, added to the site by the CMS itself: the site (src/) never imports cms/, which builds on it.
 * In `astro build` the page's script is the CMS bundle made apart from the site's Vite build (bundle.ts), copied
 * into /admin/; in `astro dev` Vite serves cms/index.ts itself.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { copyBundle, cmsBundle, type CmsBundle } from './bundle.ts';

/** Where the page's script module lives in the source. */
const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));
const PAGE = fileURLToPath(new URL('./admin.astro', import.meta.url));

/** The Vite plugin that points the admin page's script at the prebuilt bundle instead of bundling cms/index.ts. */
function prebuiltScript(bundle: CmsBundle) {
  return {
    name: 'cms-prebuilt-script',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (!importer?.startsWith(PAGE) || !/(^|\/)index(\.ts)?$/.test(source)) return null;
      if (fileURLToPath(new URL(source, `file://${importer.split('?')[0]}`)).replace(/(\.ts)?$/, '.ts') !== ENTRY)
        return null;
      // 'absolute': kept as the site path it is, not made relative to the chunk importing it.
      return { id: `/admin/${bundle.entry}`, external: 'absolute' as const };
    },
  };
}

/** The integration that serves cms/admin.astro at /admin/. */
export function cmsAdmin(): AstroIntegration {
  let bundle: CmsBundle | undefined;
  return {
    name: 'cms-admin',
    hooks: {
      'astro:config:setup': async ({ command, config, injectRoute, updateConfig, logger }) => {
        injectRoute({ pattern: '/admin', entrypoint: new URL('./admin.astro', import.meta.url) });
        if (command !== 'build') return;
        const started = Date.now();
        bundle = await cmsBundle(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
        logger.info(`CMS bundle ${bundle.entry} ready in ${Date.now() - started} ms`);
        updateConfig({ vite: { plugins: [prebuiltScript(bundle)] } });
      },
      'astro:build:done': ({ dir }) => {
        if (bundle) copyBundle(bundle, fileURLToPath(new URL('admin/', dir)));
      },
    },
  };
}
