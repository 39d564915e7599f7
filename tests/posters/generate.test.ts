/**
 * The generator on its own: jobs rendered on two worker threads, then served from the cache; a job that cannot
 * be rendered stops everything with the file, the page and the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';
import { templateHash } from '../../src/posters/cache';
import { generate } from '../../src/posters/generate';
import type { PosterJob } from '../../src/posters/jobs';
import { decodeQr, pdfInfo, pdfText, readPng, testBrand } from './helpers';
import { reportingDefaults } from '../../src/i18n/reporting';

const brand = testBrand;
const options = (dir: string) => ({
  outDir: join(dir, 'out'),
  cacheDir: join(dir, 'cache'),
  workerFile: join(projectRoot, 'src/posters/worker.ts'),
  threads: 2,
  templateHash: templateHash(projectRoot),
});
const board = (unit: string, qrUrl: string, format: 'pdf' | 'png' = 'pdf'): PosterJob => ({
  file: `/tai-ve/duong-day-nong/bang-duong-day-nong-${unit}.${format}`,
  page: `/duong-day-nong/${unit}/`,
  template: 'board',
  format,
  data: {
    brand,
    unitName: `tổ dân phố ${unit}`,
    unitContext: 'phường Điện Biên, Thanh Hóa',
    contacts: [{ role: 'Trưởng Công an phường', who: 'Lê Văn Thử', phone: '0237 3851 152', isExample: false }],
    mailbox: 'Cổng trụ sở Công an phường',
    vneidSteps: reportingDefaults.vneidSteps,
    verifiedOn: '01/11/2026',
    qrUrl,
  },
});

describe('generate', () => {
  it('renders on two threads, then serves unchanged jobs from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posters-gen-'));
    const jobs: PosterJob[] = [
      board('so-1', 'https://thunghiem.example.vn/duong-day-nong/so-1/'),
      board('so-2', 'https://thunghiem.example.vn/duong-day-nong/so-2/'),
      {
        file: '/anh-chia-se/thu.png',
        page: '/thu/',
        template: 'share',
        format: 'png',
        data: { brand, kicker: 'Bài viết', title: 'Ảnh thử với chữ có dấu: Đường dây nóng' },
      },
    ];
    const cold = await generate(jobs, options(dir));
    expect(cold.threads).toBe(2);
    expect(cold.rendered).toHaveLength(3);
    expect(pdfText(join(dir, 'out', jobs[0]!.file))).toContain('Tổ dân phố so-1');
    expect(pdfInfo(join(dir, 'out', jobs[1]!.file)).paper).toBe('A4');
    expect(readPng(join(dir, 'out/anh-chia-se/thu.png')).height).toBe(630);

    const warm = await generate(jobs, options(dir));
    expect(warm.rendered).toEqual([]);
    expect(warm.cached).toHaveLength(3);
    expect(warm.threads).toBe(0);

    // A changed input is a new cache entry; the rest still comes from the cache.
    const changed = [board('so-1', 'https://thunghiem.example.vn/duong-day-nong/so-1/?v=2', 'png'), ...jobs.slice(1)];
    const third = await generate(changed, options(dir));
    expect(third.rendered).toEqual(['/tai-ve/duong-day-nong/bang-duong-day-nong-so-1.png']);
    expect(decodeQr(readPng(join(dir, 'out', changed[0]!.file)))).toBe(
      'https://thunghiem.example.vn/duong-day-nong/so-1/?v=2',
    );
  });

  it('renders identical jobs once and writes each of their files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posters-same-'));
    const share = (file: string): PosterJob => ({
      file,
      page: file,
      template: 'share',
      format: 'png',
      data: { brand, kicker: 'Chuyên mục', title: 'Tin địa phương' },
    });
    const jobs = [
      share('/anh-chia-se/trang-1.png'),
      share('/anh-chia-se/trang-2.png'),
      share('/anh-chia-se/trang-3.png'),
    ];
    const run = await generate(jobs, options(dir));
    expect(run.rendered).toHaveLength(3);
    const files = jobs.map((job) => readFileSync(join(dir, 'out', job.file)));
    expect(files[1]!.equals(files[0]!) && files[2]!.equals(files[0]!)).toBe(true);
    expect(readdirSync(join(dir, 'cache')).filter((name) => name.endsWith('.png'))).toHaveLength(1);
  });

  it('a job that fails to render stops the run with the file, the page and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posters-fail-'));
    // More than a QR code can hold: the QR encoder refuses it.
    const jobs = [
      board('so-3', 'https://thunghiem.example.vn/duong-day-nong/so-3/'),
      board('qua-dai', `https://thunghiem.example.vn/${'a'.repeat(4000)}/`),
    ];
    await expect(generate(jobs, options(dir))).rejects.toThrow(
      /Không tạo được tệp \/tai-ve\/duong-day-nong\/bang-duong-day-nong-qua-dai\.pdf \(trang \/duong-day-nong\/qua-dai\/\): .*too big/,
    );
    expect(existsSync(join(dir, 'cache', 'last-run.json'))).toBe(false);
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no worker thread behind, whether the run succeeds or fails: a process that ran it ends by itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posters-exit-'));
    const script = join(dir, 'run.mts');
    const src = (file: string) => pathToFileURL(join(projectRoot, 'src/posters', file)).href;
    const jobs = [
      board('so-5', 'https://thunghiem.example.vn/duong-day-nong/so-5/'),
      board('so-6', 'https://thunghiem.example.vn/duong-day-nong/so-6/'),
      board('so-7', 'https://thunghiem.example.vn/duong-day-nong/so-7/'),
    ];
    const failing = [...jobs.slice(0, 2), board('qua-dai-2', `https://thunghiem.example.vn/${'a'.repeat(4000)}/`)];
    // Nothing in the script ends the process: only its empty event loop does, once no worker thread is left.
    writeFileSync(
      script,
      [
        `import { generate } from '${src('generate.ts')}';`,
        `import { templateHash } from '${src('cache.ts')}';`,
        `const options = (name) => ({ ...${JSON.stringify(options(dir))}, outDir: '${dir}/' + name, cacheDir: '${dir}/cache-' + name, templateHash: templateHash(${JSON.stringify(projectRoot)}) });`,
        `const ok = await generate(${JSON.stringify(jobs)}, options('ok'));`,
        `console.log('rendered', ok.rendered.length);`,
        `await generate(${JSON.stringify(failing)}, options('fail')).catch((error) => console.log('failed:', error.message));`,
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 90_000 });
    expect(run.signal, `${run.stdout}${run.stderr}`).toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('rendered 3');
    expect(run.stdout).toMatch(
      /failed: Không tạo được tệp \S+qua-dai-2\.pdf \(trang \/duong-day-nong\/qua-dai-2\/\): .*too big/,
    );
  });

  it('two jobs writing the same file are refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posters-dup-'));
    const job = board('so-4', 'https://thunghiem.example.vn/');
    await expect(generate([job, { ...job, page: '/khac/' }], options(dir))).rejects.toThrow(
      /\/duong-day-nong\/so-4\/ và \/khac\//,
    );
  });
});
