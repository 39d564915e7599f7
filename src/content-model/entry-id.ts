/** Entry ids are the URL slugs of the file names; two files with the same slug stop the build. */
import { messages } from '../i18n/vi';
import { precheckText } from '../i18n/safety';
import { fileNameSlug } from '../safety/file-name-slug';

export { fileNameSlug };

/**
 * The entry id of a content file (its name's slug); a name with no usable slug stops the build. Pure: the same
 * path always gives the same id, whatever was read before (two files with one id: duplicateIds, over the current files).
 * The collection is named by callers (ids are unique within one collection) but does not change the id.
 */
export function entryId(_collection: string, file: string): string {
  const { slug: id, ok } = fileNameSlug(file);
  if (!ok) throw new Error(`${precheckText.heading}\n  ${precheckText.badFileName(file, id)}`);
  return id;
}

/** The error of each id that two or more of a collection's current files share (files relative to the content folder). */
export function duplicateIds(collection: string, files: readonly { id: string; file: string }[]): string[] {
  const byId = new Map<string, string[]>();
  for (const { id, file } of files) byId.set(id, [...(byId.get(id) ?? []), file]);
  return [...byId]
    .filter(([, same]) => same.length > 1)
    .map(([id, same]) => messages.duplicateId(collection, id, same.sort()));
}
