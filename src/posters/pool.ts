/**
 * Renders jobs on worker threads, one per core the machine allows: satori, resvg and pdfkit are CPU-bound, so
 * two cores render nearly twice as fast. The first failure stops every worker and rejects with the page and reason.
 * The returned promise settles only once every worker thread has exited and every onRendered call has returned, on
 * success as on failure, so nothing is left running or writing behind it.
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

/** One worker thread and the job it was last given (the one a crash is blamed on). */
interface Slot {
  worker: Worker;
  job: number;
  /** Resolves when the thread has exited. */
  exited: Promise<void>;
}

export function renderInWorkers(jobs: PosterJob[], options: PoolOptions): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const threads = Math.max(1, Math.min(options.threads, jobs.length));
  return new Promise((resolve, reject) => {
    const slots: Slot[] = [];
    let next = 0;
    let finished = 0;
    let error: RenderError | undefined;
    let stopping = false;
    const writing = new Set<Promise<unknown>>();
    /** Ends every thread, then settles: with the first error, or done. */
    const stop = () => {
      if (stopping) return;
      stopping = true;
      for (const slot of slots) void slot.worker.terminate();
      void Promise.allSettled([...slots.map((slot) => slot.exited), ...writing]).then(() =>
        error ? reject(error) : resolve(),
      );
    };
    const fail = (job: PosterJob, reason: string) => {
      if (error) return;
      error = new RenderError(job, reason, options.describe(job, reason));
      stop();
    };
    const feed = (slot: Slot) => {
      if (stopping) return;
      if (next >= jobs.length) {
        // Nothing left for this thread: end it now, the others finish their jobs.
        slot.job = -1;
        void slot.worker.terminate();
        return;
      }
      slot.job = next++;
      slot.worker.postMessage({ id: slot.job, job: jobs[slot.job] });
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(options.workerFile);
      const slot: Slot = {
        worker,
        job: -1,
        exited: new Promise((done) => worker.once('exit', () => done())),
      };
      slots.push(slot);
      worker.on('message', async (message: WorkerResponse) => {
        const job = jobs[message.id]!;
        if ('error' in message) return fail(job, message.error);
        const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
        const write = Promise.resolve().then(() => options.onRendered(job, bytes));
        writing.add(write);
        try {
          await write;
        } catch (caught) {
          return fail(job, caught instanceof Error ? caught.message : String(caught));
        } finally {
          writing.delete(write);
        }
        if (error) return;
        finished++;
        if (finished === jobs.length) stop();
        else feed(slot);
      });
      // A crash outside a job (while loading the worker's modules) is blamed on the job it was about to render.
      worker.on('error', (crash) => fail(jobs[Math.max(0, slot.job)]!, crash.message));
      worker.on('exit', (code) => {
        if (!stopping && slot.job >= 0) fail(jobs[slot.job]!, `worker exited with code ${code}`);
      });
      feed(slot);
    }
  });
}
