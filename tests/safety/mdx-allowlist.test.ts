/**
 * The MDX allow-list in a real build: one bad fixture stops the build, proving the plugin is wired into Astro's MDX
 * pipeline. What the plugin allows and refuses, on every bad fixture, is tested without a build in
 * tests/unit/mdx-allowlist.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';

describe('MDX allow-list in the build', () => {
  it('a body with an import stops the build, naming the file, the line and the reason; nothing is published', () => {
    const file = 'articles/co-import.mdx';
    const result = buildSite(overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/bad/mdx-import')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`nội dung của ${file} có phần không được phép`);
    expect(result.output).toContain(`${file}, dòng 9`);
    expect(result.output).toMatch(/import\/export/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
