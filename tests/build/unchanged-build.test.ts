/**
 * `npm run build` keeps the published site when nothing it depends on changed since the last successful build
 * (tools/cli/build-inputs.ts, tools/cli/last-build.ts), and builds again when anything did: a content file, a file
 * deleted from the output by hand, or `--force`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixtureSite } from '../helpers/build';
import { cliBuild } from '../helpers/cli-build';
import { overlay } from '../helpers/overlay';
import { messages } from '../../src/i18n/vi';

const content = overlay(fixtureSite('dien-bien'));
const work = mkdtempSync(join(tmpdir(), 'portal-unchanged-'));
const outDir = join(work, 'dist');
const ARTICLE = 'articles/ma-tuy-nup-bong.mdx';
const PAGE = join(outDir, 'bai-viet/ma-tuy-nup-bong/index.html');

/** `npm run build` of the content folder, into the same output and cache folders every time. */
function build(...args: string[]) {
  const result = cliBuild(content, outDir, join(work, 'cache'), args);
  return { ...result, kept: result.output.includes(messages.buildUnchanged) };
}

const identity = () => statSync(outDir).ino;

it('keeps the site when nothing changed and builds again when something did', { timeout: 600_000 }, () => {
  const cold = build();
  expect(cold.status, cold.output).toBe(0);
  expect(cold.kept).toBe(false);
  const first = identity();

  // Nothing changed: the same folder stays published.
  const again = build();
  expect(again.status, again.output).toBe(0);
  expect(again.kept, again.output).toBe(true);
  expect(identity()).toBe(first);

  // One article's title changed: a new site with the new title.
  const source = readFileSync(join(content, ARTICLE), 'utf8');
  writeFileSync(join(content, ARTICLE), source.replace(/^title: .*$/m, 'title: Tiêu đề mới sau khi sửa'));
  const changed = build();
  expect(changed.status, changed.output).toBe(0);
  expect(changed.kept).toBe(false);
  expect(identity()).not.toBe(first);
  expect(readFileSync(PAGE, 'utf8')).toContain('Tiêu đề mới sau khi sửa');

  // A page deleted from the output by hand comes back.
  rmSync(PAGE);
  const repaired = build();
  expect(repaired.kept).toBe(false);
  expect(readFileSync(PAGE, 'utf8')).toContain('Tiêu đề mới sau khi sửa');

  // `--force` always builds.
  const before = identity();
  const forced = build('--force');
  expect(forced.status, forced.output).toBe(0);
  expect(forced.kept).toBe(false);
  expect(identity()).not.toBe(before);
});
