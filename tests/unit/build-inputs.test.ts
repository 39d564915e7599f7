/** The digest `npm run build` compares to keep an unchanged site (tools/cli/build-inputs.ts): what changes it, and what does not. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildInputsDigest } from '../../tools/cli/build-inputs';

const saved = { ...process.env };
let project: string;
let content: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'build-inputs-'));
  content = join(project, 'commune');
  for (const dir of ['src/pages', 'cms', 'public', 'tools/cli', 'tools/bench', 'node_modules/x', 'commune/articles'])
    mkdirSync(join(project, dir), { recursive: true });
  writeFileSync(join(project, 'src/pages/index.astro'), '<h1>Trang chủ</h1>');
  writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3}');
  writeFileSync(join(content, 'articles/bai-mot.mdx'), '---\ntitle: Bài một\n---\nNội dung.');
  process.env.CONTENT_DIR = content;
  process.env.BUILD_DATE = '2026-11-23';
  delete process.env.SITE_URL;
});

afterEach(() => {
  process.env = { ...saved };
});

const digest = () => buildInputsDigest(project);

it('is the same for the same inputs', () => {
  expect(digest()).toBe(digest());
});

it.each([
  [
    'a content file edited',
    () => writeFileSync(join(content, 'articles/bai-mot.mdx'), '---\ntitle: Bài 1\n---\nNội dung.'),
  ],
  ['a content file added', () => writeFileSync(join(content, 'articles/bai-hai.mdx'), '---\ntitle: Bài hai\n---\n')],
  ['an upload added', () => (mkdirSync(join(content, 'media')), writeFileSync(join(content, 'media/a.png'), 'x'))],
  ['the site code', () => writeFileSync(join(project, 'src/pages/index.astro'), '<h1>Trang chủ mới</h1>')],
  ['the CMS', () => writeFileSync(join(project, 'cms/config.ts'), 'export {}')],
  ['a public file', () => writeFileSync(join(project, 'public/robots.txt'), 'User-agent: *')],
  ['the dependencies', () => writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3,"x":1}')],
  ['the build day', () => (process.env.BUILD_DATE = '2026-11-24')],
  ['the public address', () => (process.env.SITE_URL = 'https://xa.example.vn')],
  ['the content folder', () => (process.env.CONTENT_DIR = join(project, 'other'))],
])('changes when %s changes', (_name, change) => {
  const before = digest();
  change();
  expect(digest()).not.toBe(before);
});

it('does not change for files outside what the site is built from', () => {
  const before = digest();
  writeFileSync(join(project, 'tools/bench/run.ts'), '// bench');
  writeFileSync(join(project, 'node_modules/x/index.js'), '// dependency (its version is in the lock file)');
  expect(digest()).toBe(before);
});
