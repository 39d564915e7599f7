/**
 * The vitest projects (vitest.config.ts) hold what their names say: a file of the `unit` project (run in parallel,
 * in seconds) never builds a site, starts a browser, a dev server or the CMS backend; a file that does belongs to
 * `build` (the default for a new file) or `browser`.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';
import { browser, unit } from '../../vitest.config';

/** What only the build and browser projects may call. */
const HEAVY =
  /\b(buildSite|demoBuild|cliBuild|launchBrowser|benchSize|startDecapServer|startDevServer)\(|astro\.mjs|tools\/cli\/build\.ts/;

const files = (patterns: string[]) => [...new Set(patterns.flatMap((p) => globSync(p, { cwd: projectRoot })))].sort();

describe('vitest projects', () => {
  it('the unit project has files, and none of them builds or starts a browser or server', () => {
    const unitFiles = files(unit);
    expect(unitFiles.length).toBeGreaterThan(20);
    const heavy = unitFiles.filter((f) => HEAVY.test(readFileSync(`${projectRoot}/${f}`, 'utf8')));
    expect(heavy, 'move these to the build or browser project (vitest.config.ts)').toEqual([]);
  });

  it('no file is in both the unit and the browser project', () => {
    const both = files(unit).filter((f) => files(browser).includes(f));
    expect(both).toEqual([]);
  });
});
