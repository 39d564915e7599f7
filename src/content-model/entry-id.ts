/** Entry ids are the URL slugs of the file names; two files with the same slug stop the build. */
import { slugify } from '../utils/slug';
import { messages } from '../i18n/vi';
import { precheckText } from '../i18n/safety';

const seen = new Map<string, string>();

/** The slug a content file's name gives, and whether it is usable: not empty, and no letter lost (Cyrillic, Han…). */
export function fileNameSlug(file: string): { slug: string; ok: boolean } {
  const name = file.split(/[\\/]/).pop()!.replace(/\.(mdx|ya?ml)$/, '');
  const slug = slugify(name);
  const unmarked = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
  return { slug, ok: slug !== '' && !/[^\P{L}A-Za-z]/u.test(unmarked) };
}

/** The entry id of a content file (its name's slug); a name with no usable slug, or a duplicate, stops the build. */
export function entryId(collection: string, file: string): string {
  const { slug: id, ok } = fileNameSlug(file);
  if (!ok) throw new Error(`${precheckText.heading}\n  ${precheckText.badFileName(file, id)}`);
  const key = `${collection}/${id}`;
  const previous = seen.get(key);
  if (previous && previous !== file) throw new Error(messages.duplicateId(collection, id, [previous, file].sort()));
  seen.set(key, file);
  return id;
}
