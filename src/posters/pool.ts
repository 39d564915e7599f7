/**
 * Renders jobs on worker threads, one per core the machine allows: satori, resvg and pdfkit are CPU-bound, so
 * two cores render nearly twice as fast. The first failure stops every worker and rejects with the page and reason.
 */
import { Worker } from 'node:worker_threads';
import type { PosterJob } from './jobs.ts';
import type { WorkerResponse } from './worker.ts';

/** A job that could not be rendered: which file, for which page, and why. */
export class RenderError extends Error {
  readonly job: PosterJob;
  readonly reason: string;
  constructor(job: PosterJob, reason: string, message: string) {
    super(message);
    this.job = job;
    this.reason = reason;
  }
}

export interface PoolOptions {
  /** Absolute path of src/posters/worker.ts. */
  workerFile: string;
  threads: number;
  /** Called with each finished file, in completion order. */
  onRendered: (job: PosterJob, bytes: Buffer) => Promise<void> | void;
  /** Builds the error message of a failed job. */
  describe: (job: PosterJob, reason: string) => string;
}

export function renderInWorkers(jobs: PosterJob[], options: PoolOptions): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const threads = Math.max(1, Math.min(options.threads, jobs.length));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let failed = false;
    const fail = (job: PosterJob, reason: string) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(new RenderError(job, reason, options.describe(job, reason)));
    };
    const feed = (worker: Worker, current: { index: number }) => {
      if (failed) return;
      if (next >= jobs.length) {
        current.index = -1;
        void worker.terminate();
        return;
      }
      current.index = next++;
      worker.postMessage({ id: current.index, job: jobs[current.index] });
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(options.workerFile);
      const current = { index: -1 };
      workers.push(worker);
      worker.on('message', async (message: WorkerResponse) => {
        const job = jobs[message.id]!;
        if ('error' in message) return fail(job, message.error);
        try {
          await options.onRendered(
            job,
            Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength),
          );
        } catch (error) {
          return fail(job, error instanceof Error ? error.message : String(error));
        }
        finished++;
        if (finished === jobs.length) resolve();
        else feed(worker, current);
      });
      worker.on('error', (error) => fail(jobs[Math.max(0, current.index)]!, error.message));
      worker.on('exit', (code) => {
        if (!failed && finished < jobs.length && current.index >= 0 && code !== 0)
          fail(jobs[current.index]!, `worker exited with code ${code}`);
      });
      feed(worker, current);
    }
  });
}
