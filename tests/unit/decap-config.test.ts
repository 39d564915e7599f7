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
function modelPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((f) => [prefix + f.name, ...decapPaths((f.decap.fields as DecapField[] | undefined) ?? [], `${prefix}${f.name}.`)]);
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
    const local = toDecapConfig(cmsOptionsFromEnv({ CMS_CONTENT_PATH: 'content' }, { siteUrl: 'https://x/', contentPath: 'content' }));
    expect(local.media_folder).toBe('media');
    expect((local.collections[0] as { folder: string }).folder).toBe(contentTypes[0]!.folder);
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['localhost', '127.0.0.1'] });
    const git = toDecapConfig(cmsOptionsFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'xa/portal' }, { siteUrl: 'https://x/', contentPath: 'content' }));
    expect(git.media_folder).toBe('content/media');
    expect((git.collections[0] as { folder: string }).folder).toBe(`content/${contentTypes[0]!.folder}`);
    expect(git.local_backend).toBeUndefined();
    const elsewhere = toDecapConfig(cmsOptionsFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'xa/noi-dung', CMS_CONTENT_PATH: 'xa-lac-phuong' }, { siteUrl: 'https://x/', contentPath: 'content' }));
    expect(elsewhere.media_folder).toBe('xa-lac-phuong/media');
  });

  it('covers every field of every type, with the same required flags', () => {
    for (const type of contentTypes) {
      const collection = config.collections.find((c) => c.name === type.name) as { fields: DecapField[] };
      expect(decapPaths(collection.fields)).toEqual(modelPaths(type.fields));
      for (const field of type.fields) {
        const decap = collection.fields.find((f) => f.name === field.name)!;
        const optional = field.zod.safeParse(undefined).success;
        if (field.name !== 'body' && decap.widget !== 'boolean') expect(decap.required, `${type.name}.${field.name}`).toBe(!optional);
      }
    }
  });

  it('offers allowed values as selects and checks phone numbers before saving', () => {
    const articles = config.collections.find((c) => c.name === 'articles') as { fields: DecapField[] };
    const category = articles.fields.find((f) => f.name === 'category')!;
    expect(category.widget).toBe('select');
    expect((category.options as { value: string }[]).map((o) => o.value)).toContain('ma-tuy-moi');
    const hotlines = config.collections.find((c) => c.name === 'hotlines') as { fields: DecapField[] };
    const phone = (hotlines.fields.find((f) => f.name === 'contacts')!.fields as DecapField[]).find((f) => f.name === 'phone')!;
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
      cmsOptionsFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'xa/portal', CMS_APP_ID: 'abc' }, { siteUrl: 'https://x/', contentPath: 'content' }),
    );
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', repo: 'xa/portal', branch: 'main', app_id: 'abc', auth_type: 'pkce' });
    expect(gitlab.publish_mode).toBe('editorial_workflow');
    const gitea = toDecapConfig(cmsOptionsFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'xa/portal' }, { siteUrl: 'https://x/', contentPath: 'content' }));
    expect(gitea.publish_mode).toBeUndefined();
    expect(() => cmsOptionsFromEnv({ CMS_BACKEND: 'svn' }, { siteUrl: 'https://x/', contentPath: 'content' })).toThrow(/CMS_BACKEND/);
    expect(() => cmsOptionsFromEnv({ CMS_BACKEND: 'github' }, { siteUrl: 'https://x/', contentPath: 'content' })).toThrow(/CMS_REPO/);
  });
});
