/**
 * `npm run new-commune`: a ward with tổ dân phố and a commune with bản start from one command each, build with
 * no warning, and show no empty section in the menu, on the home page, in the sitemap or behind any link.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite, projectRoot, TEST_TODAY, type BuildResult } from '../helpers/build';
import { internalLinks, pagePaths, readPage, resolvesIn } from '../helpers/site-files';

/** Runs the command as `npm run new-commune -- …` does, with "today" pinned like the builds. */
function newCommune(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/cli/new-commune.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_TODAY, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Sections a new commune has no entry in: they must not be reachable from anywhere. */
const EMPTY = ['/bai-viet/', '/mo-hinh/', '/bai-giang/', '/chien-dich/', '/van-ban/', '/phat-thanh/', '/mau-cam-ket/'];
const NOISE = /warn|WARN|does not exist|is empty/;

const work = mkdtempSync(join(tmpdir(), 'new-commune-'));
const ward = join(work, 'phuong-dien-bien');
const commune = join(work, 'xa-muong-phang');

let wardCli: ReturnType<typeof newCommune>;
let communeCli: ReturnType<typeof newCommune>;
let wardBuild: BuildResult;
let communeBuild: BuildResult;

beforeAll(() => {
  wardCli = newCommune(
    ward,
    '--name',
    'Điện Biên',
    '--kind',
    'phuong',
    '--units',
    'Tổ dân phố 1,Tổ dân phố 2',
    '--province',
    'Thanh Hóa',
    '--phone',
    '02373.851.152',
  );
  communeCli = newCommune(
    commune,
    '--name',
    'Mường Phăng',
    '--kind',
    'xa',
    '--unit-kind',
    'ban',
    '--units',
    'Bản Che Căn,Bản Phăng',
    '--province',
    'Điện Biên',
    '--site-url',
    'https://muongphang.example.vn',
  );
  if (wardCli.status !== 0) throw new Error(wardCli.output);
  if (communeCli.status !== 0) throw new Error(communeCli.output);
  // As a commune runs it (`npm run build`), not with vitest's NODE_ENV=test, under which Vite bundles the CMS in
  // development mode and warns that its chunk is over the size limit.
  wardBuild = buildSite(ward, { NODE_ENV: 'production' });
  communeBuild = buildSite(commune, { NODE_ENV: 'production' });
}, 600_000);

describe('npm run new-commune', () => {
  it("writes the settings, the commune and its police's board, and one unit and one board per residential unit, nothing else", () => {
    const files = (cli: ReturnType<typeof newCommune>) =>
      cli.output
        .split('\n')
        .filter((l) => /^ {2}\S+\.yaml$/.test(l))
        .map((l) => l.trim())
        .sort();
    expect(files(wardCli)).toEqual([
      'hotlines/dien-bien.yaml',
      'hotlines/to-dan-pho-1.yaml',
      'hotlines/to-dan-pho-2.yaml',
      'settings/site.yaml',
      'units/dien-bien.yaml',
      'units/to-dan-pho-1.yaml',
      'units/to-dan-pho-2.yaml',
    ]);
    expect(files(communeCli)).toEqual([
      'hotlines/ban-che-can.yaml',
      'hotlines/ban-phang.yaml',
      'hotlines/muong-phang.yaml',
      'settings/site.yaml',
      'units/ban-che-can.yaml',
      'units/ban-phang.yaml',
      'units/muong-phang.yaml',
    ]);
    const unit = parse(readFileSync(join(commune, 'units/ban-che-can.yaml'), 'utf8'));
    expect(unit).toEqual({ name: 'Che Căn', kind: 'ban', parent: 'muong-phang', order: 1 });
    expect(parse(readFileSync(join(commune, 'units/muong-phang.yaml'), 'utf8'))).toMatchObject({
      name: 'Mường Phăng',
      kind: 'xa',
      residentialKind: 'ban',
    });
  });

  it('marks every placeholder number as illustrative and dates the boards today; a given phone is real', () => {
    const board = parse(readFileSync(join(ward, 'hotlines/to-dan-pho-1.yaml'), 'utf8'));
    expect(board.verifiedOn).toBe(TEST_TODAY);
    expect(board.contacts.length).toBeGreaterThan(0);
    for (const c of board.contacts) expect(c.isExample, c.phone).toBe(true);
    expect(parse(readFileSync(join(ward, 'settings/site.yaml'), 'utf8')).contact).toMatchObject({
      phone: '02373.851.152',
      phoneIsExample: false,
    });
    expect(parse(readFileSync(join(commune, 'settings/site.yaml'), 'utf8')).contact.phoneIsExample).toBe(true);
  });

  it.each([
    ['the ward with tổ dân phố', () => wardBuild],
    ['the commune with bản', () => communeBuild],
  ])('%s builds with no warning', (_what, build) => {
    const result = build();
    expect(result.ok, result.output).toBe(true);
    expect(result.output.split('\n').filter((line) => NOISE.test(line))).toEqual([]);
  });

  it.each([
    ['the ward', () => wardBuild],
    ['the commune', () => communeBuild],
  ])('%s shows no empty section in the menu, on the home page, in the sitemap or behind any link', (_what, build) => {
    const { outDir } = build();
    const home = readPage(outDir, '/');
    const menu = /<nav aria-label="Danh mục"[^>]*>([\s\S]*?)<\/nav>/.exec(home)?.[1] ?? '';
    expect(internalLinks(menu)).toEqual(['/duong-day-nong/', '/gioi-thieu/']);
    const sitemap = readPage(outDir, '/sitemap-0.xml');
    for (const section of EMPTY) expect(sitemap, section).not.toMatch(new RegExp(`<loc>[^<]*${section}`));
    // Every page a reader can reach from the home page: none is in an empty section, no link is broken.
    const pages = new Set(pagePaths(outDir));
    const reached = new Set(['/']);
    for (const path of reached) {
      for (const link of internalLinks(readPage(outDir, path))) {
        expect(
          EMPTY.some((s) => link.startsWith(s)),
          `${path} → ${link}`,
        ).toBe(false);
        expect(resolvesIn(outDir, link), `${path} → ${link}`).toBe(true);
        if (pages.has(link)) reached.add(link);
      }
    }
    expect(reached.size).toBeGreaterThan(4);
    // A bookmark to an empty section still answers, with a notice, and is not indexed.
    const documents = readPage(outDir, '/van-ban/');
    expect(documents).toContain('Mục này chưa có nội dung');
    expect(documents).toContain('<meta name="robots" content="noindex');
  });

  it('names its residential units in their own words', () => {
    expect(readPage(communeBuild.outDir, '/duong-day-nong/ban-che-can/')).toContain('Bản Che Căn');
    expect(readPage(wardBuild.outDir, '/duong-day-nong/to-dan-pho-2/')).toContain('Tổ dân phố 2');
  });

  it('refuses to write into a folder that already holds files, naming it', () => {
    const full = join(work, 'co-san');
    mkdirSync(full);
    writeFileSync(join(full, 'ghi-chu.txt'), 'đã có');
    const result = newCommune(full, '--name', 'Tân Hưng', '--units', 'Thôn 1');
    expect(result.status).toBe(1);
    expect(result.output).toContain(`Thư mục ${full} đã có tệp`);
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(full, 'ghi-chu.txt'), 'utf8')).toBe('đã có');
  });

  it('explains a wrong kind or a missing option in Vietnamese', () => {
    const kind = newCommune(join(work, 'sai-loai'), '--name', 'Tân Hưng', '--kind', 'huyen', '--units', 'Thôn 1');
    expect(kind.status).toBe(1);
    expect(kind.output).toContain('--kind "huyen" không có trong danh sách');
    const units = newCommune(join(work, 'thieu-don-vi'), '--name', 'Tân Hưng');
    expect(units.status).toBe(1);
    expect(units.output).toContain('Thiếu danh sách đơn vị dân cư');
  });
});
