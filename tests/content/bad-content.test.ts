/**
 * Bad content stops the build with a message naming the file, the field and the fix,
 * and nothing is published. Each fixture in tests/fixtures/bad/ is laid over the good second-commune site.
 * One real build per gate, to prove it is wired in: each field rule is checked without a build in
 * tests/unit/bad-content.test.ts, tests/unit/fields.test.ts and tests/unit/entry-report.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';

const cases: { fixture: string; file: string; field: string; fix: RegExp }[] = [
  // The schema gate. Fields are named by the label the CMS shows, then their key in the file
  // (src/content-model/entry-report.ts); every problem of a file in one message: a missing date, a wrong choice and an unknown key.
  {
    fixture: 'several-problems',
    file: 'tệp articles/nhieu-loi.mdx có 3 chỗ cần sửa',
    field: 'Ngày đăng (trong tệp: publishDate): thiếu',
    fix: /Chuyên mục \(trong tệp: category\): Giá trị không có trong danh sách[^]*trường "author": Trường này không có/,
  },
  // Cross-file integrity, the MDX compiler's errors, and ids two files share.
  { fixture: 'missing-unit', file: 'hotlines/thon-khong-co.yaml', field: 'unit', fix: /tạo tệp units\/thon-khong-co.yaml/ },
  { fixture: 'broken-mdx', file: 'articles/mdx-loi.mdx', field: '9:1', fix: /Expected a closing tag for `<Callout>`/ },
  { fixture: 'duplicate-id', file: 'Cảnh-giác-với-ma-túy-núp-bóng-đồ-uống.mdx', field: 'canh-giac-voi-ma-tuy-nup-bong-do-uong', fix: /Hãy đổi tên một tệp/ },
];

describe('bad content fails the build with a clear message', () => {
  it.each(cases)('$fixture', ({ fixture, file, field, fix }) => {
    const content = overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/bad', fixture));
    const result = buildSite(content);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(file);
    expect(result.output).toContain(field);
    expect(result.output).toMatch(fix);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
