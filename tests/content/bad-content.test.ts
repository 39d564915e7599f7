/**
 * Bad content stops the build with a message naming the file, the field and the fix,
 * and nothing is published. Each fixture in tests/fixtures/bad/ is laid over the good second-commune site.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';

const cases: { fixture: string; file: string; field: string; fix: RegExp }[] = [
  { fixture: 'missing-title', file: 'articles/thieu-tieu-de.mdx', field: 'title', fix: /Bắt buộc: hãy điền trường này/ },
  { fixture: 'wrong-date', file: 'articles/sai-ngay.mdx', field: 'publishDate', fix: /viết theo dạng NĂM-THÁNG-NGÀY/ },
  { fixture: 'unknown-category', file: 'articles/sai-chuyen-muc.mdx', field: 'category', fix: /chọn một trong tac-hai, ma-tuy-moi/ },
  { fixture: 'bad-phone', file: 'hotlines/to-dan-pho-1.yaml', field: 'contacts.0.phone', fix: /số di động 10 chữ số/ },
  { fixture: 'unknown-field', file: 'lessons/truong-la.mdx', field: 'teacher', fix: /hãy xóa nó hoặc kiểm tra lại chính tả/ },
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
