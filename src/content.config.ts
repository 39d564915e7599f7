/** Astro collections, projected from the content model (src/content-model). */
import { defineCollection } from 'astro:content';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { contentTypes, settingsFiles } from './content-model/registry';
import { toZod } from './content-model/to-zod';
import type { ContentType, SettingsFile } from './content-model/types';
import { entryId } from './content-model/entry-id';
import { strictGlob } from './content-model/loader';
import { contentDir, mediaDir } from './utils/content-dir';
import { useMediaFolder } from './safety/media-ref';
import { mediaFolder } from './safety/media-folder';
import { privacyCheck } from './privacy/entry-check';

const root = contentDir();
// Upload fields (covers, attachments) must name a file that exists inside media/ (src/safety/media-ref.ts).
useMediaFolder(mediaFolder(mediaDir()));
const base = (folder: string) => pathToFileURL(join(root, folder) + '/');
// The gates every content file passes before it is published, handed to the loader (src/content-model/entry-checks.ts).
const checks = [privacyCheck];

function typeCollection<T extends ContentType>(type: T) {
  const schema = toZod<T['fields']>(type);
  return defineCollection({
    loader: strictGlob(
      {
        pattern: type.format === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}',
        base: base(type.folder),
        generateId: ({ entry }) => entryId(type.name, join(type.folder, entry)),
      },
      // The same schema, for the report of a file that fails: every field named by its CMS label.
      { fields: type.fields, schema },
      checks,
    ),
    schema,
  });
}

function settingsCollection<T extends SettingsFile>(file: T) {
  const [folder, name] = file.file.split('/') as [string, string];
  const schema = toZod<T['fields']>(file);
  return defineCollection({
    loader: strictGlob({ pattern: name, base: base(folder) }, { fields: file.fields, schema }, checks),
    schema,
  });
}

type TypeCollections = { [T in (typeof contentTypes)[number] as T['name']]: ReturnType<typeof typeCollection<T>> };
type SettingsCollections = {
  [T in (typeof settingsFiles)[number] as T['name']]: ReturnType<typeof settingsCollection<T>>;
};

// Object.fromEntries loses the keys; the mapped types above give each collection its own entry type.
export const collections = {
  ...(Object.fromEntries(contentTypes.map((type) => [type.name, typeCollection(type)])) as TypeCollections),
  ...(Object.fromEntries(settingsFiles.map((file) => [file.name, settingsCollection(file)])) as SettingsCollections),
};
