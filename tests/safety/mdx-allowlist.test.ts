/**
 * The MDX allow-list in a real build: one bad fixture stops the build, proving the plugin is wired into Astro's MDX
 * pipeline; so does a body MDX cannot parse, told in Vietnamese (src/content-model/mdx-syntax-error.ts). What the plugin allows and refuses, on every bad fixture, is tested without a build in
 * tests/unit/mdx-allowlist.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { filterAstroOutput } from '../../tools/cli/astro-output';

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

  it('a body MDX cannot parse stops the build in Vietnamese, naming the file, the line and the fix', () => {
    const file = 'articles/dau-nho-hon.mdx';
    const content = overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/bad/mdx-syntax'));
    const result = buildSite(content);
    expect(result.ok).toBe(false);
    // What `npm run build` shows editors (tools/cli/astro-output.ts): the parser's English cause left out.
    const shown = filterAstroOutput(result.output, content);
    expect(shown).toContain(`Dừng xây dựng trang: không đọc được nội dung của ${file}.`);
    expect(shown).toContain(`${file}, dòng 9, cột 13: dấu < ở đây không mở một khung nội dung`);
    expect(shown).toContain('hãy viết \\<');
    expect(shown).not.toMatch(/Unexpected character|mdx-jsx|Caused by/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
