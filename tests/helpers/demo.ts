/**
 * The demo commune built once per test run (on first use) and shared by every test file that only reads it.
 * Tests that change content or build settings make their own build with buildSite().
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, demoContent, TEST_TODAY, type BuildResult } from './build';

export function demoBuild(): BuildResult {
  const dir = inject('demoBuildDir');
  const record = join(dir, 'result.json');
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
  const result = buildSite(demoContent, {
    BUILD_DATE: TEST_TODAY,
    OUT_DIR: join(dir, 'dist'),
    CACHE_DIR: join(dir, 'cache'),
  });
  writeFileSync(record, JSON.stringify(result));
  return result;
}
