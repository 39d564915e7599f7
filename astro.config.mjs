// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { mdxAllowList } from './src/content-model/mdx-allowlist.ts';
import { contentMedia } from './src/integrations/content-media.ts';
import { contentTree } from './src/integrations/content-tree.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { readSiteUrl } from './src/integrations/site-url.ts';
import { pagefindSearch } from './src/search/build/integration.ts';
import { posters } from './src/integrations/posters.ts';
import { offline } from './src/integrations/offline.ts';
import { localPreview } from './src/integrations/local-preview.ts';
import { nfcMdx } from './src/integrations/nfc-mdx.ts';
import { contentErrorsPreview } from './src/integrations/content-errors-preview.ts';
import { contentModulesRefresh } from './src/integrations/content-modules-refresh.ts';
import { inSitemap } from './src/integrations/sitemap-filter.ts';
import { cmsAdmin } from './cms/admin-route.ts';
import { codeDigestIntegration } from './src/integrations/code-digest.ts';
import { cachedMdx } from './src/integrations/mdx-compile-cache.ts';
import { outDir } from './src/utils/out-dir.ts';
import { buildCacheDir } from './src/utils/cache-dir.ts';

export default defineConfig({
  // The public address comes from the commune's own settings (content/settings/site.yaml) or SITE_URL.
  site: readSiteUrl(),
  trailingSlash: 'always',
  // Two files or routes with the same URL stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  // No Astro dev toolbar (English, floating over the site and the CMS) in the editors' local preview.
  devToolbar: { enabled: false },
  // Tests build several content folders side by side; each gets its own output and cache.
  outDir: outDir(),
  cacheDir: buildCacheDir(process.cwd()),
  // Stylesheets and scripts always ship as files: the Content-Security-Policy (src/safety/header-table.ts) allows no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Incremental build: a page whose cache key (getStaticPaths, src/data/page-key.ts) and code are as in the last
  // build is copied from the cache folder (incremental-build.json and dist/ in cacheDir) instead of rendered.
  // INCREMENTAL_BUILD=0 renders every page (docs/deploying.md).
  experimental: { incrementalBuild: process.env.INCREMENTAL_BUILD !== '0' },
  integrations: [
    // First: a symbolic link anywhere in the content folder stops the build before anything is read or copied.
    contentTree(),
    // The digest of the site's code in every page's cache key: a code change renders every page again.
    codeDigestIntegration(),
    // MDX bodies may use only Markdown and the allow-listed components: checked while compiling (src/content-model/mdx-allowlist.ts).
    // Each compiled body is kept in the cache folder and reused while nothing it depends on changed (src/integrations/mdx-compile-cache.ts).
    mdx({ processor: cachedMdx(satteri({ mdastPlugins: [mdxAllowList] })) }),
    sitemap({ filter: (page) => inSitemap(page) }),
    contentMedia(),
    headersFile(),
    pagefindSearch(),
    posters(),
    offline(),
    nfcMdx(),
    // Dev server only: files the next build makes show as labelled placeholders, not broken images.
    localPreview(),
    // Dev server only: a content file with an error shows a Vietnamese error page in place of the site (src/dev/).
    contentErrorsPreview(),
    // Dev server only: a renamed content file keeps its page (src/integrations/content-modules-refresh.ts).
    contentModulesRefresh(),
    // The CMS at /admin/ (cms/admin.astro): the CMS adds its page to the site, the site never imports cms/.
    cmsAdmin(),
  ],
  vite: {
    // Vite's dependency cache too: dev servers of several content folders at once would otherwise replace each other's.
    cacheDir: process.env.CACHE_DIR ? `${process.env.CACHE_DIR}/vite` : undefined,
    plugins: [tailwindcss()],
    // Dev server only: Decap's TOML parser (@iarna/toml) reads Node's `global` when loaded, which the browser lacks;
    // the build never loads it, the dev server's pre-bundled copy did, and /admin/ stopped at "global is not defined".
    optimizeDeps: { rolldownOptions: { transform: { define: { global: 'globalThis' } } } },
    build: {
      // Known, harmless noise: one MODULE_LEVEL_DIRECTIVE warning per MDX file, and eval inside Decap's bundle.
      // Silenced so that real warnings stay visible in the build log.
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'EVAL') return;
          warn(warning);
        },
      },
      chunkSizeWarningLimit: 6000,
      // No inlined scripts or data: assets either (same reason as inlineStylesheets above).
      assetsInlineLimit: 0,
    },
  },
});
