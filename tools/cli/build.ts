/**
 * `npm run build`: builds into a staging folder and swaps it in only when everything succeeded,
 * so a failed build never leaves a half-written site where the host serves it. One build at a time per output
 * folder (build-lock.ts); each run has its own staging folder (staging.ts).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { messages } from '../../src/i18n/vi.ts';
import { runAstro } from './astro-output.ts';
import { lockBuild } from './build-lock.ts';
import { previousDir, removeLeftovers, stagingDir } from './staging.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const staging = stagingDir(outDir);
const previous = previousDir(outDir);

// Build locks: wait for another build of this output folder or checkout; released on success, failure, Ctrl-C, SIGTERM.
const lock = await lockBuild(outDir).catch((error: Error) => {
  console.error(error.message);
  return process.exit(1);
});
process.on('exit', () => {
  rmSync(staging, { recursive: true, force: true });
  lock.release();
});
// While Astro runs, the signal reaches it (runAstro forwards it) and the build ends as failed; otherwise it ends now.
let astroRunning = false;
process.on('SIGINT', () => astroRunning || process.exit(130));
process.on('SIGTERM', () => astroRunning || process.exit(143));
removeLeftovers(outDir);

const astro = resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
astroRunning = true;
// Editors see the build's Vietnamese messages without Astro's English wrapper; DEBUG=1 shows it all (astro-output.ts).
const result = await runAstro([astro, 'build', ...process.argv.slice(2)], {
  ...process.env,
  OUT_DIR: staging,
  ASTRO_TELEMETRY_DISABLED: '1',
});
astroRunning = false;

if (result.status !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${messages.buildFailed}`);
  process.exit(result.status || 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\n✓ ${outDir}`);
