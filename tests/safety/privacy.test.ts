/**
 * The privacy guard: never publish data about people who use drugs (Decree 13/2023/NĐ-CP, Personal Data
 * Protection Law 2025). Realistic positive fixtures must each be caught with the right kind and the exact text;
 * negative fixtures (officials on hotline boards, signers, places named after people, laws and numbers,
 * anonymous stories, a false positive marked with a reason) must pass. Then the same through real builds.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkFile, formatProblems, isAllowed, readPublicData, type PrivacyProblem } from '../../src/privacy/guard';
import { scanText } from '../../src/privacy/scan';
import { readData } from '../../src/content-model/loader';
import { contentTypes } from '../../src/content-model/registry';
import { buildSite, demoContent, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { writeDocx, writePdf, writeXlsx } from './documents';

const fixtures = join(projectRoot, 'tests/fixtures/safety/privacy');
const pub = readPublicData(demoContent);

function check(file: string, mediaDir = '/nonexistent'): PrivacyProblem[] {
  return checkFile(file, readFileSync(file, 'utf8'), readData(file), pub, mediaDir);
}

/** Every positive fixture, with what it must be caught for. */
const positives: Record<string, [kind: PrivacyProblem['kind'], text: string][]> = {
  'cccd-trong-tin-bai.mdx': [['idNumber', 'căn cước công dân số 031095004821']],
  'cmnd-chin-so.mdx': [['idNumber', 'CMND: 031 456 789']],
  'nam-sinh-canh-ten.mdx': [['birth', 'Trần Minh Khôi (sinh năm 2004']],
  'ngay-sinh-day-du.mdx': [
    ['birth', 'Lưu Gia Huy, ngày sinh: 14/03/2011'],
    ['birth', 'Phùng Thị Ngọc Ánh, ngày sinh: 02/09/2011'],
  ],
  'tuoi-va-ten-viet-tat.mdx': [['birth', 'Hoàng Văn T., 27 tuổi']],
  'doi-tuong-ten-day-du.mdx': [['stigma', 'Vương Đình Lực']],
  'ten-viet-tat-nghien.mdx': [['stigma', 'N.V.H.']],
  'chi-kem-ten-rieng.mdx': [['stigma', 'Hạnh']],
  'bang-danh-sach.mdx': [
    ['birth', 'Kiều Văn Thắng | 1992 |'],
    ['birth', 'Mạc Thị Duyên | 1999 |'],
  ],
  'so-di-dong-rieng.mdx': [['mobile', '0987.654.321']],
  'so-di-dong-quoc-te.mdx': [['mobile', '+84 352 118 904']],
  'nfd-ten-va-nghien.mdx': [['stigma', 'Đỗ Trọng Nghĩa']],
  'tom-tat-front-matter.mdx': [['stigma', 'Tô Quang Vinh']],
  'bang-duong-day-nong-ghi-chu.yaml': [['mobile', '0868 212 345']],
};

describe('privacy guard: realistic fixtures', () => {
  it('has an expectation for every positive fixture', () => {
    expect(readdirSync(join(fixtures, 'positive')).sort()).toEqual(Object.keys(positives).sort());
  });

  it.each(Object.entries(positives))('catches %s', (name, expected) => {
    const problems = check(join(fixtures, 'positive', name));
    expect(problems.map((p) => [p.kind, p.text])).toEqual(expected);
    for (const p of problems) expect(p.where).toMatch(/^dòng \d+$/);
  });

  it.each(readdirSync(join(fixtures, 'negative')))('passes %s', (name) => {
    expect(check(join(fixtures, 'negative', name))).toEqual([]);
  });

  it('passes every file of the demo commune and of the second commune', () => {
    for (const root of [demoContent, fixtureSite('dien-bien')]) {
      const rootPub = readPublicData(root);
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|ya?ml)$/.test(f));
      expect(files.length).toBeGreaterThan(10);
      const problems = files.flatMap((f) =>
        checkFile(
          join(root, f),
          readFileSync(join(root, f), 'utf8'),
          readData(join(root, f)),
          rootPub,
          join(root, 'media'),
        ),
      );
      expect(formatProblems(problems, root)).toBe(formatProblems([], root));
    }
  });

  it('names the line of the finding, in the front matter as in the body', () => {
    expect(check(join(fixtures, 'positive/tom-tat-front-matter.mdx'))[0]!.where).toBe('dòng 3');
    expect(check(join(fixtures, 'positive/cccd-trong-tin-bai.mdx'))[0]!.where).toBe('dòng 11');
  });
});

describe('privacy guard: rules', () => {
  it('every content type has the optional `privacy` list of exceptions, each with its phrase and reason', () => {
    for (const type of contentTypes) {
      const field = type.fields.find((f) => f.name === 'privacy');
      expect(field?.decap, type.name).toMatchObject({ widget: 'list', required: false, collapsed: true });
      expect((field!.decap.fields as { name: string; required: boolean }[]).map((f) => [f.name, f.required])).toEqual([
        ['phrase', true],
        ['reason', true],
      ]);
      expect(field!.zod.safeParse(undefined).success).toBe(true);
      expect(field!.zod.safeParse([{ phrase: 'Lê Văn Bình', reason: 'Đồng ý công khai tên.' }]).success).toBe(true);
      expect(field!.zod.safeParse([{ phrase: 'Lê Văn Bình' }]).success).toBe(false);
    }
  });

  const scan = (text: string) => scanText(text.normalize('NFC'), pub).map((f) => [f.kind, f.text]);

  it('knows the numbers and officials on hotline boards are public, not other mobiles', () => {
    expect(
      scan('Gọi Thiếu tá Vũ Văn Nam, số 0912 000 101, khi phát hiện người sử dụng trái phép chất ma túy.'),
    ).toEqual([]);
    expect(scan('Gọi anh Nam, số 0912 000 199.')).toEqual([['mobile', '0912 000 199']]);
  });

  it('reads a bare 12-digit CCCD by its structure, and a bare 9-digit number only next to a name', () => {
    expect(scan('Số 001203004567 được ghi trong biên bản.')).toEqual([['idNumber', '001203004567']]);
    expect(scan('Năm 2026 xã chi 1.250.000.000 đồng; mã hồ sơ 2026/001203004567/HS.')).toEqual([]);
    expect(scan('Kinh phí 125000000 đồng cho 8 thôn.')).toEqual([]);
    expect(scan('Anh Đinh Công Tráng, giấy tờ 031456789, đã trình báo.')).toEqual([['idNumber', '031456789']]);
  });

  it('reads names in capitals, as official lists write them, without taking headings for names', () => {
    expect(scan('DANH SÁCH NGƯỜI NGHIỆN: 1. TRẦN VĂN BẢO – thôn Đông Lạc')).toEqual([['stigma', 'TRẦN VĂN BẢO']]);
    expect(scan('TĂNG CƯỜNG QUẢN LÝ NGƯỜI NGHIỆN, KẾT QUẢ DƯƠNG TÍNH VỚI MA TÚY')).toEqual([]);
    expect(scan('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPHẠM QUANG HẢI\n\nQuản lý người nghiện theo quy định.')).toEqual([]);
  });

  it('counts an exception only with its reason', () => {
    const text = readFileSync(join(fixtures, 'positive/nam-sinh-canh-ten.mdx'), 'utf8');
    const file = join(fixtures, 'positive/nam-sinh-canh-ten.mdx');
    const phrase = 'Trần Minh Khôi (sinh năm 2004';
    expect(
      checkFile(file, text, { privacy: [{ phrase, reason: 'Thử nghiệm ngoại lệ có lý do.' }] }, pub, '/none'),
    ).toEqual([]);
    expect(checkFile(file, text, { privacy: [{ phrase }] }, pub, '/none').map((p) => p.kind)).toEqual([
      'birth',
      'noReason',
    ]);
    expect(checkFile(file, text, { privacy: [{ phrase, reason: '  ' }] }, pub, '/none').map((p) => p.kind)).toEqual([
      'birth',
      'noReason',
    ]);
  });

  it('lets an editor allow the exact phrase or the full name, never a fragment', () => {
    const finding = { text: 'Lê Văn Bình, 70 tuổi' };
    expect(isAllowed(finding, ['Lê Văn Bình, 70 tuổi'])).toBe(true);
    expect(isAllowed(finding, ['Lê Văn Bình'])).toBe(true);
    expect(isAllowed(finding, ['70'])).toBe(false);
    expect(isAllowed(finding, ['Lê'])).toBe(false);
    expect(isAllowed(finding, ['Nguyễn Văn Bình'])).toBe(false);
  });
});

describe('privacy guard: uploaded documents', () => {
  let media: string;
  let article: string;
  const write = (body: string) => {
    writeFileSync(
      article,
      `---\ntitle: Tài liệu\nsummary: Tài liệu đính kèm.\npublishDate: 2026-11-01\ncategory: tin-dia-phuong\naudiences: [nguoi-dan]\n---\n\n${body}\n`,
    );
    return check(article, media);
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-docs-'));
    media = join(dir, 'media');
    mkdirSync(media);
    article = join(dir, 'bai.mdx');
    writeDocx(join(media, 'bien-ban.docx'), [
      'BIÊN BẢN HỌP TỔ DÂN PHỐ',
      'Thống nhất đưa ông Ngô Văn Hiếu, sinh năm 1987, đi cai nghiện tự nguyện tại gia đình.',
    ]);
    writeXlsx(join(media, 'danh-sach.xlsx'), [
      ['STT', 'Họ và tên', 'Thôn', 'Ghi chú'],
      [1, 'Triệu Quang Hưng', 'An Lạc', 'Sử dụng trái phép chất ma túy'],
    ]);
    await writePdf(join(media, 'ke-hoach.pdf'), [
      [
        'KẾ HOẠCH',
        'Tuyên truyền phòng, chống ma túy năm 2026.',
        'Quản lý chặt người nghiện, người sau cai nghiện trên địa bàn.',
      ],
      ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Phạm Quang Hải'],
    ]);
    await writePdf(join(media, 'ho-so.pdf'), [
      ['Trang bìa'],
      ['Họ tên: Lò Văn Khải, CCCD: 011098003344', 'Kết quả xét nghiệm: dương tính với ma túy tổng hợp.'],
    ]);
    writeFileSync(join(media, 'cu.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(media, 'hong.docx'), 'không phải tệp zip');
  });

  it('reads a Word file', () => {
    const problems = write('<Download href="/media/bien-ban.docx" label="Biên bản" />');
    expect(problems.map((p) => [p.where, p.kind, p.text])).toEqual([
      ['tệp đính kèm /media/bien-ban.docx, trang 1', 'birth', 'Ngô Văn Hiếu, sinh năm 1987'],
    ]);
  });

  it('reads an Excel sheet', () => {
    const problems = write('<Download href="/media/danh-sach.xlsx" />');
    expect(problems.map((p) => [p.kind, p.text])).toEqual([['stigma', 'Triệu Quang Hưng']]);
  });

  it('reads a PDF and names the page', () => {
    const problems = write('[Hồ sơ](/media/ho-so.pdf)');
    expect(problems.map((p) => [p.where, p.kind])).toEqual([
      ['tệp đính kèm /media/ho-so.pdf, trang 2', 'stigma'],
      ['tệp đính kèm /media/ho-so.pdf, trang 2', 'idNumber'],
    ]);
  });

  it('passes a plan whose only name is its signer', () => {
    expect(write('<Download href="/media/ke-hoach.pdf" label="Kế hoạch" />')).toEqual([]);
  });

  it('blocks documents it cannot read, saying how to fix them', () => {
    const problems = write('<Download href="/media/cu.doc" />\n\n<Download href="/media/hong.docx" />');
    expect(problems.map((p) => p.kind)).toEqual(['unreadable', 'unreadable']);
    expect(problems[0]!.text).toMatch(/lưu lại thành PDF hoặc \.docx/);
    expect(problems[1]!.text).toMatch(/bị hỏng/);
  });

  it('lets the linking page allow a finding in its document', () => {
    const text = `---\ntitle: Tài liệu\nprivacy:\n  - phrase: "Ngô Văn Hiếu, sinh năm 1987"\n    reason: "Thử nghiệm ngoại lệ có lý do."\n---\n\n<Download href="/media/bien-ban.docx" />\n`;
    writeFileSync(article, text);
    expect(check(article, media)).toEqual([]);
  });
});

// One build per way the gate is wired (a content file; an upload no page links to; a marked false positive that
// publishes). The other bad fixtures are checked with the gate's own function in tests/unit/bad-content.test.ts.
describe('privacy guard in the build', () => {
  const bad = (name: string) => join(projectRoot, 'tests/fixtures/bad', name);
  const cases: { fixture: string; file: string; where: string; found: RegExp }[] = [
    {
      fixture: 'privacy-cccd',
      file: 'articles/bat-qua-tang-tang-tru-ma-tuy.mdx',
      where: 'dòng 11',
      found: /số căn cước công dân.*"căn cước công dân số 038095004821"/,
    },
  ];

  it.each(cases)(
    '$fixture stops the build with the file, the line, what was found and the fix',
    ({ fixture, file, where, found }) => {
      const result = buildSite(overlay(fixtureSite('dien-bien'), bad(fixture)));
      expect(result.ok).toBe(false);
      expect(result.output).toContain('nội dung có thể chứa thông tin cá nhân');
      expect(result.output).toContain(`  ${file}\n    ${where}: `);
      expect(result.output).toMatch(found);
      expect(result.output).toMatch(/Cách sửa: xóa hoặc ẩn danh thông tin/);
      expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
    },
  );

  it('an uploaded document no page links to is scanned too, and a marked false positive publishes', async () => {
    const layer = mkdtempSync(join(tmpdir(), 'privacy-layer-'));
    cpSync(join(fixtures, 'build-allowed'), layer, { recursive: true });
    mkdirSync(join(layer, 'media'));
    await writePdf(join(layer, 'media/danh-sach-cai-nghien.pdf'), [
      ['Danh sách cai nghiện tự nguyện', 'Phùng Văn Toản, 34 tuổi'],
    ]);
    const blocked = buildSite(overlay(fixtureSite('dien-bien'), layer));
    expect(blocked.ok).toBe(false);
    expect(blocked.output).toMatch(
      /media\/danh-sach-cai-nghien\.pdf\n {4}tệp đính kèm \/media\/danh-sach-cai-nghien\.pdf, trang 1: họ tên kèm ngày, năm sinh hoặc tuổi: "Phùng Văn Toản, 34 tuổi"/,
    );
    expect(blocked.output).not.toContain('guong-nguoi-tot-co-ly-do.mdx');

    await writePdf(join(layer, 'media/danh-sach-cai-nghien.pdf'), [['Kế hoạch tuyên truyền năm 2027']]);
    const published = buildSite(overlay(fixtureSite('dien-bien'), layer));
    expect(published.output).not.toContain('thông tin cá nhân');
    expect(published.ok).toBe(true);
    expect(readFileSync(join(published.outDir, 'bai-viet/guong-nguoi-tot-co-ly-do/index.html'), 'utf8')).toContain(
      'Lê Văn Bình, 70 tuổi',
    );
  }, 300_000); // two builds, and builds of one checkout take turns (a lock): allow for waiting
});
