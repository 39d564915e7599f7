/**
 * Bad content without a build: each fixture of tests/fixtures/bad/ laid over the good second-commune site, judged by
 * the same public functions the build's loader calls (the collection's schema through the entry report, the
 * privacy gate), with the message the build would print. tests/content/bad-content.test.ts and
 * tests/safety/privacy.test.ts keep one real build per gate to prove each is wired into the build.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { contentTypes } from '../../src/content-model/registry';
import { toZod } from '../../src/content-model/to-zod';
import type { Field } from '../../src/content-model/fields';
import type { CrossFieldRule } from '../../src/content-model/types';
import { entryReport } from '../../src/content-model/loader';
import { entryFileProblems } from '../../src/privacy/gate';
import { formatProblems } from '../../src/privacy/guard';

const bad = (fixture: string) => join(projectRoot, 'tests/fixtures/bad', fixture);
const saved = process.env.CONTENT_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
});

/** The good site with one bad fixture laid over it, made the content folder (as the build's CONTENT_DIR). */
function site(fixture: string): string {
  const content = overlay(fixtureSite('dien-bien'), bad(fixture));
  process.env.CONTENT_DIR = content;
  return content;
}

/** The schema report the build prints for one file (relative to the content folder), by the type of its folder. */
async function schemaReport(content: string, file: string): Promise<string> {
  const type = contentTypes.find((t) => file.startsWith(`${t.folder}/`));
  expect(type, file).toBeDefined();
  const model = type as { fields: readonly Field[]; rules?: readonly CrossFieldRule[] };
  const found = await entryReport(join(content, file), [], { fields: model.fields, schema: toZod(model) });
  expect(found, `${file} has no problem`).toBeDefined();
  return found!.text;
}

describe('a wrong field is refused with the file, the field by its CMS label and key, and the fix', () => {
  const cases: { fixture: string; file: string; field: string; fix: RegExp }[] = [
    {
      fixture: 'missing-title',
      file: 'articles/thieu-tieu-de.mdx',
      field: 'Tiêu đề (trong tệp: title)',
      fix: /Tiêu đề \(trong tệp: title\): thiếu\. Cách sửa: hãy điền trường này/,
    },
    {
      fixture: 'wrong-date',
      file: 'articles/sai-ngay.mdx',
      field: 'Ngày đăng (trong tệp: publishDate)',
      fix: /viết theo dạng NĂM-THÁNG-NGÀY/,
    },
    {
      fixture: 'unknown-category',
      file: 'articles/sai-chuyen-muc.mdx',
      field: 'Chuyên mục (trong tệp: category)',
      fix: /chọn một trong tac-hai, ma-tuy-moi/,
    },
    {
      fixture: 'bad-phone',
      file: 'hotlines/to-dan-pho-1.yaml',
      field: 'Danh sách liên hệ › mục 1 › Số điện thoại (trong tệp: contacts.0.phone)',
      fix: /số di động 10 chữ số/,
    },
    {
      fixture: 'unknown-field',
      file: 'lessons/truong-la.mdx',
      field: 'trường "teacher"',
      fix: /hãy xóa nó hoặc kiểm tra lại chính tả/,
    },
  ];

  it.each(cases)('$fixture', async ({ fixture, file, field, fix }) => {
    const text = await schemaReport(site(fixture), file);
    expect(text).toMatch(new RegExp(`^Dừng xây dựng trang: tệp ${file.replace(/[.]/g, '\\.')} có \\d+ chỗ cần sửa`));
    expect(text).toContain(`• ${field}`);
    expect(text).toMatch(fix);
  });
});

describe('the privacy gate refuses personal data with the file, the line, what was found and the fix', () => {
  const cases: { fixture: string; file: string; where: string; found: RegExp }[] = [
    {
      fixture: 'privacy-stigma',
      file: 'articles/ket-qua-dot-cao-diem.mdx',
      where: 'dòng 11',
      found: /họ tên.*nghiện.*"Vương Đình Lực"/,
    },
    {
      fixture: 'privacy-hotline-mobile',
      file: 'hotlines/to-dan-pho-1.yaml',
      where: 'dòng 9',
      found: /số di động không có trên bảng.*"0868 212 345"/,
    },
  ];

  it.each(cases)('$fixture', ({ fixture, file, where, found }) => {
    const content = site(fixture);
    const problems = entryFileProblems(join(content, file));
    expect(problems.length).toBeGreaterThan(0);
    const text = formatProblems(problems, content);
    expect(text).toContain('nội dung có thể chứa thông tin cá nhân');
    expect(text).toContain(`  ${file}\n    ${where}: `);
    expect(text).toMatch(found);
    expect(text).toMatch(/Cách sửa: xóa hoặc ẩn danh thông tin/);
  });

  it('an allowance needs its reason: without one the finding stands and the allowance is named', () => {
    const content = site('privacy-allow-without-reason');
    const text = formatProblems(entryFileProblems(join(content, 'articles/guong-nguoi-tot.mdx')), content);
    expect(text).toContain('  articles/guong-nguoi-tot.mdx\n');
    expect(text).toContain(
      'phần ngoại lệ (privacy): ngoại lệ chưa ghi lý do (reason) nên không được tính: "Lê Văn Bình, 70 tuổi"',
    );
  });
});
