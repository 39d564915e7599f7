/**
 * Compiled MDX kept between builds (src/integrations/mdx-compile-cache.ts): a later build reuses a compile only
 * while the body, its front matter, the site's code (the content components among it), the MDX toolchain and the
 * uploads the body shows are as they were. Each "build" is a fresh copy of the modules (nothing remembered in
 * memory) over a small project folder of its own: its code, the toolchain's package.json files and the cache.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../helpers/build';
import { mdxAllowList } from '../../src/content-model/mdx-allowlist';

const saved = { content: process.env.CONTENT_DIR, cache: process.env.CACHE_DIR };
/** The project the build runs from: src/ with the content components, node_modules/ with the toolchain's versions. */
let root: string;
let content: string;
let cache: string;
/** How many bodies the MDX compiler compiled in the last build. */
let compiles = 0;

const ARTICLE = 'articles/tin-moi.mdx';
const FRONT_MATTER = { title: 'Tin mới' };
const BODY =
  'Đọc kỹ.\n\n<Callout type="warning" title="Cảnh giác">Không nhận đồ uống lạ.</Callout>\n\n![Ảnh](/media/anh.png)\n';
const COMPONENT = 'src/components/content/Callout.astro';

/** One build's compile of `body`, through a fresh copy of the cache module; returns the module's code or the error. */
async function build(body = BODY, frontmatter: Record<string, unknown> = FRONT_MATTER): Promise<string> {
  vi.resetModules();
  compiles = 0;
  const { cachedMdx } = await import('../../src/integrations/mdx-compile-cache');
  const inner = satteri({ mdastPlugins: [mdxAllowList] });
  const counting = {
    ...inner,
    createMdxRenderer: async (shared: never, mdx: never) => {
      const renderer = await inner.createMdxRenderer!(shared, mdx);
      return {
        process: (...args: Parameters<typeof renderer.process>) => {
          compiles++;
          return renderer.process(...args);
        },
      };
    },
  };
  const shared = { syntaxHighlight: false, gfm: true, smartypants: true } as never;
  const renderer = await cachedMdx(counting, root).createMdxRenderer!(shared, {
    optimize: false,
    sourcemap: false,
  } as never);
  try {
    return (await renderer.process(body, join(content, ARTICLE), frontmatter)).code;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Sets the version of an installed package in the project. */
function install(name: string, version: string): void {
  mkdirSync(join(root, 'node_modules', name), { recursive: true });
  writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
}

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-mdx-cache-'));
  root = join(dir, 'project');
  content = join(dir, 'content');
  cache = join(dir, 'cache');
  mkdirSync(join(root, 'src/components/content'), { recursive: true });
  cpSync(join(projectRoot, COMPONENT), join(root, COMPONENT));
  for (const name of ['astro', '@astrojs/mdx', '@astrojs/markdown-satteri', 'satteri', 'shiki']) install(name, '1.0.0');
  install('@bruits/satteri-linux-x64-gnu', '1.0.0');
  mkdirSync(join(content, 'media'), { recursive: true });
  writeFileSync(join(content, 'media/anh.png'), 'png');
  process.env.CONTENT_DIR = content;
  process.env.CACHE_DIR = cache;
});

afterEach(() => {
  for (const [name, value] of [
    ['CONTENT_DIR', saved.content],
    ['CACHE_DIR', saved.cache],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

describe('a compile is reused by the next build', () => {
  it('when nothing changed: the same module, compiled once', async () => {
    const first = await build();
    expect(first).toContain('Không nhận đồ uống lạ.');
    expect(compiles).toBe(1);
    expect(await build()).toBe(first);
    expect(compiles).toBe(0);
  });
});

describe('a compile is never reused once something it depends on changed', () => {
  it('the body', async () => {
    await build();
    expect(await build(BODY.replace('Đọc kỹ.', 'Đọc thật kỹ.'))).toContain('Đọc thật kỹ.');
    expect(compiles).toBe(1);
  });

  it('the front matter', async () => {
    await build();
    expect(await build(BODY, { title: 'Tin mới hơn' })).toContain('Tin mới hơn');
    expect(compiles).toBe(1);
  });

  it('a content component (the site code)', async () => {
    await build();
    writeFileSync(join(root, COMPONENT), `${readFileSync(join(root, COMPONENT), 'utf8')}\n<!-- đổi -->\n`);
    await build();
    expect(compiles).toBe(1);
  });

  it.each(['astro', '@astrojs/mdx', '@astrojs/markdown-satteri', 'satteri', '@bruits/satteri-linux-x64-gnu'])(
    'the MDX toolchain: %s',
    async (name) => {
      await build();
      install(name, '1.0.1');
      await build();
      expect(compiles).toBe(1);
    },
  );

  it('the uploads the body shows: a deleted image stops the build as it would without the cache', async () => {
    const refused = /không có tệp \/media\/anh\.png trong thư mục media\//;
    expect(await build()).not.toMatch(refused);
    rmSync(join(content, 'media/anh.png'));
    expect(await build()).toMatch(refused);
    expect(compiles).toBe(1);
  });
});

describe('the cache folder holds data the build wrote, or it compiles again', () => {
  const stored = () => {
    const folder = join(cache, 'mdx');
    const [name] = readdirSync(folder);
    return join(folder, name!);
  };

  it.each([
    ['not JSON', () => '{"version":1,'],
    ['another shape', () => '[1,2,3]'],
    ['null', () => 'null'],
    ['another key', (text: string) => text.replace(/"key":"[0-9a-f]{64}"/, `"key":"${'0'.repeat(64)}"`)],
    ['code that is not text', (text: string) => text.replace(/"code":"/, '"code":1,"x":"')],
    ['an unknown media answer', (text: string) => text.replace(/"file"\]/, '"yes"]')],
  ])('%s: compiled again, and stored afresh', async (_, corrupt) => {
    const first = await build();
    const text = readFileSync(stored(), 'utf8');
    expect(corrupt(text)).not.toBe(text);
    writeFileSync(stored(), corrupt(text));
    expect(await build()).toBe(first);
    expect(compiles).toBe(1);
    expect(JSON.parse(readFileSync(stored(), 'utf8')).version).toBe(1);
  });
});
