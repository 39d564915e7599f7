/** URL slugs from Vietnamese text: "Phòng, chống ma túy" → "phong-chong-ma-tuy". */
export function slugify(text: string): string {
  return text
    .normalize('NFD') // split letters from tone and vowel marks
    .replace(/[\u0300-\u036f]/g, '') // drop the marks
    .replace(/[đĐ]/g, 'd') // đ is a letter of its own, not d plus a mark
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
