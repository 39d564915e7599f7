/**
 * A stand-in for Astro's `astro:content` in unit tests, as Starlight's own tests do
 * (`vi.mock('astro:content', () => mockedAstroContent({ articles: [['bai.mdx', { … }]] }))`): fixture entries, each
 * validated by its content type's schema so the data layer (src/data/) sees what the build would give it (dates as
 * Dates, defaults filled in), and written as files into a fresh content folder made CONTENT_DIR, so that "does this
 * type have files yet" answers as in the build. Only the functions src/data/ calls are provided.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { stringify } from 'yaml';
import { contentTypes } from '../../src/content-model/registry';
import { toZod } from '../../src/content-model/to-zod';
import type { Field } from '../../src/content-model/fields';
import type { CrossFieldRule } from '../../src/content-model/types';

/** Entries by collection name: each a file name (relative to the type's folder) and its front matter or YAML data. */
export type ContentFixtures = Partial<
  Record<(typeof contentTypes)[number]['name'], [file: string, data: Record<string, unknown>][]>
>;

/** An entry as getCollection returns it (the fields src/data/ reads). */
export interface MockEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
  filePath: string;
}

/** The `astro:content` module over the fixtures; throws, naming the fixture, when one is not valid content. */
export function mockedAstroContent(fixtures: ContentFixtures) {
  const root = join(mkdtempSync(join(tmpdir(), 'astro-content-')), 'content');
  const collections = new Map<string, MockEntry[]>();
  for (const [name, list = []] of Object.entries(fixtures)) {
    const type = contentTypes.find((t) => t.name === name);
    if (!type) throw new Error(`No content type "${name}".`);
    const schema = toZod(type as { fields: readonly Field[]; rules?: readonly CrossFieldRule[] });
    const entries = list.map(([file, data]): MockEntry => {
      const result = schema.safeParse(data);
      if (!result.success)
        throw new Error(
          `Fixture ${type.folder}/${file} is not valid content: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      const filePath = join(type.folder, file);
      mkdirSync(dirname(join(root, filePath)), { recursive: true });
      const body = type.format === 'mdx' ? 'Nội dung.\n' : undefined;
      writeFileSync(
        join(root, filePath),
        body === undefined ? stringify(data) : `---\n${stringify(data)}---\n\n${body}`,
      );
      return {
        id: file.replace(/\.(mdx|ya?ml)$/, ''),
        collection: name,
        data: result.data as Record<string, unknown>,
        body,
        filePath,
      };
    });
    collections.set(name, entries);
  }
  process.env.CONTENT_DIR = root;
  return {
    getCollection: async (name: string, filter?: (entry: MockEntry) => unknown) =>
      (collections.get(name) ?? []).filter((e) => !filter || filter(e)),
    getEntry: async (name: string, id: string) => collections.get(name)?.find((e) => e.id === id),
  };
}
