/** Folders a build writes beside OUT_DIR: one staging folder per run, and the previous site during the swap. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const runId = `${process.pid}-${randomBytes(4).toString('hex')}`;

/** This run's staging folder (`dist.staging-<pid>-<random>`). */
export const stagingDir = (outDir: string) => `${outDir}.staging-${runId}`;

/** Where this run moves the previous site while swapping the new one in. */
export const previousDir = (outDir: string) => `${outDir}.previous-${runId}`;

/**
 * Removes staging and previous folders left by builds that were killed. Call only while holding the build lock:
 * then no other build of this output folder is writing one.
 */
export function removeLeftovers(outDir: string): string[] {
  const base = basename(outDir);
  const ours = (name: string) =>
    ['staging', 'previous'].some((kind) => name === `${base}.${kind}` || name.startsWith(`${base}.${kind}-`));
  const leftovers = readdirSync(dirname(outDir)).filter(ours);
  for (const name of leftovers) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  return leftovers;
}

/**
 * Deletes `dir` in a detached process, so the command that swapped a new site in does not wait for thousands of
 * files of the old one to be unlinked. A deletion cut short is finished by the next build (removeLeftovers).
 */
export function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const code = `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}
