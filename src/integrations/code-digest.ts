/**
 * The digest of the site's own code for the incremental build (astro.config.mjs `experimental.incrementalBuild`):
 * every file of src/, cms/ and public/ and the project's config and lock files. It reaches the pages as
 * `import.meta.env.SITE_CODE_DIGEST`, which every page key includes (src/data/site-key.ts), and Astro's own
 * configuration hash, which keeps the whole page cache only while it is unchanged. So a change to any template,
 * stylesheet, content schema or dependency renders every page again, even where Astro's test of a page's modules
 * would not have seen it.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE_DIRS = ['src', 'cms', 'public'];
const ROOT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The digest of the code folders and files under `root`: every path and its bytes, in a fixed order. */
export function codeDigest(root: string): string {
  const hash = createHash('sha256');
  const files = CODE_DIRS.flatMap((dir) => {
    const path = join(root, dir);
    if (!existsSync(path)) return [];
    return readdirSync(path, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file));
  });
  for (const file of [...files, ...ROOT_FILES].sort()) {
    const path = join(root, file);
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    hash
      .update(`${relative(root, path).split(sep).join('/')}\0`)
      .update(readFileSync(path))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Hands the code digest to the build (builds only: the dev server renders every request anyway). */
export function codeDigestIntegration(): AstroIntegration {
  return {
    name: 'code-digest',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const digest = codeDigest(fileURLToPath(config.root));
        updateConfig({ vite: { define: { 'import.meta.env.SITE_CODE_DIGEST': JSON.stringify(digest) } } });
      },
    },
  };
}
