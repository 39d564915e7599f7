/** The CMS configuration is a projection of the content model: it cannot drift from what the build validates. */
import { describe, expect, it } from 'vitest';
import { cmsOptionsFromEnv, toDecapConfig } from '../../src/content-model/to-decap';
import { contentTypes, settingsFiles } from '../../src/content-model/registry';
import type { DecapField, Field } from '../../src/content-model/fields';
import { contentComponents } from '../../src/content-model/components';

const config = toDecapConfig(cmsOptionsFromEnv({}, { siteUrl: 'https://xa.example.vn/', contentPath: 'content' }));

/** Every field name with its nesting, e.g. "contacts.phone". */
function decapPaths(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix + f.name;
    const nested = (f.fields as DecapField[] | undefined) ?? [];
    return [path, ...decapPaths(nested, `${path}.`)];
  });
}
/** Every Decap field with its nesting and its required flag. */
function decapRequired(fields: DecapField[], prefix = ''): [path: string, required: boolean | undefined][] {
  return fields.flatMap((f) => [
    [prefix + f.name, f.required] as [string, boolean | undefined],
    ...decapRequired((f.fields as DecapField[] | undefined) ?? [], `${prefix}${f.name}.`),
  ]);
}

/** Zod's definition of a schema (zod 4 keeps it on `_zod.def`). */
type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
};
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/**
 * The keys an editor writes under a schema, read from the zod schema the build validates with (not from the Decap
 * projection): objects give their keys, lists their item's keys, wrappers and pipes what they wrap.
 */
function zodKeys(schema: unknown, prefix: string): { path: string; schema: unknown }[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, inner]) => [
        { path: prefix + key, schema: inner },
        ...zodKeys(inner, `${prefix}${key}.`),
      ]);
    case 'array':
      return zodKeys(def.element, prefix);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return zodKeys(def.innerType, prefix);
    case 'pipe': {
      const input = zodKeys(def.in, prefix);
      return input.length ? input : zodKeys(def.out, prefix);
    }
    default:
      return [];
  }
}

/** Every field path of a content type, from its fields' names and their zod schemas. */
function modelPaths(fields: readonly Field[]): string[] {
  return fields.flatMap((f) => [f.name, ...zodKeys(f.zod, `${f.name}.`).map((k) => k.path)]);
}

/** Whether a value may be left out ('optional'), must be given ('required'), or is filled in when left out ('default'). */
function presence(schema: unknown): 'optional' | 'required' | 'default' {
  const result = (schema as { safeParse: (v: unknown) => { success: boolean; data?: unknown } }).safeParse(undefined);
  return !result.success ? 'required' : result.data === undefined ? 'optional' : 'default';
}

/** The presence of each nested key, by its zod schema. */
function modelPresence(fields: readonly Field[]): Map<string, ReturnType<typeof presence>> {
  return new Map(fields.flatMap((f) => zodKeys(f.zod, `${f.name}.`).map((k) => [k.path, presence(k.schema)] as const)));
}

describe('Decap config generated from the content model', () => {
  it('has one collection per content type, in the content folder, plus the settings file', () => {
    const names = config.collections.map((c) => c.name);
    expect(names).toEqual([...contentTypes.map((t) => t.name), 'settings']);
    for (const type of contentTypes) {
      const collection = config.collections.find((c) => c.name === type.name) as { folder: string; extension: string };
      expect(collection.folder).toBe(type.folder);
      expect(collection.extension).toBe(type.format === 'mdx' ? 'mdx' : 'yaml');
    }
    const settings = config.collections.at(-1) as { files: { file: string }[] };
    expect(settings.files.map((f) => f.file)).toEqual(settingsFiles.map((f) => f.file));
  });

  it('roots the local backend at the content folder; a git backend writes to the content path inside its repository', () => {
    // Local: decap-server sees only the content folder, so paths are relative to it, even if CMS_CONTENT_PATH is set.
    const local = toDecapConfig(
      cmsOptionsFromEnv({ CMS_CONTENT_PATH: 'content' }, { siteUrl: 'https://x/', contentPath: 'content' }),
    );
    expect(local.media_folder).toBe('media');
    expect((local.collections[0] as { folder: string }).folder).toBe(contentTypes[0]!.folder);
    expect(local.local_backend).toEqual({
      url: 'http://127.0.0.1:8081/api/v1',
      allowed_hosts: ['localhost', '127.0.0.1'],
    });
    const git = toDecapConfig(
      cmsOptionsFromEnv(
        { CMS_BACKEND: 'gitlab', CMS_REPO: 'xa/portal' },
        { siteUrl: 'https://x/', contentPath: 'content' },
      ),
    );
    expect(git.media_folder).toBe('content/media');
    expect((git.collections[0] as { folder: string }).folder).toBe(`content/${contentTypes[0]!.folder}`);
    expect(git.local_backend).toBeUndefined();
    const elsewhere = toDecapConfig(
      cmsOptionsFromEnv(
        { CMS_BACKEND: 'github', CMS_REPO: 'xa/noi-dung', CMS_CONTENT_PATH: 'xa-lac-phuong' },
        { siteUrl: 'https://x/', contentPath: 'content' },
      ),
    );
    expect(elsewhere.media_folder).toBe('xa-lac-phuong/media');
  });

  it('covers every field of every type, with the same required flags', () => {
    for (const type of contentTypes) {
      const collection = config.collections.find((c) => c.name === type.name) as { fields: DecapField[] };
      expect(decapPaths(collection.fields)).toEqual(modelPaths(type.fields));
      for (const field of type.fields) {
        const decap = collection.fields.find((f) => f.name === field.name)!;
        const optional = field.zod.safeParse(undefined).success;
        if (field.name !== 'body' && decap.widget !== 'boolean')
          expect(decap.required, `${type.name}.${field.name}`).toBe(!optional);
      }
      // Nested fields (groups, lists of groups, images): the CMS requires exactly what the schema requires.
      const nested = modelPresence(type.fields);
      for (const [path, required] of decapRequired(collection.fields).filter(([p]) => p.includes('.'))) {
        // A value with a default is shown filled in: the CMS may require it or not.
        if (nested.get(path) !== 'default')
          expect(required, `${type.name}.${path}`).toBe(nested.get(path) === 'required');
      }
    }
  });

  it('reads nested fields from the schemas: a list of groups and an image give their keys', () => {
    const campaigns = contentTypes.find((t) => t.name === 'campaigns')!;
    expect(modelPaths(campaigns.fields)).toEqual(
      expect.arrayContaining(['keyDates', 'keyDates.date', 'keyDates.label']),
    );
    const articles = contentTypes.find((t) => t.name === 'articles')!;
    expect(modelPaths(articles.fields)).toEqual(expect.arrayContaining(['cover', 'cover.src', 'cover.alt']));
  });

  it('offers allowed values as selects and checks phone numbers before saving', () => {
    const articles = config.collections.find((c) => c.name === 'articles') as { fields: DecapField[] };
    const category = articles.fields.find((f) => f.name === 'category')!;
    expect(category.widget).toBe('select');
    expect((category.options as { value: string }[]).map((o) => o.value)).toContain('ma-tuy-moi');
    const hotlines = config.collections.find((c) => c.name === 'hotlines') as { fields: DecapField[] };
    const phone = (hotlines.fields.find((f) => f.name === 'contacts')!.fields as DecapField[]).find(
      (f) => f.name === 'phone',
    )!;
    const [pattern] = phone.pattern as [string, string];
    expect(new RegExp(pattern).test('0912 345 678')).toBe(true);
    expect(new RegExp(pattern).test('gọi anh Ba')).toBe(false);
  });

  it('offers every content component in the body editor and nothing else but images', () => {
    const articles = config.collections.find((c) => c.name === 'articles') as { fields: DecapField[] };
    const body = articles.fields.find((f) => f.name === 'body')!;
    expect(body.editor_components).toEqual(['image', ...contentComponents.map((c) => c.id)]);
  });

  it('uses the local backend by default and a git backend with the editorial workflow when configured', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(config.locale).toBe('vi');
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    const gitlab = toDecapConfig(
      cmsOptionsFromEnv(
        { CMS_BACKEND: 'gitlab', CMS_REPO: 'xa/portal', CMS_APP_ID: 'abc' },
        { siteUrl: 'https://x/', contentPath: 'content' },
      ),
    );
    expect(gitlab.backend).toMatchObject({
      name: 'gitlab',
      repo: 'xa/portal',
      branch: 'main',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(gitlab.publish_mode).toBe('editorial_workflow');
    const gitea = toDecapConfig(
      cmsOptionsFromEnv(
        { CMS_BACKEND: 'gitea', CMS_REPO: 'xa/portal' },
        { siteUrl: 'https://x/', contentPath: 'content' },
      ),
    );
    expect(gitea.publish_mode).toBeUndefined();
    expect(() => cmsOptionsFromEnv({ CMS_BACKEND: 'svn' }, { siteUrl: 'https://x/', contentPath: 'content' })).toThrow(
      /CMS_BACKEND/,
    );
    expect(() =>
      cmsOptionsFromEnv({ CMS_BACKEND: 'github' }, { siteUrl: 'https://x/', contentPath: 'content' }),
    ).toThrow(/CMS_REPO/);
  });
});
