/**
 * The digest of the site's own code for the incremental build (astro.config.mjs `experimental.incrementalBuild`):
 * every file of src/, cms/ and public/ and the project's config and lock files (src/utils/code-digest.ts). It reaches the pages as
 * `import.meta.env.SITE_CODE_DIGEST`, which every page key includes (src/data/site-key.ts), and Astro's own
 * configuration hash, which keeps the whole page cache only while it is unchanged. So a change to any template,
 * stylesheet, content schema or dependency renders every page again, even where Astro's test of a page's modules
 * would not have seen it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteCodeDigest } from '../utils/code-digest';

/** Hands the code digest to the build (builds only: the dev server renders every request anyway). */
export function codeDigestIntegration(): AstroIntegration {
  return {
    name: 'code-digest',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const digest = siteCodeDigest(fileURLToPath(config.root));
        updateConfig({ vite: { define: { 'import.meta.env.SITE_CODE_DIGEST': JSON.stringify(digest) } } });
      },
    },
  };
}
