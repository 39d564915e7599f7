/** Projection of the content model to zod: the schemas Astro validates every entry with. */
import { objectOf } from './fields';
import type { ContentType, SettingsFile } from './types';

export function toZod(type: ContentType | SettingsFile) {
  let schema = objectOf(type.fields);
  for (const rule of type.rules ?? []) {
    schema = schema.refine((data) => rule.check(data), { error: rule.message, path: [rule.field] });
  }
  return schema;
}
