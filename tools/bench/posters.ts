/**
 * Where the images and PDFs spend their time, per template and per stage, on the jobs of a real build:
 *
 *   npx tsx tools/bench/posters.ts --jobs=<CACHE_DIR>/posters/last-jobs.json [--sample=20]
 *       [--baseline=<another checkout>] [--generate] [--threads=2]
 *
 * A build leaves its job list in `<CACHE_DIR>/posters/last-jobs.json` (e.g. after a `npm run bench` size, or
 * `CONTENT_DIR=… CACHE_DIR=… npm run build` on a site from tools/bench/generate.ts). Per template it prints the
 * CPU time of each stage, in one thread, over a sample of jobs: satori or the display list, the SVG, resvg,
 * the PNG encoder (resvg's own against sharp, with the bytes of each), pdfkit, pptx. `--baseline` renders the
 * same sample with another checkout's src/posters/render.ts in the same run, so a change is compared under the
 * same load. `--generate` times generate() on every job (fresh cache, `--threads` workers) for this checkout and
 * the baseline, alternately, twice each. Timings only; nothing here is asserted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { PosterJob } from '../../src/posters/jobs.ts';

const root = resolve(import.meta.dirname, '../..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const jobsFile = arg('jobs');
if (!jobsFile) throw new Error('usage: tools/bench/posters.ts --jobs=<CACHE_DIR>/posters/last-jobs.json');
const sampleSize = Number(arg('sample') ?? 20);
const baseline = arg('baseline') ? resolve(arg('baseline')!) : undefined;
const threads = Number(arg('threads') ?? 2);

type RenderModule = { renderJob: (job: PosterJob) => Promise<Buffer> };
const load = <T>(dir: string, file: string) => import(pathToFileURL(join(dir, file)).href) as Promise<T>;

const { renderJob, printDoc } = await load<RenderModule & typeof import('../../src/posters/render.ts')>(
  root,
  'src/posters/render.ts',
);
const { pageSvg } = await import('../../src/posters/draw/png.ts');
const { encodePng, rasterize } = await import('../../src/posters/draw/raster.ts');
const { writePdf } = await import('../../src/posters/draw/pdf.ts');
const { shareSvg, squareSvg } = await import('../../src/posters/templates/share.ts');
const { allFontFiles, FONT_FAMILY } = await import('../../src/posters/fonts.ts');

/** CPU milliseconds of this process (every thread) spent in `run`. */
async function cpu<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as PosterJob[];
const groups = new Map<string, PosterJob[]>();
for (const job of jobs)
  groups.set(`${job.template}.${job.format}`, [...(groups.get(`${job.template}.${job.format}`) ?? []), job]);
/** An even spread of a group: the first, then every k-th job. */
const sampleOf = (list: PosterJob[]) =>
  list.filter((_, i) => i % Math.max(1, Math.ceil(list.length / sampleSize)) === 0);

const stats = new Map<string, number[]>();
const add = (name: string, value: number) => stats.set(name, [...(stats.get(name) ?? []), value]);
const mean = (name: string) => {
  const values = stats.get(name) ?? [];
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
};

const baselineRender = baseline ? await load<RenderModule>(baseline, 'src/posters/render.ts') : undefined;
const pngDpi = (job: PosterJob, width: number) =>
  job.template === 'board' ? 300 : job.template === 'banner' ? (5000 / width) * 72 : 150;

console.log(`${jobs.length} jobs from ${jobsFile}; sample of up to ${sampleSize} per template; CPU ms per job`);
for (const [group, list] of groups) {
  stats.clear();
  const sample = sampleOf(list);
  await renderJob(sample[0]!); // load and warm up every module of this template
  if (baselineRender) await baselineRender.renderJob(sample[0]!);
  for (const job of sample) {
    add('total', (await cpu(() => renderJob(job))).ms);
    if (baselineRender) add('baseline total', (await cpu(() => baselineRender.renderJob(job))).ms);
    if (job.template === 'share' || job.template === 'square') {
      const svg = await cpu(() => (job.template === 'share' ? shareSvg(job.data) : squareSvg(job.data)));
      add('satori', svg.ms);
      add('resvg, system fonts loaded', (await cpu(() => new Resvg(svg.value).render())).ms);
      const image = await cpu(() => rasterize(svg.value, { print: false }));
      add('resvg', image.ms);
      const own = await cpu(() => image.value.asPng());
      add("resvg's PNG encoder", own.ms);
      add("resvg's PNG KB", own.value.length / 1024);
      const fast = await cpu(() => encodePng(image.value, 72));
      add('sharp PNG encoder', fast.ms);
      add('sharp PNG KB', fast.value.length / 1024);
    } else if (job.format === 'png') {
      const doc = await cpu(() => printDoc(job));
      add('display list', doc.ms);
      const page = doc.value.pages[0]!;
      const dpi = pngDpi(job, page.width);
      const svg = await cpu(() => pageSvg(page, dpi / 72));
      add('svg', svg.ms);
      add(
        'resvg, fonts loaded',
        (
          await cpu(
            () =>
              new Resvg(svg.value, {
                font: { fontFiles: allFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
              }),
          )
        ).ms,
      );
      const image = await cpu(() => rasterize(svg.value, { print: true }));
      add('resvg (parse, text, render)', image.ms);
      const own = await cpu(() => image.value.asPng());
      add("resvg's PNG encoder", own.ms);
      add("resvg's PNG KB", own.value.length / 1024);
      const fast = await cpu(() => encodePng(image.value, dpi));
      add('sharp PNG encoder', fast.ms);
      add('sharp PNG KB', fast.value.length / 1024);
    } else if (job.format === 'pdf') {
      const doc = await cpu(() => printDoc(job));
      add('display list', doc.ms);
      add('pdfkit', (await cpu(() => writePdf(doc.value))).ms);
    }
  }
  const line = [...stats.keys()].map((name) => `${name} ${mean(name).toFixed(name.endsWith('KB') ? 0 : 1)}`);
  console.log(`${group} (${list.length} jobs, ${sample.length} sampled): ${line.join(' · ')}`);
  const share = mean('total') * list.length;
  console.log(
    `  all ${list.length}: ${(share / 1000).toFixed(1)} s CPU` +
      (baselineRender ? ` (baseline ${((mean('baseline total') * list.length) / 1000).toFixed(1)} s)` : ''),
  );
}

if (process.argv.includes('--generate')) {
  type GenerateModule = typeof import('../../src/posters/generate.ts');
  type CacheModule = typeof import('../../src/posters/cache.ts');
  const runs = [root, ...(baseline ? [baseline] : [])];
  for (const round of [1, 2]) {
    for (const dir of runs) {
      const { generate } = await load<GenerateModule>(dir, 'src/posters/generate.ts');
      const { templateHash } = await load<CacheModule>(dir, 'src/posters/cache.ts');
      const scratch = mkdtempSync(join(tmpdir(), 'posters-bench-'));
      const wall = performance.now();
      const { ms, value } = await cpu(() =>
        generate(jobs, {
          outDir: join(scratch, 'out'),
          cacheDir: join(scratch, 'cache'),
          workerFile: join(dir, 'src/posters/worker.ts'),
          threads,
          templateHash: templateHash(dir),
        }),
      );
      console.log(
        `generate() round ${round}, ${dir === root ? 'this checkout' : `baseline ${dir}`}: ${value.rendered.length} files, ` +
          `${(ms / 1000).toFixed(1)} s CPU, ${((performance.now() - wall) / 1000).toFixed(1)} s wall on ${threads} threads`,
      );
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
