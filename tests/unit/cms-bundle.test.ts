/** The slim CMS entry (cms/decap.ts) registers every widget and backend the generated config uses, at the app's versions. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cmsOptionsFromEnv, toDecapConfig } from '../../src/content-model/to-decap';
import type { CMS } from 'decap-cms-core';
import { registerEditorComponents } from '../../cms/editor-components';

const entry = readFileSync(new URL('../../cms/decap.ts', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const app = JSON.parse(
  readFileSync(new URL('../../node_modules/decap-cms-app/package.json', import.meta.url), 'utf8'),
) as { dependencies: Record<string, string> };

const imported = (kind: string) =>
  [...entry.matchAll(new RegExp(`from 'decap-cms-${kind}-([a-z-]+)'`, 'g'))].map((m) => m[1]!);

/** Every widget name used anywhere in a config, nested fields and editor components included. */
function widgetsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => widgetsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'widget' && typeof v === 'string') found.add(v);
      else widgetsIn(v, found);
    }
  }
  return found;
}

describe('CMS bundle', () => {
  it('registers every widget the content model and the editor components use', () => {
    const config = toDecapConfig(cmsOptionsFromEnv({}, { siteUrl: 'https://xa.example.vn/', contentPath: 'content' }));
    const components: unknown[] = [];
    registerEditorComponents({ registerEditorComponent: (c: unknown) => components.push(c) } as unknown as CMS);
    const used = widgetsIn([config.collections, components]);
    expect(used).toContain('relation');
    expect(used.size).toBeGreaterThan(5);
    const registered = new Set(imported('widget'));
    for (const widget of used)
      expect(registered, `widget "${widget}" is used but not registered in cms/decap.ts`).toContain(widget);
  });

  it('registers the local backend and every git backend the settings can choose', () => {
    const backends = imported('backend');
    expect(backends).toContain('proxy');
    for (const name of ['github', 'gitlab', 'gitea', 'forgejo']) {
      const config = toDecapConfig(
        cmsOptionsFromEnv(
          { CMS_BACKEND: name, CMS_REPO: 'xa/portal' },
          { siteUrl: 'https://xa.example.vn/', contentPath: 'content' },
        ),
      );
      expect(backends).toContain(config.backend.name);
    }
  });

  it('pins each Decap part to the version the decap-cms-app release uses', () => {
    const parts = Object.keys(pkg.devDependencies).filter(
      (name) => name.startsWith('decap-cms-') && name !== 'decap-cms-app',
    );
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) expect(`${part}@${pkg.devDependencies[part]}`).toBe(`${part}@${app.dependencies[part]}`);
    for (const kind of ['widget', 'backend'])
      for (const name of imported(kind)) expect(parts).toContain(`decap-cms-${kind}-${name}`);
  });
});
