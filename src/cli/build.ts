/**
 * `npm run build`: builds into a staging folder and swaps it in only when everything succeeded,
 * so a failed build never leaves a half-written site where the host serves it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { messages } from '../i18n/vi.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

rmSync(staging, { recursive: true, force: true });
const astro = resolve(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});

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
