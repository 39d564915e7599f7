/**
 * The render cache across real builds: a rebuild of unchanged content renders nothing, and changing one article
 * renders only that article's images. Starts from the shared demo build's cache (same content, same templates).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { buildSite, demoContent } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { overlay } from '../helpers/overlay';
import { readPng } from './helpers';

interface LastRun {
  files: number;
  rendered: string[];
  cached: string[];
}

const ARTICLE = 'cach-to-giac-toi-pham-ma-tuy';

it(
  'unchanged content is never re-rendered; one changed article re-renders only its own images',
  { timeout: 300_000 },
  () => {
    expect(demoBuild().ok).toBe(true);
    const cache = join(mkdtempSync(join(tmpdir(), 'posters-cache-')), 'cache');
    // Only the render cache: Astro's own content cache belongs to the demo's content folder.
    cpSync(join(inject('demoBuildDir'), 'cache/posters'), join(cache, 'posters'), { recursive: true });
    const content = overlay(demoContent);
    const lastRun = () => JSON.parse(readFileSync(join(cache, 'posters/last-run.json'), 'utf8')) as LastRun;

    const same = buildSite(content, { CACHE_DIR: cache });
    expect(same.ok, same.output).toBe(true);
    const first = lastRun();
    expect(first.rendered).toEqual([]);
    expect(first.cached.length).toBe(first.files);
    expect(same.output).toContain(`[posters] ${first.files} files: 0 rendered, ${first.files} from cache in `);

    const file = join(content, 'articles', `${ARTICLE}.mdx`);
    const source = readFileSync(file, 'utf8');
    const edited = source.replace(
      /^title: (.*)$/m,
      (_, title: string) => `title: ${JSON.stringify(`${title.replace(/^"|"$/g, '')} (bản cập nhật)`)}`,
    );
    expect(edited).not.toBe(source);
    writeFileSync(file, edited);
    const changed = buildSite(content, { CACHE_DIR: cache });
    expect(changed.ok, changed.output).toBe(true);
    const second = lastRun();
    expect(second.rendered).toEqual(
      [`/anh-chia-se/bai-viet/${ARTICLE}.png`, `/tai-ve/bai-viet/${ARTICLE}-anh-vuong.png`].sort(),
    );
    expect(second.cached.length).toBe(second.files - 2);
    // The new images are in the output, and they differ from the old ones.
    const before = readFileSync(join(same.outDir, `tai-ve/bai-viet/${ARTICLE}-anh-vuong.png`));
    const after = readFileSync(join(changed.outDir, `tai-ve/bai-viet/${ARTICLE}-anh-vuong.png`));
    expect(after.equals(before)).toBe(false);
    expect(readPng(join(changed.outDir, `anh-chia-se/bai-viet/${ARTICLE}.png`)).width).toBe(1200);
  },
);
