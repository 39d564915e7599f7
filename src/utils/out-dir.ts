/** Where the build writes the site (astro.config.mjs `outDir`): the folder named by OUT_DIR, or `dist/`. */
import { resolve } from 'node:path';

/** The output folder as an absolute path (relative names are read from the project root, where builds run). */
export function outDir(): string {
  return resolve(process.env.OUT_DIR || 'dist');
}
