/** Projection of the content model to zod: the schemas Astro validates every entry with. */
import { objectOf, type Field } from './fields';
import type { CrossFieldRule } from './types';

export function toZod<const F extends readonly Field[]>(type: { fields: F; rules?: readonly CrossFieldRule[] }) {
  let schema = objectOf(type.fields);
  for (const rule of type.rules ?? []) {
    schema = schema.refine((data) => rule.check(data as Record<string, unknown>), { error: rule.message, path: [rule.field] });
  }
  return schema;
}
