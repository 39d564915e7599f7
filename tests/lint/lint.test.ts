/**
 * `npm run lint` inside the test run, so CI fails on it: ESLint reports nothing (no error, no warning, no unused
 * disable comment) and every file Prettier covers is already formatted. `npm run format` fixes the second.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';

// Linting the whole project takes ~20 s of CPU, much longer while other tests run.
const timeout = 300_000;

describe('npm run lint', () => {
  it(
    'ESLint finds nothing in the code, the CMS, the tools and the tests, .astro files included',
    async () => {
      const results = await new ESLint({ cwd: projectRoot }).lintFiles(['.']);
      const linted = results.map((r) => relative(projectRoot, r.filePath));
      expect(linted).toContain('src/pages/index.astro');
      expect(linted).toContain('cms/index.ts');
      expect(linted.some((f) => f.startsWith('content/') || f.startsWith('tests/fixtures/'))).toBe(false);
      const findings = results.flatMap((r) =>
        r.messages.map(
          (m) => `${relative(projectRoot, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`,
        ),
      );
      expect(findings, 'run `npx eslint --fix .`, then fix the rest by hand').toEqual([]);
    },
    timeout,
  );

  it(
    'every file Prettier covers is formatted (`npm run format` fixes it)',
    async () => {
      const covered = await prettier.getFileInfo(join(projectRoot, 'src/content.config.ts'), {
        ignorePath: [join(projectRoot, '.gitignore'), join(projectRoot, '.prettierignore')],
      });
      expect(covered).toEqual({ ignored: false, inferredParser: 'typescript' });
      const run = spawnSync(
        process.execPath,
        [join(projectRoot, 'node_modules/prettier/bin/prettier.cjs'), '--list-different', '.'],
        {
          cwd: projectRoot,
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n').filter(Boolean), 'not formatted: run `npm run format`').toEqual([]);
      expect(run.status).toBe(0);
    },
    timeout,
  );
});
