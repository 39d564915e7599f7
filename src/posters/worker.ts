/** A render worker: receives jobs, answers with the bytes of each output file or the reason it failed. */
import { parentPort } from 'node:worker_threads';
import type { PosterJob } from './jobs.ts';
import { renderJob } from './render.ts';

export interface WorkerRequest {
  id: number;
  job: PosterJob;
}
export type WorkerResponse = { id: number; bytes: Uint8Array } | { id: number; error: string };

parentPort!.on('message', async ({ id, job }: WorkerRequest) => {
  try {
    const bytes = await renderJob(job);
    const copy = new Uint8Array(bytes);
    parentPort!.postMessage({ id, bytes: copy } satisfies WorkerResponse, [copy.buffer]);
  } catch (error) {
    parentPort!.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies WorkerResponse);
  }
});
