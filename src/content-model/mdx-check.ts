/**
 * An MDX body parsed the way the build will compile it (Sätteri), for the preview: `astro dev` compiles a body only
 * when its page is opened, and then shows Astro's English overlay. The loader calls this when a file is saved, so a
 * body that does not parse shows at once on the preview's Vietnamese error page, with the file's own line numbers.
 * Only the syntax: the allow-list's checks of uploads would race the CMS, which writes a post before its images.
 */
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { readContentFile } from '../safety/content-files';
import { displayPath } from './mdx-allowlist';
import { explainMdxSyntaxError } from './mdx-syntax-error';
import { FRONT_MATTER } from './read';

/** Throws the build's message for the body of the MDX file `file` if it does not parse. */
export function checkMdxSyntax(file: string): void {
  // The front matter blanked, not cut: line numbers stay those of the file.
  const text = readContentFile(file).replace(FRONT_MATTER, (front) => front.replace(/[^\n]/g, ''));
  try {
    mdxToJs(text.normalize('NFC'));
  } catch (error) {
    throw explainMdxSyntaxError(error, displayPath(pathToFileURL(file)));
  }
}
