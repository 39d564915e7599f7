/**
 * The digest of the site's own code: every file of src/, cms/ and public/ and the project's config and lock files.
 * The incremental build puts it in every page key (src/integrations/code-digest.ts); caches of work done on
 * content (the privacy guard's clean scans) put it in theirs, so a code or dependency change redoes that work.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

const digests = new Map<string, string>();

/** codeDigest(root), worked out once per process (one build reads the code once). */
export function siteCodeDigest(root: string): string {
  let digest = digests.get(root);
  if (digest === undefined) digests.set(root, (digest = codeDigest(root)));
  return digest;
}
