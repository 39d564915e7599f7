/**
 * The privacy guard against an editor who hides personal data from it: numbers and names
 * broken up with spaces, dots, dashes, full-width digits, invisible characters, entities, emphasis or tags; phone
 * numbers in +84/(+84)/84/(0xx) forms; titles before a name; lower-case names and less common surnames; and data
 * kept only in the parts of a document nobody looks at (PDF properties, Word comments and properties, speaker
 * notes, OpenDocument footers, Excel comments and hidden sheets, PDF annotations and form fields, embedded files,
 * ZIP members, SVG/HTML/JSON).
 * Every hostile row must be caught with its kind; every clean row must stay clean; a zip bomb is refused quickly.
 * The text reported is the original from the first to the last character matched (emphasis or tags around the
 * edges are left out), which is what an editor copies into a `privacy` phrase.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkAttachment, formatProblems, readPublicData, type PrivacyProblem } from '../../src/privacy/guard';
import { entryFileProblems } from '../../src/privacy/gate';
import { scanText } from '../../src/privacy/scan';
import { demoContent, fixtureSite } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { writePdf, zip, zipBomb } from './documents';

const pub = readPublicData(demoContent);
const scan = (text: string) => scanText(text, pub).map((f) => [f.kind, f.text]);

/** Hostile text: [what it tries, text, kind it must be caught as, the exact original text reported]. */
const hostile: [string, string, PrivacyProblem['kind'], string][] = [
  ['mobile with spaces', 'Liên hệ anh ấy: 09 12 345 678.', 'mobile', '09 12 345 678'],
  ['mobile with dots and dashes', 'Số của cháu: 09 12.345-678.', 'mobile', '09 12.345-678'],
  ['mobile in full-width digits', 'Gọi ０９１２３４５６７８ nhé.', 'mobile', '０９１２３４５６７８'],
  ['mobile with a full-width tail', 'Gọi 0９１２ ３４５ ６７８.', 'mobile', '0９１２ ３４５ ６７８'],
  ['mobile with zero-width spaces', 'Gọi 09\u200b12\u200b345\u200b678.', 'mobile', '09\u200b12\u200b345\u200b678'],
  ['mobile with a numeric zero-width entity', 'Gọi 09&#8203;12 345 678.', 'mobile', '09&#8203;12 345 678'],
  [
    'mobile with a named zero-width entity',
    'Gọi 09&ZeroWidthSpace;12&zwj;345&shy;678.',
    'mobile',
    '09&ZeroWidthSpace;12&zwj;345&shy;678',
  ],
  ['mobile with digits as entities', 'Gọi &#48;&#x39;12 345 678.', 'mobile', '&#48;&#x39;12 345 678'],
  ['mobile with emphasis inside', 'Gọi 0**912**345_678_.', 'mobile', '0**912**345_678'],
  ['mobile in code spans', 'Gọi `0912` `345` `678`.', 'mobile', '0912` `345` `678'],
  [
    'mobile split by inline HTML',
    'Gọi 0<b>912</b>345<span class="x">678</span>.',
    'mobile',
    '0<b>912</b>345<span class="x">678',
  ],
  ['mobile with no-break spaces and soft hyphens', 'Gọi 0912\u00a0345\u00ad678.', 'mobile', '0912\u00a0345\u00ad678'],
  ['mobile as (+84)', 'Zalo (+84) 912 345 678.', 'mobile', '(+84) 912 345 678'],
  ['mobile as +84 (0)', 'Zalo +84 (0) 912 345 678.', 'mobile', '+84 (0) 912 345 678'],
  ['mobile as 84 without plus', 'Zalo 84912345678.', 'mobile', '84912345678'],
  ['mobile with a (0xxx) prefix', 'Gọi (0912) 345 678.', 'mobile', '(0912) 345 678'],
  ['mobile with a (0xx) prefix', 'Gọi (091) 234 5678.', 'mobile', '(091) 234 5678'],
  ['CCCD by keyword, in groups', 'CCCD: 001 203 004 567.', 'idNumber', 'CCCD: 001 203 004 567'],
  ['bare CCCD with dots', 'Giấy tờ số 001.203.004.567 đã thu.', 'idNumber', '001.203.004.567'],
  [
    'CCCD in full-width digits',
    'Căn cước công dân số ０３１０９５００４８２１.',
    'idNumber',
    'Căn cước công dân số ０３１０９５００４８２１',
  ],
  ['CCCD broken by an entity', 'CCCD 031&#8203;095-004 821.', 'idNumber', 'CCCD 031&#8203;095-004 821'],
  ['name with a zero-width space', 'Ng\u200buyễn Văn Hùng nghiện ma túy.', 'stigma', 'Ng\u200buyễn Văn Hùng'],
  ['name with a soft hyphen', 'Nguy\u00adễn Văn Hùng đang cai nghiện.', 'stigma', 'Nguy\u00adễn Văn Hùng'],
  ['name with emphasis inside', '**Ng**uyễn *Văn* Hùng tái nghiện.', 'stigma', 'Ng**uyễn *Văn* Hùng'],
  [
    'name with an entity for a letter',
    'Nguy&#7877;n V&abreve;n Hùng dương tính với ma túy.',
    'stigma',
    'Nguy&#7877;n V&abreve;n Hùng',
  ],
  ['name split by inline HTML', 'Nguyễn <em>Văn</em> Hùng sử dụng ma túy.', 'stigma', 'Nguyễn <em>Văn</em> Hùng'],
  [
    'name with several spaces (a browser shows one)',
    'Nguyễn  Văn   Hùng nghiện ma túy.',
    'stigma',
    'Nguyễn  Văn   Hùng',
  ],
  [
    'name broken over two lines (Markdown joins them)',
    'Anh Nguyễn Văn\nHùng nghiện ma túy.',
    'stigma',
    'Nguyễn Văn\nHùng',
  ],
  ['name in lower case', 'nguyễn văn hùng nghiện ma túy đá.', 'stigma', 'nguyễn văn hùng'],
  ['name in sentence case with small given names', 'Nguyễn văn hùng đang cai nghiện.', 'stigma', 'Nguyễn văn hùng'],
  ['a village head with a stigma word', 'Trưởng thôn Nguyễn Văn A bị phát hiện nghiện.', 'stigma', 'Nguyễn Văn A'],
  ['a rank with a stigma word', 'Đại úy Trần Văn Bình dương tính với ma túy.', 'stigma', 'Trần Văn Bình'],
  [
    'a chairman with a stigma word',
    'Chủ tịch xã Phạm Quang Hưng bị phát hiện sử dụng ma túy.',
    'stigma',
    'Phạm Quang Hưng',
  ],
  ['less common surname Khúc', 'Khúc Văn Tài đang cai nghiện tại gia đình.', 'stigma', 'Khúc Văn Tài'],
  ['less common surname Lại', 'Lại Thị Hồng tái nghiện sau 6 tháng.', 'stigma', 'Lại Thị Hồng'],
  ['less common surname Bế', 'Bế Văn Đàn nghiện ma túy.', 'stigma', 'Bế Văn Đàn'],
  ['Khmer surname Thạch', 'Thạch Thị Sa Rây nghiện ma túy.', 'stigma', 'Thạch Thị Sa Rây'],
  ['Jrai surname Ksor', 'Ksor Phước sử dụng trái phép chất ma túy.', 'stigma', 'Ksor Phước'],
  ['Jrai two-word surname', 'Rơ Châm Pơi đang điều trị methadone.', 'stigma', 'Rơ Châm Pơi'],
  ['Ê Đê female prefix', "H'Hen Niê tái nghiện.", 'stigma', "H'Hen Niê"],
  [
    'birth date written with dots',
    'Lưu Gia Huy, ngày sinh: 14.03.2011, lớp 9A.',
    'birth',
    'Lưu Gia Huy, ngày sinh: 14.03.2011',
  ],
];

/** Text that must stay clean: places, lunar years, national figures, headings, money, officials on the boards. */
const clean: [string, string][] = [
  [
    'school and street named after people',
    'Tại trường THCS Trần Phú (đường Lê Lợi), Công an xã tuyên truyền cách nhận biết người nghiện.',
  ],
  ['a national figure', 'Học tập tấm gương Chủ tịch Hồ Chí Minh, nói không với ma túy; người nghiện cần được giúp đỡ.'],
  ['a lunar year', 'Dịp Tết Bính Ngọ, các đối tượng lợi dụng không khí vui chơi để mời chào "kẹo".'],
  ['capitals heading', 'TĂNG CƯỜNG QUẢN LÝ NGƯỜI NGHIỆN, KẾT QUẢ DƯƠNG TÍNH VỚI MA TÚY'],
  ['money in dotted groups', 'Năm 2026 xã chi 1.250.000.000 đồng cho người cai nghiện; mã hồ sơ 2026/001203004567/HS.'],
  ['a trillion next to a stigma word', 'Kinh phí 1.025.000.000.000 đồng hỗ trợ người sau cai nghiện.'],
  ['landline and short numbers', 'Gọi 113, 111 hoặc số trực ban (0225) 3888 101 khi phát hiện người sử dụng ma túy.'],
  ['officials on the hotline board', 'Gọi Thiếu tá Vũ Văn Nam, số 0912 000 101, khi phát hiện người nghiện.'],
  ['a sentence starting with "Nay"', 'Nay Công an xã phát hiện đối tượng tàng trữ ma túy.'],
  ['"Đoàn thanh niên" in lower case', 'Đoàn thanh niên xã tổ chức tuyên truyền, cách nhận biết người nghiện.'],
  ['"nghiêm trọng" next to a stigma word', 'Tình trạng nghiêm trọng: người nghiện tăng ở nhiều địa phương.'],
  ['provinces', 'Ở Hà Nội và Sơn La, số người nghiện giảm.'],
  ['a signer block after the plan', 'Quản lý chặt người nghiện.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPHẠM QUANG HẢI'],
  ['a dated plan number', 'Theo Kế hoạch 240/KH-UBND ngày 20.5.2026, rà soát người sử dụng trái phép chất ma túy.'],
  ['a name without personal data', 'Anh Nguyễn Văn Hùng, Bí thư Đoàn xã, phát động phong trào.'],
  ['a list number before a board number', '1. 0912 000 101 (Công an xã)'],
];

describe('privacy guard: evasions in text', () => {
  it('has at least 25 hostile rows', () => expect(hostile.length).toBeGreaterThanOrEqual(25));

  it.each(hostile)('catches %s', (_what, text, kind, found) => {
    expect(scan(text)).toContainEqual([kind, found]);
  });

  it.each(clean)('leaves clean: %s', (_what, text) => {
    expect(scan(text)).toEqual([]);
  });

  it('reports the line of the original text when normalisation removed characters before it', () => {
    const text = 'Dòng **một** có&#8203;nhiều&nbsp;thứ\n\nDòng hai\u200b\u200b\n09&#8203;12 345 678';
    const [finding] = scanText(text, pub);
    expect(text.slice(0, finding!.start).split('\n').length).toBe(4);
    expect(text.slice(finding!.start, finding!.end)).toBe('09&#8203;12 345 678');
  });
});

const NS_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docxBody = (text: string) =>
  `<?xml version="1.0"?><w:document ${NS_W}><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
const sheet = (cells: string[]) =>
  `<worksheet><sheetData><row r="1">${cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row></sheetData></worksheet>`;
const xlsx = (sheet1: string, extra: Record<string, string> = {}) =>
  zip({
    'xl/workbook.xml': '<workbook><sheets><sheet name="Kế hoạch" sheetId="1"/></sheets></workbook>',
    'xl/worksheets/sheet1.xml': sheet1,
    ...extra,
  });

/** Generated uploads: [what it hides, file name, writer, kind, where (after "tệp đính kèm /media/<file>, "), text]. */
const documents: [string, string, (path: string) => Promise<void> | void, PrivacyProblem['kind'], string, string][] = [
  [
    'a PDF with the name and the stigma only in its Title and Keywords',
    'ke-hoach.pdf',
    (p) =>
      writePdf(p, [['Kế hoạch tuyên truyền năm 2027']], {
        Title: 'Danh sách Nguyễn Văn Hùng',
        Keywords: 'cai nghiện, quản lý sau cai',
      }),
    'stigma',
    'phần thuộc tính của tệp PDF (tiêu đề, tác giả, chủ đề, từ khóa, XMP)',
    'Nguyễn Văn Hùng',
  ],
  [
    'a PDF with a birth year only in its Author and Subject',
    'bao-cao.pdf',
    (p) => writePdf(p, [['Báo cáo quý IV']], { Author: 'Trần Thị Mai (sinh năm 1990)', Subject: 'Báo cáo' }),
    'birth',
    'phần thuộc tính của tệp PDF (tiêu đề, tác giả, chủ đề, từ khóa, XMP)',
    'Trần Thị Mai (sinh năm 1990',
  ],
  [
    'a PDF with it only in a sticky-note annotation',
    'gop-y.pdf',
    (p) => writePdf(p, [['Góp ý dự thảo kế hoạch']], {}, { notes: ['Cán bộ ghi: Lý Văn Phúc đang cai nghiện'] }),
    'stigma',
    'phần ghi chú (annotation) và ô nhập liệu (form) của tệp PDF',
    'Lý Văn Phúc',
  ],
  [
    'a PDF with it only in a filled-in form field',
    'phieu.pdf',
    (p) => writePdf(p, [['Phiếu thông tin']], {}, { field: 'Mai Văn Lực, sinh năm 2001' }),
    'birth',
    'phần ghi chú (annotation) và ô nhập liệu (form) của tệp PDF',
    'Mai Văn Lực, sinh năm 2001',
  ],
  [
    'a Word file with it only in a comment',
    'bien-ban.docx',
    (p) =>
      writeFileSync(
        p,
        zip({
          'word/document.xml': docxBody('Biên bản họp tổ dân phố.'),
          'word/comments.xml': `<w:comments ${NS_W}><w:comment w:id="0" w:author="Cán bộ"><w:p><w:r><w:t>Ng</w:t></w:r><w:r><w:t>uyễn Văn Tùng đang cai nghiện</w:t></w:r></w:p></w:comment></w:comments>`,
        }),
      ),
    'stigma',
    'phần word/comments.xml',
    'Nguyễn Văn Tùng',
  ],
  [
    'a Word file with it only in docProps/core.xml',
    'thong-bao.docx',
    (p) =>
      writeFileSync(
        p,
        zip({
          'word/document.xml': docxBody('Thông báo.'),
          'docProps/core.xml':
            '<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Danh sách quản lý</dc:title><dc:subject>Trần Văn Bình</dc:subject><cp:keywords>nghiện</cp:keywords></cp:coreProperties>',
        }),
      ),
    'stigma',
    'phần docProps/core.xml',
    'Trần Văn Bình',
  ],
  [
    'a PowerPoint file with it only in the speaker notes',
    'tap-huan.pptx',
    (p) =>
      writeFileSync(
        p,
        zip({
          'ppt/slides/slide1.xml':
            '<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Tập huấn phòng, chống ma túy</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>',
          'ppt/notesSlides/notesSlide1.xml':
            '<p:notes><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>Kể chuyện Lê Thị Hoa tái nghiện</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>',
        }),
      ),
    'stigma',
    'phần ppt/notesSlides/notesSlide1.xml',
    'Lê Thị Hoa',
  ],
  [
    'an OpenDocument text with it only in a footer (styles.xml)',
    'ke-hoach.odt',
    (p) =>
      writeFileSync(
        p,
        zip({
          'content.xml':
            '<office:document-content><office:body><office:text><text:p>Kế hoạch năm 2027.</text:p></office:text></office:body></office:document-content>',
          'styles.xml':
            '<office:document-styles><office:master-styles><style:master-page><style:footer><text:p>Người lập: Phạm Văn Long, sinh năm 1995</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>',
        }),
      ),
    'birth',
    'phần styles.xml',
    'Phạm Văn Long, sinh năm 1995',
  ],
  [
    'an Excel file with it only in a cell comment',
    'theo-doi.xlsx',
    (p) =>
      writeFileSync(
        p,
        xlsx(sheet(['STT', 'Nội dung']), {
          'xl/comments1.xml':
            '<comments><authors><author>Cán bộ</author></authors><commentList><comment ref="B1" authorId="0"><text><r><t>Đặng Văn Tú dương tính</t></r></text></comment></commentList></comments>',
        }),
      ),
    'stigma',
    'phần xl/comments1.xml',
    'Đặng Văn Tú',
  ],
  [
    'an Excel file with it only in a hidden sheet',
    'danh-sach.xlsx',
    (p) =>
      writeFileSync(
        p,
        xlsx(sheet(['Kế hoạch']), {
          'xl/workbook.xml':
            '<workbook><sheets><sheet name="Kế hoạch" sheetId="1"/><sheet name="Ẩn" sheetId="2" state="hidden"/></sheets></workbook>',
          'xl/worksheets/sheet2.xml': sheet(['Hồ Văn Nam', 'Nghiện, đang điều trị methadone']),
        }),
      ),
    'stigma',
    'trang 2',
    'Hồ Văn Nam',
  ],
  [
    'an Excel file with it only in a sheet name',
    'ten-trang.xlsx',
    (p) =>
      writeFileSync(
        p,
        xlsx(sheet(['Kế hoạch']), {
          'xl/workbook.xml': '<workbook><sheets><sheet name="Bùi Văn Tâm - nghiện" sheetId="1"/></sheets></workbook>',
        }),
      ),
    'stigma',
    'phần xl/workbook.xml',
    'Bùi Văn Tâm',
  ],
  [
    'a Word file embedding an Excel file',
    'nhung.docx',
    (p) =>
      writeFileSync(
        p,
        zip({
          'word/document.xml': docxBody('Xem bảng đính kèm.'),
          'word/embeddings/Microsoft_Excel_Worksheet.xlsx': xlsx(
            sheet(['Vương Văn Khánh', 'sử dụng trái phép chất ma túy']),
          ),
        }),
      ),
    'stigma',
    'phần word/embeddings/Microsoft_Excel_Worksheet.xlsx › xl/worksheets/sheet1.xml',
    'Vương Văn Khánh',
  ],
  [
    'a ZIP upload with a text member',
    'tai-lieu.zip',
    (p) => writeFileSync(p, zip({ 'ho-so/ghi-chu.txt': 'Ngô Văn Sơn, 34 tuổi, cai nghiện tự nguyện.' })),
    'birth',
    'phần ho-so/ghi-chu.txt',
    'Ngô Văn Sơn, 34 tuổi',
  ],
  [
    'an SVG with it in its title',
    'bieu-do.svg',
    (p) =>
      writeFileSync(
        p,
        '<svg xmlns="http://www.w3.org/2000/svg"><title>Đinh Văn Lâm nghiện</title><text x="1" y="1">Biểu đồ</text></svg>',
      ),
    'stigma',
    'trang 1',
    'Đinh Văn Lâm',
  ],
  [
    'an HTML page with it in a meta attribute',
    'trang.html',
    (p) =>
      writeFileSync(
        p,
        '<html><head><meta name="author" content="Vũ Thị Lan, sinh năm 1999"></head><body>Tin tức</body></html>',
      ),
    'birth',
    'trang 1',
    'Vũ Thị Lan, sinh năm 1999',
  ],
  [
    'a JSON file with it behind \\u escapes',
    'du-lieu.json',
    (p) => writeFileSync(p, '{"ghiChu": "\\u004e\\u0067uy\\u1ec5n V\\u0103n H\\u00f9ng nghi\\u1ec7n"}'),
    'stigma',
    'trang 1',
    'Nguyễn Văn Hùng',
  ],
];

describe('privacy guard: every part of uploaded documents', () => {
  let media: string;
  const check = (file: string) => checkAttachment('bai.mdx', `/media/${file}`, media, pub, []);

  beforeAll(async () => {
    media = join(mkdtempSync(join(tmpdir(), 'privacy-evasion-')), 'media');
    mkdirSync(media);
    for (const [, file, write] of documents) await write(join(media, file));
  });

  it.each(documents)('catches %s', (_what, file, _write, kind, where, text) => {
    expect(check(file).map((p) => [p.where, p.kind, p.text])).toContainEqual([
      `tệp đính kèm /media/${file}, ${where}`,
      kind,
      text,
    ]);
  });

  it('refuses a zip bomb (a small Office file expanding to 150 MB) quickly, naming the file, without reading it whole', () => {
    writeFileSync(join(media, 'bom.docx'), zipBomb('word/document.xml', 150));
    const started = performance.now();
    const problems = check('bom.docx');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'unreadable', where: 'tệp đính kèm /media/bom.docx' });
    expect(problems[0]!.text).toMatch(
      /^không mở tệp \/media\/bom\.docx: phần word\/document\.xml khi giải nén lớn hơn \d+ MB.*bom nén.*Cách sửa:/,
    );
  });

  it('refuses archives nested deeper than the limit', () => {
    let nested = zip({ 'a.txt': 'Kế hoạch' });
    for (let i = 0; i < 5; i++) nested = zip({ [`lop-${i}.zip`]: nested });
    writeFileSync(join(media, 'long-nhau.zip'), nested);
    const [problem] = check('long-nhau.zip');
    expect(problem!.text).toMatch(/^không mở tệp \/media\/long-nhau\.zip: lồng tệp nén quá 3 lớp/);
  });

  it('names a legacy document inside an archive it cannot read', () => {
    writeFileSync(
      join(media, 'cu.zip'),
      zip({ 'bien-ban.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }),
    );
    expect(check('cu.zip').map((p) => p.text)).toEqual([
      expect.stringMatching(/^tệp \/media\/cu\.zip chứa tệp bien-ban\.doc không đọc được/),
    ]);
  });

  it('passes clean documents of every kind', async () => {
    await writePdf(join(media, 'sach.pdf'), [['Kế hoạch tuyên truyền']], {
      Title: 'Kế hoạch',
      Author: 'UBND xã',
      Keywords: 'ma túy, tuyên truyền',
    });
    writeFileSync(
      join(media, 'sach.docx'),
      zip({
        'word/document.xml': docxBody('Kế hoạch'),
        'docProps/core.xml': '<cp:coreProperties><dc:creator>UBND xã</dc:creator></cp:coreProperties>',
      }),
    );
    writeFileSync(join(media, 'sach.xlsx'), xlsx(sheet(['Thôn', 'Số buổi tuyên truyền'])));
    for (const file of ['sach.pdf', 'sach.docx', 'sach.xlsx']) expect(check(file), file).toEqual([]);
  });
});

describe('privacy gate: a document whose only personal data is in its properties', () => {
  it('is refused, naming the page that links it (the gate the build runs on each content file)', async () => {
    const content = overlay(fixtureSite('dien-bien'));
    mkdirSync(join(content, 'media'), { recursive: true });
    await writePdf(join(content, 'media/ke-hoach-2027.pdf'), [['Kế hoạch tuyên truyền năm 2027']], {
      Title: 'Kế hoạch',
      Keywords: 'Giáp Văn Cương, cai nghiện',
    });
    const article = join(content, 'articles/ke-hoach-2027.mdx');
    writeFileSync(
      article,
      '---\ntitle: "Kế hoạch tuyên truyền năm 2027"\nsummary: "Kế hoạch của phường."\npublishDate: 2026-11-01\ncategory: tin-dia-phuong\naudiences: [nguoi-dan]\n---\n\n<Download href="/media/ke-hoach-2027.pdf" label="Kế hoạch" />\n',
    );
    const saved = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = content;
    try {
      expect(formatProblems(entryFileProblems(article), content)).toContain(
        '  articles/ke-hoach-2027.mdx\n    tệp đính kèm /media/ke-hoach-2027.pdf, phần thuộc tính của tệp PDF (tiêu đề, tác giả, chủ đề, từ khóa, XMP): họ tên (hoặc tên viết tắt) đặt cạnh từ nói về nghiện, cai nghiện, sử dụng ma túy: "Giáp Văn Cương"',
      );
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });
});
