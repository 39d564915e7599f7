/**
 * Runs a Node script while holding the checkout's build lock (`.astro/build.lock`, see build-lock.ts): Astro writes
 * every build's generated modules into the project's `.astro/`, so builds from one checkout must not overlap, whatever
 * their output folders. Used by the tests' builds; `npm run build` takes the same lock itself.
 * Usage: node tools/cli/with-checkout-lock.ts <script> [args…]  (exits with the script's status).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { acquireBuildLock } from './build-lock.ts';

const lock = await acquireBuildLock(resolve('.astro/build')).catch((error: Error) => {
  console.error(error.message);
  return process.exit(1);
});
process.on('exit', () => lock.release());
const child = spawn(process.execPath, process.argv.slice(2), { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('close', (status, signal) => process.exit(status ?? (signal ? 1 : 0)));
