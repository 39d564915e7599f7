import type { Field } from './fields';
import { privacyField, PRIVACY_FIELD } from './privacy-field';

/** One kind of content: where its files live, how they are written, and their fields. */
export interface ContentType<N extends string = string, F extends readonly Field[] = readonly Field[]> {
  /** Collection name, used by Astro and by the CMS. */
  name: N;
  /** Plural Vietnamese name shown to editors. */
  label: string;
  /** Singular Vietnamese name shown to editors. */
  labelSingular: string;
  /** One sentence telling editors what this type is for. */
  description: string;
  /** Folder under the content directory. */
  folder: string;
  /** File format: MDX with front matter, or YAML data. */
  format: 'mdx' | 'yaml';
  /** The field whose value names new files (Decap's slug template). */
  slugField: string;
  /** Fields, in the order editors see them. */
  fields: F;
  /** Rules across fields, checked by the build after each field is valid. */
  rules?: CrossFieldRule[];
}

/** A check that needs more than one field, reported on one of them. */
export interface CrossFieldRule {
  /** The field the message is attached to. */
  field: string;
  message: string;
  check: (data: Record<string, unknown>) => boolean;
}

/** A settings file edited as a single form (Decap file collection). */
export interface SettingsFile<N extends string = string, F extends readonly Field[] = readonly Field[]> {
  /** Collection name of the settings file. */
  name: N;
  /** Vietnamese name shown to editors. */
  label: string;
  /** One sentence telling editors what the file holds. */
  description: string;
  /** Path of the YAML file under the content directory. */
  file: string;
  /** Fields, in the order editors see them. */
  fields: F;
  /** Rules across fields, checked by the build after each field is valid. */
  rules?: CrossFieldRule[];
}

/** Declares a settings file, keeping its name and field types for the pages that read it. */
export function settingsFile<const N extends string, const F extends readonly Field[]>(
  file: SettingsFile<N, F>,
): SettingsFile<N, F> {
  return file;
}

/**
 * Checks a content type and adds the fields every type has: `privacy` (false positives of the privacy guard,
 * with a reason), placed before the body so it reaches both zod and the CMS.
 */
export function contentType<const N extends string, const F extends readonly Field[]>(
  declared: ContentType<N, F>,
): ContentType<N, readonly [...F, ReturnType<typeof privacyField>]> {
  const bodyAt = declared.fields.findIndex((f) => f.name === 'body');
  const at = bodyAt < 0 ? declared.fields.length : bodyAt;
  // The order of the tuple type does not matter to the pages; the CMS shows `privacy` just before the body.
  const type = (declared.fields.some((f) => f.name === PRIVACY_FIELD)
    ? declared
    : {
        ...declared,
        fields: [...declared.fields.slice(0, at), privacyField(), ...declared.fields.slice(at)],
      }) as unknown as ContentType<N, readonly [...F, ReturnType<typeof privacyField>]>;
  const names = type.fields.map((f) => f.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`Content type "${type.name}" declares field "${dup}" twice.`);
  if (!names.includes(type.slugField))
    throw new Error(`Content type "${type.name}": slugField "${type.slugField}" is not a field.`);
  if ((type.format === 'mdx') !== names.includes('body'))
    throw new Error(`Content type "${type.name}": MDX types need a body field, YAML types must not have one.`);
  return type;
}
