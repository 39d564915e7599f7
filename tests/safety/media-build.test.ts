/**
 * Media references are data, in real builds: code placed in the content folder and
 * named as an image never runs, `?raw`/`?url` and `/media/../` never reach a file outside the content folder,
 * symbolic links stop the build before anything is read, a missing upload is refused, and a good folder with an
 * image and a PDF under /media/ still builds and publishes them. Problems are grouped so that each build shows
 * every problem of its files at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { buildSite, fixtureSite, type BuildResult } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { writePdf } from './documents';

const SECRET = 'BI-MAT-7f3a9c-KHONG-DUOC-DANG';
const front = (title: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: Bài thử đường dẫn tệp.\npublishDate: 2026-11-02\ncategory: tac-hai\naudiences: [nguoi-dan]\n${extra}---\n\n`;

/** A fresh copy of the second commune's site; its parent folder stands for "outside the content folder". */
function site(): { content: string; outside: string } {
  const content = overlay(fixtureSite('dien-bien'));
  const outside = dirname(content);
  writeFileSync(join(outside, 'bi-mat.txt'), `${SECRET}\n`);
  return { content, outside };
}

function write(root: string, path: string, text: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Every file under a folder whose bytes contain the text (the build's output and cache). */
function filesContaining(dir: string, text: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && readFileSync(f).includes(text));
}

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();

describe('code and files outside the content folder never reach the build', () => {
  let result: BuildResult;
  let marker: string;
  const file = 'articles/anh-doc.mdx';

  beforeAll(() => {
    const { content, outside } = site();
    marker = join(outside, 'MA-DA-CHAY');
    // Code put next to an article (write access to the repository), named as an image.
    write(
      content,
      'articles/evil.mjs',
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default { src: '/x.png', width: 1, height: 1, format: 'png' };\n`,
    );
    refs = [
      ['ảnh', './evil.mjs', '![ảnh](./evil.mjs)'],
      ['ảnh', '../articles/evil.mjs?url', '![ảnh](../articles/evil.mjs?url)'],
      ['ảnh', '../../bi-mat.txt?raw', '![bí mật](../../bi-mat.txt?raw)'],
      ['liên kết', '../../bi-mat.txt?url', '[bí mật](../../bi-mat.txt?url)'],
      ['ảnh', `/@fs${outside}/bi-mat.txt?raw`, `![fs](/@fs${outside}/bi-mat.txt?raw)`],
      ['ảnh', `${outside}/bi-mat.png`, `![tuyệt đối](${outside}/bi-mat.png)`],
      ['liên kết', '/media/../../bi-mat.txt', '[ra ngoài](/media/../../bi-mat.txt)'],
      ['liên kết', '/media/khong-co.pdf', '[thiếu](/media/khong-co.pdf)'],
      ['href', '/media/thieu.docx', '<Download href="/media/thieu.docx" />'],
      ['href', '/media/%2e%2e/bi-mat.txt', '<Download href="/media/%2e%2e/bi-mat.txt" />'],
    ];
    // Front matter is lines 1 to 7, a blank line, then one reference per paragraph from line 9.
    write(content, file, front('Bài có đường dẫn độc') + refs.map(([, , line]) => line).join('\n\n') + '\n');
    result = buildSite(content);
  });
  let refs: [what: string, ref: string, line: string][];

  it('fails, naming the content file and every refused reference with its line', () => {
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`nội dung của ${file} có phần không được phép`);
    refs.forEach(([what, ref], i) => {
      const at = `${file}, dòng ${9 + 2 * i}, cột 1: `;
      if (what === 'href')
        expect(result.output).toContain(`${at}giá trị "${ref}" của href trên <Download> không hợp lệ: `);
      else expect(result.output).toContain(`${at}${what} "${ref}" không được phép: `);
    });
    expect(result.output).toContain('không có tệp /media/thieu.docx trong thư mục media/');
    expect(result.output).toContain('không có tệp /media/khong-co.pdf trong thư mục media/');
  });

  it('never ran the code, and published or printed nothing of the file outside', () => {
    expect(existsSync(marker)).toBe(false);
    expect(result.output).not.toContain(SECRET);
    expect(filesContaining(dirname(result.outDir), SECRET)).toEqual([]);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});

describe('symbolic links in the content folder', () => {
  it('stop the build before anything is read, naming each link relative to the content folder', () => {
    const { content, outside } = site();
    write(outside, 'ngoai.mdx', front('Bài ngoài thư mục nội dung Zq9') + 'Bài này nằm ngoài thư mục nội dung.\n');
    symlinkSync(join(outside, 'ngoai.mdx'), join(content, 'articles/lien-ket.mdx'));
    mkdirSync(join(content, 'media'));
    symlinkSync(join(outside, 'bi-mat.txt'), join(content, 'media/bang-gia.txt'));
    const result = buildSite(content);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('có liên kết tượng trưng (symlink) hoặc tệp đặc biệt');
    expect(result.output).toContain(
      `articles/lien-ket.mdx: là liên kết tượng trưng trỏ tới ${join(outside, 'ngoai.mdx')}. Cách sửa: xóa liên kết này`,
    );
    expect(result.output).toContain(
      `media/bang-gia.txt: là liên kết tượng trưng trỏ tới ${join(outside, 'bi-mat.txt')}.`,
    );
    // Refused before the content layer: the loader never read the linked article.
    expect(result.output).not.toContain('Syncing content');
    expect(result.output).not.toContain(SECRET);
    expect(filesContaining(dirname(result.outDir), 'Zq9')).toEqual([]);
  });
});

describe('uploads named in front matter', () => {
  it('must exist inside media/ and be of an allowed type: every problem of the file is listed', () => {
    const { content } = site();
    const lesson = readFileSync(join(content, 'lessons/nhan-biet-ma-tuy.mdx'), 'utf8');
    expect(lesson).not.toContain('attachments:');
    const attachments = [
      'attachments:',
      '  - { label: Phiếu thiếu, file: /media/khong-co.pdf }',
      '  - { label: Ra ngoài, file: /media/../../bi-mat.txt }',
      '  - { label: Mã, file: /media/evil.mjs }',
      '',
    ].join('\n');
    write(content, 'lessons/nhan-biet-ma-tuy.mdx', lesson.replace(/^---\n/, `---\n${attachments}`));
    const result = buildSite(content);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('lessons/nhan-biet-ma-tuy.mdx');
    expect(result.output).toContain('không có tệp /media/khong-co.pdf trong thư mục media/');
    expect(result.output).toContain('đường dẫn có đoạn "." hoặc ".."');
    expect(result.output).toContain('loại tệp ".mjs" không được đăng');
    expect(result.output).not.toContain(SECRET);
  });
});

const NHA_VAN_HOA = 'nhà-văn-hóa.png';

describe('a good content folder with uploads', () => {
  let result: BuildResult;

  beforeAll(async () => {
    const { content } = site();
    write(content, 'media/anh.png', await png());
    write(content, 'media/sub/bieu-do.png', await png());
    // Saved on a Mac: the file name is NFD, the body (like everything editors type) is NFC.
    write(content, `media/${NHA_VAN_HOA.normalize('NFD')}`, await png());
    mkdirSync(join(content, 'media'), { recursive: true });
    await writePdf(join(content, 'media/ke hoach.pdf'), [['Kế hoạch phòng, chống ma túy năm 2026 của phường.']]);
    const cover = 'cover:\n  src: /media/sub/bieu-do.png\n  alt: Biểu đồ số buổi tuyên truyền\n';
    const body = [
      '![Buổi tuyên truyền tại tổ dân phố](/media/anh.png)',
      '',
      `![Nhà văn hóa tổ dân phố](/media/${encodeURIComponent(NHA_VAN_HOA)})`,
      '',
      'Xem [kế hoạch](/media/ke%20hoach.pdf) và [đường dây nóng](/duong-day-nong/#bang).',
      '',
      '<Download href="/media/ke%20hoach.pdf" label="Tải kế hoạch" />',
    ].join('\n');
    write(content, 'articles/co-anh.mdx', front('Bài có ảnh và tệp tải về', cover) + body + '\n');
    result = buildSite(content);
  });

  it('builds and publishes the image and the PDF under /media/, linked as written', () => {
    expect(result.ok, result.output.slice(-3000)).toBe(true);
    expect(existsSync(join(result.outDir, 'media/anh.png'))).toBe(true);
    expect(existsSync(join(result.outDir, 'media/sub/bieu-do.png'))).toBe(true);
    expect(existsSync(join(result.outDir, 'media/ke hoach.pdf'))).toBe(true);
    const page = readFileSync(join(result.outDir, 'bai-viet/co-anh/index.html'), 'utf8');
    expect(page).toContain('src="/media/anh.png"');
    expect(page).toContain('src="/media/sub/bieu-do.png"');
    expect(page).toContain('href="/media/ke%20hoach.pdf"');
    // An upload named on a Mac (NFD) is published under its NFC name, the address the page links.
    expect(readdirSync(join(result.outDir, 'media'))).toContain(NHA_VAN_HOA);
    expect(readdirSync(join(result.outDir, 'media'))).not.toContain(NHA_VAN_HOA.normalize('NFD'));
    expect(page).toContain(`src="/media/${encodeURIComponent(NHA_VAN_HOA)}"`);
    // A plain <img>: the picture was never imported and processed as a module.
    expect(page).not.toMatch(/_astro\/anh\./);
  });
});
