/** Builds a content folder into its own output directory, the way a host would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

/** The day tests build as; the demo content is written around it. */
export const TEST_TODAY = '2026-11-23';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const demoContent = join(projectRoot, 'content');
export const fixtureSite = (name: string) => join(projectRoot, 'tests/fixtures/sites', name);

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together. */
  output: string;
  outDir: string;
}

export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'portal-build-'));
  const outDir = env.OUT_DIR ?? join(work, 'dist');
  // Through the checkout's build lock: Astro writes every build's generated modules into the project's .astro/, so
  // two builds at once (test files run in parallel) would mix each other's content (tools/cli/with-checkout-lock.ts).
  const astro = [
    join(projectRoot, 'tools/cli/with-checkout-lock.ts'),
    join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
    'build',
  ];
  const result = spawnSync(process.execPath, astro, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: join(work, 'cache'),
      // "Today" is pinned so that schedules and board ages in fixtures never drift with the calendar.
      BUILD_DATE: TEST_TODAY,
      // Plain log lines to assert on: CI=true would otherwise colour them.
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  return { ok: result.status === 0 && existsSync(join(outDir, 'index.html')), output, outDir };
}
