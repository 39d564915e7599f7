/**
 * Every error names the file and the cause, in Vietnamese, without stack traces. A table of
 * hostile inputs, each laid over the good second-commune site and built (grouped: one build per outcome), then
 * checked for its expected outcome: published safely, or refused with a message naming the file and the line.
 * The refused builds run `tools/cli/build.ts` (what `npm run build` and `npm start` run), so the filtered output
 * editors see is what is checked, and the exit status proves the process ended normally, not by a signal.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureSite } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { cliBuild } from '../helpers/cli-build';
import { shareJobs } from '../../src/posters/share-pages';
import { htmlTags } from '../../src/utils/html';

/** How a build ended and what it printed. */
interface Outcome {
  ok: boolean;
  status: number | null;
  signal: string | null;
  output: string;
  outDir: string;
}

type Group = 'published' | 'refused' | 'schema';

interface Case {
  name: string;
  group: Group;
  /** Files to add or replace, relative to the content folder. */
  files: Record<string, string>;
  check: (outcome: Outcome) => void | Promise<void>;
}

const base = fixtureSite('dien-bien');
const BOM = '\uFEFF';
const article = (title: string, body: string, summary = 'Tóm tắt ngắn của bài.') =>
  `---\ntitle: ${title}\nsummary: ${summary}\npublishDate: 2026-11-05\ncategory: tin-dia-phuong\naudiences: [nguoi-dan]\n---\n\n${body}\n`;
/** Line of the first body line in `article()`: seven lines of front matter, then a blank line. */
const BODY_LINE = 9;
const yamlQuoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

const SPECIAL_TITLE = 'Ma túy "đá" <nguy hiểm> & khó bỏ > 0';
const SPECIAL_SUMMARY = 'Dấu < và > trong tóm tắt, "ngoặc kép" & ký tự đặc biệt.';
const LESS_THAN_TITLE = 'Tỉ lệ < 1% & "nước vui" <b>không</b> an toàn';

/** A built page's HTML; the build must have succeeded. */
const page = (out: Outcome, path: string) => {
  expect(out.ok, out.output).toBe(true);
  return readFileSync(join(out.outDir, path, 'index.html'), 'utf8');
};
const shareTitle = async (out: Outcome, path: string) =>
  (
    (await shareJobs(out.outDir, { brand: {} as never, units: {} })).find((job) => job.page === path)?.data as
      { title?: string } | undefined
  )?.title;
/** The refusal names the file and holds no wrapper, location or stack line. */
const refusedNaming = (out: Outcome, ...parts: (string | RegExp)[]) => {
  expect(out.ok, out.output).toBe(false);
  expect(out.signal, 'the build process was killed by a signal').toBeNull();
  expect(out.status).toBe(1);
  for (const part of parts) {
    if (typeof part === 'string') expect(out.output).toContain(part);
    else expect(out.output).toMatch(part);
  }
};

const cases: Case[] = [
  {
    name: '`>`, `<`, `&` and quotes in a title and summary: published, the share image has the exact title',
    group: 'published',
    files: {
      'articles/ky-tu-dac-biet.mdx': article(yamlQuoted(SPECIAL_TITLE), 'Nội dung bài.', yamlQuoted(SPECIAL_SUMMARY)),
    },
    check: async (out) => {
      expect(out.ok, out.output).toBe(true);
      expect(await shareTitle(out, '/bai-viet/ky-tu-dac-biet/')).toBe(SPECIAL_TITLE);
      expect(existsSync(join(out.outDir, 'anh-chia-se/bai-viet/ky-tu-dac-biet.png'))).toBe(true);
    },
  },
  {
    name: 'a title that reads like HTML (`<b>`, `< 1%`): published as text, the share image has it word for word',
    group: 'published',
    files: { 'articles/giong-the-html.mdx': article(yamlQuoted(LESS_THAN_TITLE), 'Nội dung bài.') },
    check: async (out) => {
      expect(await shareTitle(out, '/bai-viet/giong-the-html/')).toBe(LESS_THAN_TITLE);
      const html = page(out, 'bai-viet/giong-the-html');
      expect(html).toContain('&lt;b&gt;không&lt;/b&gt;');
      expect(htmlTags(html, { names: ['b'] })).toEqual([]);
    },
  },
  {
    name: 'a byte-order mark at the start of an .mdx: published, the mark removed everywhere',
    group: 'published',
    files: { 'articles/co-bom.mdx': BOM + article('Bài lưu bằng Notepad', 'Đoạn đầu tiên của bài.') },
    check: async (out) => {
      const html = page(out, 'bai-viet/co-bom');
      expect(html).toContain('Đoạn đầu tiên của bài.');
      expect(html).not.toContain(BOM);
      expect(html).not.toContain('title: Bài lưu bằng Notepad');
      expect(page(out, 'bai-viet/co-bom/doc-tren-loa')).not.toContain(BOM);
      expect(await shareTitle(out, '/bai-viet/co-bom/')).toBe('Bài lưu bằng Notepad');
    },
  },
  {
    name: 'a byte-order mark at the start of a .yaml: published',
    group: 'published',
    files: { 'hotlines/to-dan-pho-2.yaml': BOM + readFileSync(join(base, 'hotlines/to-dan-pho-2.yaml'), 'utf8') },
    check: (out) => {
      const html = page(out, 'duong-day-nong/to-dan-pho-2');
      expect(html).toContain('Tổ trưởng tổ dân phố số 2');
      expect(html).not.toContain(BOM);
    },
  },
  {
    name: 'a stray `%` in a page link: refused naming the file, the line and the link',
    group: 'refused',
    files: { 'articles/phan-tram.mdx': article('Phần trăm', 'Xem [bài](/bai-viet/100%/).') },
    check: (out) =>
      refusedNaming(out, `articles/phan-tram.mdx, dòng ${BODY_LINE}`, '"/bai-viet/100%/"', /hãy viết %25/),
  },
  {
    name: 'a malformed escape in an upload link: refused naming the file and the link, no "URI malformed"',
    group: 'refused',
    files: { 'articles/tep-loi.mdx': article('Tệp lỗi', 'Tải [kế hoạch](/media/a%zz.pdf).') },
    check: (out) => {
      refusedNaming(out, `articles/tep-loi.mdx, dòng ${BODY_LINE}`, '"/media/a%zz.pdf"');
      expect(out.output).not.toContain('URI malformed');
    },
  },
  {
    name: 'a file name in Cyrillic: refused naming the file and how to rename it',
    group: 'refused',
    files: { 'articles/ма-тий.mdx': article('Tên tệp Kirin', 'Nội dung.') },
    check: (out) => {
      refusedNaming(out, 'articles/ма-тий.mdx: tên tệp không có chữ cái Latinh', 'ten-bai-viet.mdx');
      expect(out.output).not.toContain('ID must be a non-empty string');
    },
  },
  {
    name: 'a file name of dashes only: refused naming the file',
    group: 'refused',
    files: { 'articles/——.mdx': article('Chỉ có gạch', 'Nội dung.') },
    check: (out) => refusedNaming(out, 'articles/——.mdx: tên tệp không có chữ cái Latinh'),
  },
  {
    name: 'a file named only `.mdx` (which the loader would skip silently): refused naming the file',
    group: 'refused',
    files: { 'articles/.mdx': article('Không tên', 'Nội dung.') },
    check: (out) => refusedNaming(out, 'articles/.mdx: tên tệp không có chữ cái Latinh'),
  },
  {
    name: 'a file name mixing Latin and other letters: refused, with the address it would have lost',
    group: 'refused',
    files: { 'articles/bai-viết-中文.mdx': article('Lẫn chữ', 'Nội dung.') },
    check: (out) =>
      refusedNaming(out, 'articles/bai-viết-中文.mdx: tên tệp có chữ không phải chữ cái Latinh', '"bai-viet"'),
  },
  {
    name: '200 nested list items: refused naming the file and the line, the process exits normally',
    group: 'refused',
    files: {
      'articles/danh-sach-sau.mdx': article(
        'Danh sách sâu',
        Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- mục ${i + 1}`).join('\n'),
      ),
    },
    check: (out) =>
      refusedNaming(
        out,
        `articles/danh-sach-sau.mdx, dòng ${BODY_LINE + 20}: danh sách (gạch đầu dòng) lồng nhau 21 tầng`,
      ),
  },
  {
    name: '200 nested block quotes: refused naming the file and the line',
    group: 'refused',
    files: { 'articles/trich-dan-sau.mdx': article('Trích dẫn sâu', `${'>'.repeat(200)} trích`) },
    check: (out) =>
      refusedNaming(out, `articles/trich-dan-sau.mdx, dòng ${BODY_LINE}: trích dẫn (dấu >) lồng nhau 200 tầng`),
  },
  {
    name: '100 nested <Callout>: refused naming the file and the line',
    group: 'refused',
    files: {
      'articles/khung-sau.mdx': article(
        'Khung sâu',
        `${'<Callout type="info" title="Chú ý">\n'.repeat(100)}x\n${'</Callout>\n'.repeat(100)}`,
      ),
    },
    check: (out) =>
      refusedNaming(out, `articles/khung-sau.mdx, dòng ${BODY_LINE + 20}: khung nội dung hoặc thẻ lồng nhau 21 tầng`),
  },
  {
    name: '20,000 nested quotes and emphasis (which crash the MDX compiler with a segfault): refused before it runs',
    group: 'refused',
    files: {
      'articles/sap-trinh-dich.mdx': article(
        'Làm sập',
        `${'>'.repeat(20000)} a\n\n${'*'.repeat(20000)}b${'*'.repeat(20000)}`,
      ),
    },
    check: (out) => {
      refusedNaming(
        out,
        `articles/sap-trinh-dich.mdx, dòng ${BODY_LINE}: trích dẫn`,
        `articles/sap-trinh-dich.mdx, dòng ${BODY_LINE + 2}: chữ đậm, nghiêng`,
      );
      expect(out.output).not.toMatch(/Segmentation fault|SIGSEGV/);
    },
  },
  {
    name: 'every refusal of the pre-check build: Vietnamese only, no stack line, no `Location:`, no docs link',
    group: 'refused',
    files: {},
    check: (out) => {
      expect(out.output).toContain('Dừng xây dựng trang: có tệp nội dung cần sửa trước khi đọc được.');
      expect(out.output).not.toMatch(/^\s+at\s/m);
      expect(out.output).not.toContain('Location:');
      expect(out.output).not.toContain('Stack trace');
      expect(out.output).not.toContain('https://docs.astro.build');
      expect(existsSync(join(out.outDir, 'index.html'))).toBe(false);
    },
  },
  {
    name: "a schema error through tools/cli/build.ts: the Vietnamese message, the file and the field's CMS label, no English wrapper",
    group: 'schema',
    files: {
      'articles/thieu-tieu-de.mdx':
        '---\nsummary: Bài thiếu tiêu đề.\npublishDate: 2026-11-05\ncategory: tin-dia-phuong\naudiences: [nguoi-dan]\n---\n\nNội dung.\n',
    },
    check: (out) => {
      refusedNaming(
        out,
        'tệp articles/thieu-tieu-de.mdx có 1 chỗ cần sửa',
        'Tiêu đề (trong tệp: title): thiếu. Cách sửa: hãy điền trường này',
        'DEBUG=1 npm run build',
      );
      for (const english of [
        'InvalidContentEntryDataError',
        'does not match collection schema',
        '[ERROR] [content]',
        'Location:',
        'Hint:',
        'https://docs.astro.build',
      ])
        expect(out.output).not.toContain(english);
      expect(out.output).not.toMatch(/^\s+at\s/m);
    },
  },
];

/** Builds the content folder with tools/cli/build.ts, as `npm run build` does. */
function cliBuildOf(content: string): Outcome {
  const work = mkdtempSync(join(tmpdir(), 'portal-build-'));
  const outDir = join(work, 'dist');
  const result = cliBuild(content, outDir, join(work, 'cache'));
  return { ...result, ok: result.status === 0 && existsSync(join(outDir, 'index.html')), outDir };
}

const outcomes = new Map<Group, Outcome>();
/** One build per group, with every case of the group laid over the good site. */
function outcome(group: Group): Outcome {
  const known = outcomes.get(group);
  if (known) return known;
  const content = overlay(base);
  for (const c of cases.filter((c) => c.group === group))
    for (const [file, text] of Object.entries(c.files)) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      writeFileSync(join(content, file), text);
    }
  let result: Outcome;
  if (group === 'published') {
    const built = buildSite(content);
    result = { ...built, status: built.ok ? 0 : 1, signal: null };
  } else result = cliBuildOf(content);
  outcomes.set(group, result);
  return result;
}

describe('hostile content gets a Vietnamese message naming the file, or is published safely', () => {
  it('has at least 12 cases', () => expect(cases.length).toBeGreaterThanOrEqual(12));
  it.each(cases)(
    '$name',
    async ({ group, check }) => {
      await check(outcome(group));
    },
    300_000,
  );
});
