/**
 * Produces every output file: from the cache when the job's inputs are unchanged, else rendered on worker
 * threads and stored in the cache. Records what it did in <cacheDir>/last-run.json and the data each file was drawn
 * from in <cacheDir>/last-jobs.json (read by tests and tools).
 */
import { copyFile, mkdir, readdir, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { posterText } from '../i18n/posters.ts';
import { jobKey } from './cache.ts';
import { makeBundles } from './bundle.ts';
import type { BundleJob, PosterJob } from './jobs.ts';
import { renderInWorkers } from './pool.ts';

export interface GenerateOptions {
  outDir: string;
  cacheDir: string;
  workerFile: string;
  threads: number;
  /** From templateHash(): part of every cache key. */
  templateHash: string;
  /** ZIPs of generated files, made after every job (src/posters/bundle.ts). */
  bundles?: readonly BundleJob[];
}

export interface GenerateResult {
  files: number;
  rendered: string[];
  cached: string[];
  ms: number;
  threads: number;
}

/** Cache entries unused for this long are removed. */
const KEEP_UNUSED_MS = 14 * 86_400_000;

async function place(outDir: string, file: string, write: (target: string) => Promise<void>) {
  const target = join(outDir, file);
  await mkdir(dirname(target), { recursive: true });
  await write(target);
}

export async function generate(jobs: PosterJob[], options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const seen = new Map<string, PosterJob>();
  for (const job of jobs) {
    const other = seen.get(job.file);
    if (other) throw new Error(posterText.errors.duplicate(job.file, other.page, job.page));
    seen.set(job.file, job);
  }
  await mkdir(options.cacheDir, { recursive: true });
  const now = new Date();
  const keys = new Map(jobs.map((job) => [job, `${jobKey(job, options.templateHash)}.${job.format}`]));
  const cached: string[] = [];
  // Jobs with the same inputs (e.g. two pages with the same title) are rendered once and copied to each file.
  const pendingByKey = new Map<string, PosterJob[]>();
  for (const job of jobs) {
    const key = keys.get(job)!;
    const entry = join(options.cacheDir, key);
    const hit = await stat(entry).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!hit) {
      pendingByKey.set(key, [...(pendingByKey.get(key) ?? []), job]);
      continue;
    }
    await place(options.outDir, job.file, (target) => copyFile(entry, target));
    await utimes(entry, now, now);
    cached.push(job.file);
  }

  const rendered: string[] = [];
  const pending = [...pendingByKey.values()].map((same) => same[0]!);
  const threads = Math.max(1, Math.min(options.threads, pending.length));
  await renderInWorkers(pending, {
    workerFile: options.workerFile,
    threads,
    describe: (job, reason) => posterText.errors.renderFailed(job.file, job.page, reason),
    onRendered: async (job, bytes) => {
      const key = keys.get(job)!;
      const entry = join(options.cacheDir, key);
      // Write then rename, so an interrupted build never leaves a half-written cache entry.
      await writeFile(`${entry}.tmp`, bytes);
      await rename(`${entry}.tmp`, entry);
      for (const same of pendingByKey.get(key)!) {
        await place(options.outDir, same.file, (target) => writeFile(target, bytes));
        rendered.push(same.file);
      }
    },
  });

  const bundles = await makeBundles(options.bundles ?? [], options);
  rendered.push(...bundles.rendered);
  cached.push(...bundles.cached);

  const used = new Set([...keys.values(), ...bundles.entries]);
  for (const name of await readdir(options.cacheDir)) {
    if (used.has(name) || !/^[0-9a-f]{64}\.(png|pdf|pptx|zip)$/.test(name)) continue;
    const entry = join(options.cacheDir, name);
    if (now.getTime() - (await stat(entry)).mtimeMs > KEEP_UNUSED_MS) await unlink(entry);
  }

  const result = {
    files: jobs.length + (options.bundles?.length ?? 0),
    rendered: rendered.sort(),
    cached: cached.sort(),
    ms: Math.round(performance.now() - started),
    threads: pending.length ? threads : 0,
  };
  await writeFile(join(options.cacheDir, 'last-run.json'), JSON.stringify(result, null, 1));
  // The data every file was drawn from, so tests can read what an image says without OCR.
  await writeFile(join(options.cacheDir, 'last-jobs.json'), JSON.stringify(jobs));
  return result;
}
