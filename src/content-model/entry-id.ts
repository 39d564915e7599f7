/** Entry ids are the URL slugs of the file names; two files with the same slug stop the build. */
import { slugify } from '../utils/slug';
import { messages } from '../i18n/vi';

const seen = new Map<string, string>();

export function entryId(collection: string, file: string): string {
  const name = file.split('/').pop()!.replace(/\.(mdx|ya?ml)$/, '');
  const id = slugify(name);
  const key = `${collection}/${id}`;
  const previous = seen.get(key);
  if (previous && previous !== file) throw new Error(messages.duplicateId(collection, id, [previous, file].sort()));
  seen.set(key, file);
  return id;
}
