/** The slug a content file's name gives (its entry id and URL), and whether the name is usable at all. */
import { slugify } from '../utils/slug';

/** The slug a content file's name gives, and whether it is usable: not empty, and no letter lost (Cyrillic, Han…). */
export function fileNameSlug(file: string): { slug: string; ok: boolean } {
  const name = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(mdx|ya?ml)$/, '');
  const slug = slugify(name);
  const unmarked = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
  return { slug, ok: slug !== '' && !/[^\P{L}A-Za-z]/u.test(unmarked) };
}
