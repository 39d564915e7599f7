/** `npm run build` (tools/cli/build.ts) of a content folder, as an editor or a host runs it, with plain output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot, TEST_TODAY } from './build';

export interface CliBuild {
  status: number | null;
  signal: string | null;
  /** Everything it printed, standard output then standard error. */
  output: string;
}

/**
 * Builds `contentDir` into `outDir` with `cacheDir` (BUILD_DATE pinned to the tests' day unless `env` sets it;
 * DEBUG unset); `env` adds or replaces environment settings.
 */
export function cliBuild(
  contentDir: string,
  outDir: string,
  cacheDir: string,
  args: string[] = [],
  env: Record<string, string> = {},
): CliBuild {
  const { DEBUG: _debug, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(projectRoot, 'tools/cli/build.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...inherited,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
      BUILD_DATE: TEST_TODAY,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, signal: result.signal, output: `${result.stdout}\n${result.stderr}` };
}
