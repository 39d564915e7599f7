/** The demo commune (content/) is valid under the model, complete, and safe to publish. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypes, site } from '../../src/content-model/registry';
import { toZod } from '../../src/content-model/to-zod';
import type { Field } from '../../src/content-model/fields';
import { readData } from '../../src/content-model/loader';
import { demoContent } from '../helpers/build';

const filesOf = (folder: string) =>
  readdirSync(join(demoContent, folder))
    .filter((f) => /\.(mdx|ya?ml)$/.test(f))
    .map((f) => join(demoContent, folder, f));

/** What the issue asks of the demo commune (documents: only its own two plans; other places' plans are in tests/fixtures/sites). */
const minimum: Record<string, number> = { articles: 12, units: 7, hotlines: 7, programmes: 6, lessons: 6, campaigns: 2, documents: 2, broadcasts: 4, forms: 2 };

describe('demo commune content', () => {
  it.each(contentTypes.map((t) => [t.name, t] as const))('every %s file is valid under the model', (_name, type) => {
    const files = filesOf(type.folder);
    expect(files.length).toBeGreaterThanOrEqual(minimum[type.name]!);
    for (const file of files) {
      const result = toZod<readonly Field[]>(type).safeParse(readData(file));
      expect(result.error?.issues.map((i) => `${file} ${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
    }
  });

  it('has valid site settings', () => {
    const result = toZod(site).safeParse(readData(join(demoContent, site.file)));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('covers every article category and every lesson level', () => {
    const categories = new Set(filesOf('articles').map((f) => readData(f).category));
    expect(categories.size).toBe(6);
    const levels = new Set(filesOf('lessons').map((f) => readData(f).level));
    expect(levels.size).toBe(4);
  });

  it('gives every village a board, and marks unpublished numbers as examples', () => {
    const villages = filesOf('units').map((f) => ({ id: f.split('/').pop()!.replace(/\.ya?ml$/, ''), data: readData(f) }));
    const boards = filesOf('hotlines').map((f) => readData(f) as { unit: string; contacts: { phone: string; isExample?: boolean }[] });
    for (const v of villages.filter((v) => v.data.kind === 'thon' || v.data.kind === 'to-dan-pho')) {
      expect(boards.some((b) => b.unit === v.id), v.id).toBe(true);
    }
    for (const b of boards) for (const c of b.contacts) if (c.phone !== '113') expect(c.isExample, `${b.unit} ${c.phone}`).toBe(true);
  });

  it('carries only documents issued in the demo commune', () => {
    for (const file of filesOf('documents')) expect(String(readData(file).issuer), file).toContain('Lạc Phượng');
  });

  it('stores text in NFC and never imports into an MDX body', () => {
    for (const type of contentTypes) {
      for (const file of filesOf(type.folder)) {
        const source = readFileSync(file, 'utf8');
        expect(source, file).toBe(source.normalize('NFC'));
        expect(source, file).not.toMatch(/^(import|export)\s/m);
      }
    }
  });
});
