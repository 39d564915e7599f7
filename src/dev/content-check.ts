/**
 * The preview's checks that span files (`astro dev` only): references between entries and to uploads
 * (src/data/integrity.ts), run in the site's own runtime where the entries are, and recorded per file for the
 * error page. src/integrations/content-errors-preview.ts asks here before it answers a page, so a reference
 * broken by a save shows at once and a fixed one is gone at once; the check itself reruns only when content changed.
 */
import type { APIRoute } from 'astro';
import { relative, resolve } from 'node:path';
import { integrityProblems } from '../data/integrity';
import { replaceGroupErrors } from '../content-model/dev-errors';
import type { EntryError } from '../content-model/entry-report';
import { contentDir } from '../utils/content-dir';

/** Records the current cross-file problems (none when all is well); answers 204. */
export const GET: APIRoute = async () => {
  const byFile = new Map<string, EntryError>();
  for (const problem of await integrityProblems()) {
    const path = resolve(problem.file);
    const file = relative(contentDir(), path) || path;
    const error = byFile.get(path) ?? { file, items: [], fixes: [], text: `  ${file}` };
    error.items.push({ where: problem.field, cause: problem.message });
    error.text += `\n    ${problem.field}: ${problem.message}`;
    byFile.set(path, error);
  }
  replaceGroupErrors('cross-file', byFile);
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
};
