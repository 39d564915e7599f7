/**
 * The stylesheets and scripts this build wrote (in `_astro/`, named by their content's hash). Every page links them
 * by name, and Astro's own test of a page's code does not always see a name change (a stylesheet is also shaped by
 * other pages' classes), so page keys include the names: a page copied from the last build never links a file
 * that no longer exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { outDir } from '../utils/out-dir';

/** The sorted names of the files in the output's `_astro/` folder when pages are generated (none in `astro dev`). */
export function builtAssetNames(): string[] {
  const dir = join(outDir(), '_astro');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}
