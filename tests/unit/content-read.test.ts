/**
 * Content read outside Astro (src/content-model/read.ts): the editorial report, the privacy guard and the site
 * address see the files, ids and values the build sees, also for Vietnamese file names written in NFC or NFD.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { globSync } from 'tinyglobby';
import { fixtureSite } from '../helpers/build';
import { articles, contentTypes, hotlines, units } from '../../src/content-model/registry';
import { entryId } from '../../src/content-model/entry-id';
import { typePattern } from '../../src/content-model/has-files';
import { readData as loaderReadData } from '../../src/content-model/loader';
import { readData, readDataIfValid, readEntries, typeFiles } from '../../src/content-model/read';
import { loadReportInput } from '../../src/editorial/load';
import { readPublicData } from '../../src/privacy/guard';
import { phoneDigits } from '../../src/privacy/scan';
import { readSiteUrl } from '../../src/integrations/site-url';
import { unitName } from '../../src/utils/unit-words';

const fixture = fixtureSite('dien-bien');
const root = mkdtempSync(join(tmpdir(), 'content-read-'));
for (const folder of ['settings', 'units', 'hotlines', 'articles'])
  cpSync(join(fixture, folder), join(root, folder), { recursive: true });

const NFC_UNIT = 'Thôn Bản Mới';
const NFD_UNIT = 'Bản Phăng'.normalize('NFD');
const unitFile = (name: string) => `name: ${name.normalize('NFC')}\nkind: thon\nparent: dien-bien\norder: 9\n`;
const boardFile = (unit: string, phone: string) =>
  `unit: ${unit}\ncontacts:\n  - role: truong-thon\n    title: Trưởng thôn\n    name: Lò Văn Quý\n    phone: ${phone}\nmailbox: Nhà văn hóa\nverifiedOn: 2026-10-20\n`;
const article = readFileSync(join(fixture, 'articles', 'ma-tuy-nup-bong.mdx'), 'utf8');
writeFileSync(join(root, 'units', `${NFC_UNIT}.yaml`), unitFile(NFC_UNIT));
writeFileSync(join(root, 'units', `${NFD_UNIT}.yaml`), unitFile(NFD_UNIT));
writeFileSync(join(root, 'hotlines', `${NFC_UNIT}.yaml`), boardFile('thon-ban-moi', '0912 000 301'));
writeFileSync(join(root, 'hotlines', `${NFD_UNIT}.yaml`), boardFile('ban-phang', '0912 000 302'));
writeFileSync(join(root, 'articles', 'Bài viết mới.mdx'), article.replace(/^title: .*$/m, 'title: Bài viết mới'));
writeFileSync(
  join(root, 'articles', `${'Ngày hội tuyên truyền'.normalize('NFD')}.mdx`),
  article.replace(/^title: .*$/m, 'title: Ngày hội'),
);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The build's ids: the files Astro's glob loader lists (tinyglobby, the loader's pattern), named by src/content.config.ts's generateId. */
function buildIds(type: (typeof contentTypes)[number]): string[] {
  const dir = join(root, type.folder);
  if (!existsSync(dir)) return [];
  return globSync(typePattern(type.format), { cwd: dir, expandDirectories: false })
    .map((entry) => entryId(type.name, join(type.folder, entry)))
    .sort();
}

describe('entry ids outside Astro', () => {
  it('names the files as the file system holds them (NFC and NFD)', () => {
    const names = readdirSync(join(root, 'units'));
    expect(names).toContain(`${NFC_UNIT}.yaml`);
    expect(names).toContain(`${NFD_UNIT}.yaml`);
    expect(names).not.toContain(`${NFD_UNIT.normalize('NFC')}.yaml`);
  });

  it('are the build ids of every content type, ASCII, NFC and NFD names alike', () => {
    for (const type of contentTypes)
      expect(
        readEntries(root, type)
          .map((e) => e.id)
          .sort(),
        type.name,
      ).toEqual(buildIds(type));
    expect(readEntries(root, units).map((e) => e.id)).toEqual(
      expect.arrayContaining(['to-dan-pho-1', 'thon-ban-moi', 'ban-phang']),
    );
    expect(readEntries(root, articles).map((e) => e.id)).toEqual(
      expect.arrayContaining(['ma-tuy-nup-bong', 'bai-viet-moi', 'ngay-hoi-tuyen-truyen']),
    );
  });

  it('stop on two files with one id, as the build does, naming both', () => {
    const twice = mkdtempSync(join(tmpdir(), 'content-read-twice-'));
    try {
      mkdirSync(join(twice, 'articles'));
      writeFileSync(join(twice, 'articles', 'Bài viết mới.mdx'), article);
      writeFileSync(join(twice, 'articles', 'bai-viet-moi.mdx'), article);
      expect(() => readEntries(twice, articles)).toThrow(
        /articles\/Bài viết mới\.mdx[\s\S]*articles\/bai-viet-moi\.mdx|articles\/bai-viet-moi\.mdx[\s\S]*articles\/Bài viết mới\.mdx/,
      );
    } finally {
      rmSync(twice, { recursive: true, force: true });
    }
  });

  it('let the editorial report find the unit a hotline board names by its build id', () => {
    const input = loadReportInput(root, new Date('2026-11-23T00:00:00Z'));
    const boards = input.boards.map((b) => b.unit);
    // Before, the report keyed units by their raw file names ("Thôn Bản Mới") and showed these boards as bare ids.
    expect(boards).toContain(unitName({ kind: 'thon', name: NFC_UNIT }));
    expect(boards).toContain(unitName({ kind: 'thon', name: NFD_UNIT.normalize('NFC') }));
    // No board is left showing a bare id: every one was found.
    expect(boards.filter((u) => /^[a-z0-9-]+$/.test(u))).toEqual([]);
    const titles = [
      'Bài viết mới',
      'Cảnh giác với ma túy núp bóng đồ uống',
      'Ngày hội',
      'Đường dây nóng của Công an phường Điện Biên',
    ];
    expect(input.articles.map((a) => a.title).sort()).toEqual(titles.sort());
  });
});

describe('each former reader gives the data it gave', () => {
  it('the loader, the privacy gate and the report share one strict reader', () => {
    expect(loaderReadData).toBe(readData);
    expect(readData(join(root, 'hotlines', `${NFD_UNIT}.yaml`))).toMatchObject({
      unit: 'ban-phang',
      verifiedOn: '2026-10-20',
    });
  });

  it('the privacy guard reads the same public numbers, officials and places as its own reader did', () => {
    // The guard's former reader: top-level YAML files, YAML 1.2 core schema, broken files skipped.
    const old = (file: string): Record<string, unknown> | undefined => {
      try {
        const data = parse(readFileSync(file, 'utf8'), { schema: 'core' });
        return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    };
    const yamlIn = (folder: string) =>
      readdirSync(join(root, folder))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(root, folder, f));
    const phones = new Set<string>();
    const officials = new Set<string>();
    const places = new Set<string>();
    for (const file of yamlIn('hotlines'))
      for (const c of (old(file)?.contacts ?? []) as Record<string, unknown>[]) {
        if (typeof c.phone === 'string') phones.add(phoneDigits(c.phone));
        if (typeof c.name === 'string' && c.name.trim()) officials.add(c.name.normalize('NFC').trim());
      }
    for (const file of yamlIn('units'))
      for (const key of ['name', 'province']) {
        const value = old(file)?.[key];
        if (typeof value === 'string' && value.trim()) places.add(value.normalize('NFC').trim());
      }
    const contact = old(join(root, 'settings', 'site.yaml'))?.contact as Record<string, unknown>;
    phones.add(phoneDigits(contact.phone as string));

    const now = readPublicData(root);
    expect(now).toEqual({ phones, officials, places });
    expect(now.places.has('Thôn Bản Mới')).toBe(true);
    expect(now.places.has('Bản Phăng')).toBe(true);
    expect(now.officials.has('Lò Văn Quý')).toBe(true);
    expect(now.phones.has('0912000302')).toBe(true);
  });

  it('the privacy guard reads the boards the build publishes, sub-folders included, and skips a broken file', () => {
    const extra = mkdtempSync(join(tmpdir(), 'content-read-extra-'));
    try {
      cpSync(root, extra, { recursive: true });
      mkdirSync(join(extra, 'hotlines', 'xa-ngoai'));
      writeFileSync(join(extra, 'hotlines', 'xa-ngoai', 'ban-xa.yaml'), boardFile('thon-ban-moi', '0912 000 399'));
      writeFileSync(join(extra, 'hotlines', 'ban-hong.yaml'), 'unit: [khong dong\n');
      expect(typeFiles(extra, hotlines).map((f) => f.slice(extra.length + 1))).toContain(
        join('hotlines', 'xa-ngoai', 'ban-xa.yaml'),
      );
      expect(readDataIfValid(join(extra, 'hotlines', 'ban-hong.yaml'))).toBeUndefined();
      expect(() => readData(join(extra, 'hotlines', 'ban-hong.yaml'))).toThrow(/ban-hong\.yaml/);
      expect(readPublicData(extra).phones.has('0912000399')).toBe(true);
    } finally {
      rmSync(extra, { recursive: true, force: true });
    }
  });

  it('the site address comes from the settings file, SITE_URL first, the local address when the file is missing or broken', () => {
    const saved = { CONTENT_DIR: process.env.CONTENT_DIR, SITE_URL: process.env.SITE_URL };
    const empty = mkdtempSync(join(tmpdir(), 'content-read-empty-'));
    try {
      delete process.env.SITE_URL;
      process.env.CONTENT_DIR = root;
      expect(readSiteUrl()).toBe('https://dienbien.example.vn');
      process.env.SITE_URL = 'https://khac.example.vn';
      expect(readSiteUrl()).toBe('https://khac.example.vn');
      delete process.env.SITE_URL;
      process.env.CONTENT_DIR = empty;
      expect(readSiteUrl()).toBe('http://localhost:4321');
      cpSync(join(root, 'settings'), join(empty, 'settings'), { recursive: true });
      writeFileSync(join(empty, 'settings', 'site.yaml'), 'siteUrl: [https://x\n');
      expect(readSiteUrl()).toBe('http://localhost:4321');
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
