/** Astro collections, projected from the content model (src/content-model). */
import { defineCollection } from 'astro:content';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { contentTypes, settingsFiles } from './content-model/registry';
import { toZod } from './content-model/to-zod';
import { entryId } from './content-model/entry-id';
import { strictGlob } from './content-model/loader';
import { contentDir } from './utils/content-dir';

const root = contentDir();
const base = (folder: string) => pathToFileURL(join(root, folder) + '/');

const typeCollections = Object.fromEntries(
  contentTypes.map((type) => [
    type.name,
    defineCollection({
      loader: strictGlob({
        pattern: type.format === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}',
        base: base(type.folder),
        generateId: ({ entry }) => entryId(type.name, join(type.folder, entry)),
      }),
      schema: toZod(type),
    }),
  ]),
);

const settingsCollections = Object.fromEntries(
  settingsFiles.map((file) => {
    const [folder, name] = file.file.split('/') as [string, string];
    return [file.name, defineCollection({ loader: strictGlob({ pattern: name, base: base(folder) }), schema: toZod(file) })];
  }),
);

export const collections = { ...typeCollections, ...settingsCollections };
