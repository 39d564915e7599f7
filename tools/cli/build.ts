/**
 * `npm run build`: builds into a staging folder and swaps it in only when everything succeeded,
 * so a failed build never leaves a half-written site where the host serves it. One build at a time per output
 * folder (build-lock.ts); each run has its own staging folder (staging.ts). When nothing the site depends on
 * changed since the last successful build (build-inputs.ts, last-build.ts), that site is kept as it is;
 * `npm run build -- --force` builds anyway.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { messages } from '../../src/i18n/vi.ts';
import { runAstro } from './astro-output.ts';
import { buildInputsDigest } from './build-inputs.ts';
import { lockBuild } from './build-lock.ts';
import { isUpToDate, recordBuild } from './last-build.ts';
import { previousDir, removeInBackground, removeLeftovers, stagingDir } from './staging.ts';
import { SITE_STEPS_SEPARATE } from '../../src/utils/site-steps.ts';

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

const projectRoot = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
// Read before the build starts: a file saved while it runs makes the next build differ, and so build.
const inputs = buildInputsDigest(projectRoot, args);
if (!args.includes('--force') && isUpToDate(projectRoot, outDir, inputs)) {
  console.log(`${messages.buildUnchanged}\n✓ ${outDir}`);
  process.exit(0);
}

const astro = resolve(projectRoot, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' };
// MIMALLOC_PURGE_DELAY=0 for Astro only: its Rust bundler (rolldown) allocates with mimalloc, which returns freed
// memory to the system only when it next allocates; after Vite's build the bundler is idle while the pages render,
// and kept about 750 MB of freed memory at 5,000 articles (docs/architecture.md, "Build memory"). Not for the site
// steps: resvg uses mimalloc too, and rendering images with no delay costs about a quarter more CPU. A value set by
// the caller is kept.
const astroEnv = { MIMALLOC_PURGE_DELAY: '0', ...env, [SITE_STEPS_SEPARATE]: '1' };
astroRunning = true;
// Editors see the build's Vietnamese messages without Astro's English wrapper; DEBUG=1 shows it all (astro-output.ts).
// The search index, images and PDFs are made after Astro has exited and freed its memory (src/utils/site-steps.ts).
let result = await runAstro([astro, 'build', ...args], astroEnv);
if (result.status === 0 && existsSync(resolve(staging, 'index.html'))) {
  const siteSteps = resolve(projectRoot, 'tools/cli/site-steps.ts');
  result = await runAstro(['--import', import.meta.resolve('tsx'), siteSteps, staging], env);
}
astroRunning = false;

if (result.status !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${messages.buildFailed}`);
  process.exit(result.status || 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
recordBuild(projectRoot, outDir, inputs);
console.log(`\n✓ ${outDir}`);
// The new site is live; the old one is deleted after this command returns (the next build finishes the job if not).
removeInBackground(previous);
