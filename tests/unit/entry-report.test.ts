/**
 * Content errors in the editors' words, without a build: the report of one file names each field by the
 * label the CMS shows, says "thiếu" for a missing value, gathers every problem of the file in one message, names
 * nested fields by their labels, and reports the privacy findings of a file together with its wrong fields.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { articles, hotlines } from '../../src/content-model/registry';
import { toZod } from '../../src/content-model/to-zod';
import { entryError, fieldProblems } from '../../src/content-model/entry-report';
import type { Field } from '../../src/content-model/fields';
import { entryReport } from '../../src/content-model/loader';
import { entryFileProblems } from '../../src/privacy/gate';
import { privacyCheck } from '../../src/privacy/entry-check';

const bad = (fixture: string) => join(projectRoot, 'tests/fixtures/bad', fixture);
const content = overlay(
  fixtureSite('dien-bien'),
  bad('several-problems'),
  bad('privacy-and-schema'),
  bad('nested-fields'),
);
const model = (type: { fields: readonly Field[] }) => ({ fields: type.fields, schema: toZod(type) });
const saved = process.env.CONTENT_DIR;

beforeAll(() => {
  process.env.CONTENT_DIR = content;
});
afterAll(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
});

/** The report the build prints for one file of the overlaid site. */
async function report(file: string, type: { fields: readonly Field[] }, privacy = false) {
  const path = join(content, file);
  const found = await entryReport(
    path,
    privacy ? [{ check: privacyCheck, found: entryFileProblems(path) }] : [],
    model(type),
  );
  expect(found, `${file} has no problem`).toBeDefined();
  return found!;
}

describe('the report of a content file', () => {
  it('calls a missing date missing ("thiếu"), by its CMS label, with how to write it', () => {
    const data = { title: 'Bài', summary: 'Tóm tắt của bài.', category: 'tac-hai', audiences: ['nguoi-dan'] };
    const result = toZod(articles).safeParse(data);
    expect(result.success).toBe(false);
    const problems = fieldProblems(articles.fields, data, result.error!.issues);
    expect(problems).toEqual([
      {
        field: 'Ngày đăng (trong tệp: publishDate)',
        cause: 'thiếu. Cách sửa: hãy điền ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-26.',
      },
    ]);
    expect(problems[0]!.cause).not.toMatch(/không hợp lệ/);
  });

  it('still calls a date written wrong invalid, not missing', () => {
    const data = {
      title: 'Bài',
      summary: 'Tóm tắt của bài.',
      publishDate: '2026-13-45',
      category: 'tac-hai',
      audiences: ['nguoi-dan'],
    };
    const problems = fieldProblems(articles.fields, data, toZod(articles).safeParse(data).error!.issues);
    expect(problems).toEqual([
      {
        field: 'Ngày đăng (trong tệp: publishDate)',
        cause: expect.stringMatching(/^Ngày không hợp lệ: viết theo dạng NĂM-THÁNG-NGÀY/),
      },
    ]);
  });

  it('gathers every problem of one file into one message naming the file relative to the content folder', async () => {
    const { text, file, items } = await report('articles/nhieu-loi.mdx', articles);
    expect(file).toBe('articles/nhieu-loi.mdx');
    expect(text.split('\n')[0]).toBe('Dừng xây dựng trang: tệp articles/nhieu-loi.mdx có 3 chỗ cần sửa:');
    expect(text).toContain('• Ngày đăng (trong tệp: publishDate): thiếu. Cách sửa: hãy điền ngày');
    expect(text).toMatch(
      /• Chuyên mục \(trong tệp: category\): Giá trị không có trong danh sách: chọn một trong tac-hai/,
    );
    // An unknown key is reported even though other fields are wrong too (zod would skip the check otherwise).
    expect(text).toContain('• trường "author": Trường này không có trong mô hình nội dung');
    expect(items).toHaveLength(3);
    expect(text).not.toContain(content);
  });

  it('names nested list fields by their labels and the item number', async () => {
    const { text } = await report('hotlines/to-dan-pho-1.yaml', hotlines);
    expect(text).toContain('Dừng xây dựng trang: tệp hotlines/to-dan-pho-1.yaml có 4 chỗ cần sửa:');
    // Two causes of one field are one line.
    expect(text).toMatch(
      /• Danh sách liên hệ › mục 2 › Số điện thoại \(trong tệp: contacts\.1\.phone\): Quá ngắn: .* Số điện thoại không hợp lệ/,
    );
    expect(text).toMatch(
      /• Danh sách liên hệ › mục 3 › Vai trò \(trong tệp: contacts\.2\.role\): Giá trị không có trong danh sách/,
    );
    expect(text).toContain(
      '• Danh sách liên hệ › mục 3 › Số điện thoại (trong tệp: contacts.2.phone): thiếu. Cách sửa: hãy điền trường này.',
    );
    expect(text).toContain('• Ngày kiểm tra gần nhất (trong tệp: verifiedOn): thiếu.');
  });

  it('says what a value of the wrong kind should be, not that it is missing', () => {
    const data = {
      title: 2026,
      summary: 'Tóm tắt của bài.',
      publishDate: '2026-11-05',
      category: 'tac-hai',
      audiences: 'nguoi-dan',
    };
    const problems = fieldProblems(articles.fields, data, toZod(articles).safeParse(data).error!.issues);
    expect(problems).toEqual([
      { field: 'Tiêu đề (trong tệp: title)', cause: 'Phải là chữ.' },
      { field: 'Đối tượng (trong tệp: audiences)', cause: 'Phải là một danh sách.' },
    ]);
  });

  it('reports the privacy finding and the wrong fields of a file together, neither hiding the other', async () => {
    const { text, items, fixes } = await report('articles/lo-thong-tin.mdx', articles, true);
    expect(text).toContain('nội dung có thể chứa thông tin cá nhân');
    expect(text).toMatch(
      / {2}articles\/lo-thong-tin\.mdx\n {4}dòng 8: số căn cước công dân .*"căn cước công dân số 038095004821"/,
    );
    expect(text).toContain('Cách sửa: xóa hoặc ẩn danh thông tin');
    expect(text).toContain('Tệp articles/lo-thong-tin.mdx còn có trường chưa đúng:');
    expect(text).toContain('• Ngày đăng (trong tệp: publishDate): thiếu.');
    expect(items.map((i) => i.where)).toEqual(['Ngày đăng (trong tệp: publishDate)', 'Thông tin cá nhân, dòng 8']);
    expect(fixes).toHaveLength(1);
  });

  it("keeps the privacy guard's own report when no field is wrong, and has nothing to say about a good file", () => {
    const privacy = [
      { file: join(content, 'articles/x.mdx'), where: 'dòng 3', kind: 'idNumber' as const, text: '038095004821' },
    ];
    const { text } = entryError('articles/x.mdx', content, [{ check: privacyCheck, found: privacy }], []);
    expect(text).not.toContain('còn có trường chưa đúng');
    expect(text).toContain('  articles/x.mdx\n    dòng 3: ');
    return expect(
      entryReport(join(content, 'articles/ma-tuy-nup-bong.mdx'), [], model(articles)),
    ).resolves.toBeUndefined();
  });
});
