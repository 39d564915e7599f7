/**
 * One folder per test run where the demo commune's build is kept, so every test file that reads the demo
 * (pages, search, posters, accessibility, headers) shares a single build instead of making its own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where demoBuild() (tests/helpers/demo.ts) keeps the shared demo build of this run. */
    demoBuildDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-demo-'));
  project.provide('demoBuildDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
