/** Projection of the content model to zod: the schemas Astro validates every entry with. */
import { objectOf, type Field } from './fields';
import type { CrossFieldRule } from './types';

export function toZod<const F extends readonly Field[]>(type: { fields: F; rules?: readonly CrossFieldRule[] }) {
  let schema = objectOf(type.fields);
  const names = new Set<PropertyKey>(type.fields.map((f) => f.name));
  for (const rule of type.rules ?? []) {
    schema = schema.refine((data) => rule.check(data as Record<string, unknown>), {
      error: rule.message,
      path: [rule.field],
      // Only once every field is valid: a wrong date is reported as a wrong date, not also as a wrong order.
      when: (payload) => !payload.issues.some((issue) => names.has(issue.path?.[0] as PropertyKey)),
    });
  }
  return schema;
}
