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
  // Fields are named by the label the CMS shows, then their key in the file (src/content-model/entry-report.ts).
  { fixture: 'missing-title', file: 'articles/thieu-tieu-de.mdx', field: 'Tiêu đề (trong tệp: title)', fix: /Tiêu đề \(trong tệp: title\): thiếu\. Cách sửa: hãy điền trường này/ },
  { fixture: 'wrong-date', file: 'articles/sai-ngay.mdx', field: 'Ngày đăng (trong tệp: publishDate)', fix: /viết theo dạng NĂM-THÁNG-NGÀY/ },
  { fixture: 'unknown-category', file: 'articles/sai-chuyen-muc.mdx', field: 'Chuyên mục (trong tệp: category)', fix: /chọn một trong tac-hai, ma-tuy-moi/ },
  { fixture: 'bad-phone', file: 'hotlines/to-dan-pho-1.yaml', field: 'Danh sách liên hệ › mục 1 › Số điện thoại (trong tệp: contacts.0.phone)', fix: /số di động 10 chữ số/ },
  { fixture: 'unknown-field', file: 'lessons/truong-la.mdx', field: 'trường "teacher"', fix: /hãy xóa nó hoặc kiểm tra lại chính tả/ },
  // Every problem of a file in one message: a missing date, a wrong choice and an unknown key.
  {
    fixture: 'several-problems',
    file: 'tệp articles/nhieu-loi.mdx có 3 chỗ cần sửa',
    field: 'Ngày đăng (trong tệp: publishDate): thiếu',
    fix: /Chuyên mục \(trong tệp: category\): Giá trị không có trong danh sách[^]*trường "author": Trường này không có/,
  },
  // The privacy finding does not hide the missing date of the same file.
  {
    fixture: 'privacy-and-schema',
    file: '  articles/lo-thong-tin.mdx\n    dòng 8: số căn cước công dân',
    field: 'Tệp articles/lo-thong-tin.mdx còn có trường chưa đúng:\n    • Ngày đăng (trong tệp: publishDate): thiếu',
    fix: /Cách sửa: xóa hoặc ẩn danh thông tin/,
  },
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
