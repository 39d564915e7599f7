/**
 * A lesson's files as a teacher opens them: the slides (.pptx) converted by LibreOffice and read back with poppler,
 * slide by slide, diacritics included; the quiz worksheet and answer key (PDF text); one ZIP per school level,
 * unpacked and checked against the level's lessons and its MUC-LUC.txt; the lesson and level pages listing the
 * files first with their sizes; and a rebuild with no change that takes every file, the ZIP too, from the cache.
 * One fixture build (the ward fixture plus lessons with and without a quiz) is shared by the whole file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite, fixtureSite, projectRoot, type BuildResult } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { readPage } from '../helpers/site-files';
import { formatPhone } from '../../src/utils/phone';
import { bundleKey, zipBundle } from '../../src/posters/bundle';
import { pdfInfo, pdfText } from './helpers';

interface StoredQuestion {
  kind: 'single' | 'multiple' | 'truefalse';
  prompt: string;
  options?: { text: string; correct: boolean }[];
  statementTrue?: boolean;
  explanation: string;
}
interface LessonData {
  title: string;
  level: string;
  durationMinutes: number;
  objectives: string[];
  activities: { name: string; minutes: number; description: string }[];
  keyMessages: string[];
  quiz?: StoredQuestion[];
}

const LEVELS: Record<string, string> = {
  'tieu-hoc': 'Tiểu học',
  thcs: 'Trung học cơ sở',
  thpt: 'Trung học phổ thông',
  'phu-huynh-giao-vien': 'Phụ huynh và giáo viên',
};
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** A quiz's options as students see them: a true/false statement has "Đúng" and "Sai". */
const optionsOf = (q: StoredQuestion) =>
  q.kind === 'truefalse'
    ? [
        { text: 'Đúng', correct: q.statementTrue === true },
        { text: 'Sai', correct: q.statementTrue !== true },
      ]
    : q.options!;

const content = overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/lesson-files'));
const lessons = readdirSync(join(content, 'lessons'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    id: f.replace(/\.mdx$/, ''),
    data: parse(readFileSync(join(content, 'lessons', f), 'utf8').split(/^---$/m)[1]!) as LessonData,
  }));
const withQuiz = lessons.filter((l) => (l.data.quiz?.length ?? 0) > 0);
const withoutQuiz = lessons.filter((l) => (l.data.quiz?.length ?? 0) === 0);
const forms = readdirSync(join(content, 'forms')).map((f) => f.replace(/\.mdx$/, ''));
const site = parse(readFileSync(join(content, 'settings/site.yaml'), 'utf8')) as { contact: { phone: string } };
const levels = [...new Set(lessons.map((l) => l.data.level))];
const zipOf = (level: string) => `/tai-ve/bai-giang/bai-giang-${level}-phuong-dien-bien.zip`;
const board = parse(readFileSync(join(content, 'hotlines/dien-bien.yaml'), 'utf8')) as {
  contacts: { phone: string }[];
};

let build: BuildResult;
let cacheDir = '';
/** Text of every slide of each lesson's deck, as LibreOffice lays it out, by lesson id. */
const slides = new Map<string, string[]>();
const slidePdf = new Map<string, string>();
let convertMs = 0;
const file = (path: string) => join(build.outDir, path);

/** Converts .pptx files to PDF with LibreOffice, all in one run; never skipped: without it the test fails saying what to install. */
function soffice(files: string[], outDir: string) {
  if (spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status !== 0)
    throw new Error('LibreOffice (soffice) is needed: apt-get install -y libreoffice-impress');
  // A private profile, so that test runs in parallel (or a desktop LibreOffice) never share one.
  const profile = `file://${mkdtempSync(join(tmpdir(), 'lo-profile-'))}`;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
}

/** The text of each page of a PDF, whitespace collapsed. */
function pagesOf(pdf: string): string[] {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return raw.split('\f').map(norm).slice(0, pdfInfo(pdf).pages);
}

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'lesson-files-'));
  cacheDir = join(work, 'cache');
  build = buildSite(content, { CACHE_DIR: cacheDir });
  expect(build.ok, build.output).toBe(true);
  const decks = lessons.map((l) => file(`/tai-ve/bai-giang/${l.id}-trinh-chieu.pptx`));
  for (const deck of decks) expect(existsSync(deck), deck).toBe(true);
  const pdfDir = join(work, 'slides-pdf');
  const started = performance.now();
  soffice(decks, pdfDir);
  convertMs = performance.now() - started;
  for (const l of lessons) {
    const pdf = join(pdfDir, `${l.id}-trinh-chieu.pdf`);
    slidePdf.set(l.id, pdf);
    slides.set(l.id, pagesOf(pdf));
  }
}, 600_000);

describe('slides (.pptx opened by LibreOffice)', () => {
  it('the fixture has lessons with and without a quiz', () => {
    expect(withQuiz.length).toBeGreaterThan(0);
    expect(withoutQuiz.length).toBeGreaterThan(0);
    console.log(`[lesson-files] ${lessons.length} decks converted by LibreOffice in ${Math.round(convertMs)} ms`);
  });

  it('are 16:9 and open as a slide per part of the lesson', () => {
    for (const l of lessons) {
      const info = pdfInfo(slidePdf.get(l.id)!);
      expect(Math.abs(info.width / info.height - 16 / 9), l.id).toBeLessThan(0.01);
      const quiz = l.data.quiz?.length ?? 0;
      // Title, objectives, one per activity, key messages, two per question, hotline (more only when text continues).
      expect(info.pages, l.id).toBeGreaterThanOrEqual(4 + l.data.activities.length + 2 * quiz);
    }
  });

  it('title slide: the lesson, its level and the ward; then objectives, each activity with its minutes, key messages', () => {
    for (const l of lessons) {
      const pages = slides.get(l.id)!;
      expect(pages[0], l.id).toContain(norm(l.data.title));
      expect(pages[0], l.id).toContain(LEVELS[l.data.level]);
      expect(pages[0], l.id).toContain('Điện Biên');
      const all = pages.join(' | ');
      for (const o of l.data.objectives) expect(all, l.id).toContain(norm(o));
      l.data.activities.forEach((a, i) => {
        const page = pages.findIndex((p) => p.includes(`Hoạt động ${i + 1}/${l.data.activities.length}`));
        expect(page, `${l.id}: activity ${i + 1}`).toBeGreaterThan(0);
        expect(pages[page], l.id).toContain(norm(`${a.name} (${a.minutes} phút)`));
      });
      const messages = pages.findIndex((p) => p.includes('Thông điệp chính'));
      for (const m of l.data.keyMessages) expect(pages.slice(messages).join(' '), l.id).toContain(norm(m));
    }
  });

  it('activity instructions are in the speaker notes', () => {
    for (const l of lessons) {
      const pptx = unzipSync(readFileSync(file(`/tai-ve/bai-giang/${l.id}-trinh-chieu.pptx`)));
      const notes = Object.entries(pptx)
        .filter(([name]) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        .map(([, bytes]) => Buffer.from(bytes).toString('utf8'))
        .join(' ')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      for (const a of l.data.activities) expect(norm(notes), `${l.id}: ${a.name}`).toContain(norm(a.description));
    }
  });

  it('each quiz question is on a slide of its own, and its answer and explanation on the next', () => {
    for (const l of withQuiz) {
      const pages = slides.get(l.id)!;
      const quiz = l.data.quiz!;
      quiz.forEach((q, i) => {
        const n = `${i + 1}/${quiz.length}`;
        const asked = pages.findIndex((p) => p.includes(`Câu hỏi ${n}`));
        expect(asked, `${l.id}: question ${n}`).toBeGreaterThan(0);
        expect(pages[asked], l.id).toContain(norm(q.prompt));
        for (const o of optionsOf(q)) expect(pages[asked], l.id).toContain(norm(o.text));
        const answer = pages[asked + 1]!;
        expect(answer, `${l.id}: answer ${n}`).toContain(`Đáp án câu ${n}`);
        for (const o of optionsOf(q).filter((o) => o.correct)) expect(answer, l.id).toContain(norm(o.text));
        expect(answer, l.id).toContain(norm(q.explanation));
        // The question slide does not give the answer away.
        expect(pages[asked], l.id).not.toContain(norm(q.explanation));
      });
    }
    for (const l of withoutQuiz) expect(slides.get(l.id)!.some((p) => p.includes('Câu hỏi 1/'))).toBe(false);
  });

  it("ends on the hotline slide with the ward's numbers", () => {
    const numbers = [site.contact.phone, ...board.contacts.map((c) => c.phone)].map(formatPhone);
    for (const l of lessons) {
      const last = slides.get(l.id)!.at(-1)!;
      expect(last, l.id).toContain('Khi cần báo tin hoặc được giúp đỡ');
      for (const phone of numbers) expect(last, `${l.id}: ${phone}`).toContain(phone);
    }
  });

  it('are the same bytes for the same lesson (fixed dates in the package)', () => {
    const pptx = unzipSync(readFileSync(file(`/tai-ve/bai-giang/${lessons[0]!.id}-trinh-chieu.pptx`)));
    const core = Buffer.from(pptx['docProps/core.xml']!).toString('utf8');
    expect(core).toContain('2000-01-01T00:00:00Z');
    expect(core).not.toContain(String(new Date().getUTCFullYear()) + '-');
  });
});

describe('quiz worksheet and answer key (PDF)', () => {
  it('only lessons with a quiz have them', () => {
    for (const l of withoutQuiz) {
      expect(existsSync(file(`/tai-ve/bai-giang/${l.id}-phieu-cau-hoi.pdf`)), l.id).toBe(false);
      expect(existsSync(file(`/tai-ve/bai-giang/${l.id}-dap-an.pdf`)), l.id).toBe(false);
    }
  });

  it('the worksheet has every question and option and a name line, but no answer and no explanation', () => {
    for (const l of withQuiz) {
      const pdf = file(`/tai-ve/bai-giang/${l.id}-phieu-cau-hoi.pdf`);
      expect(pdfInfo(pdf).paper, l.id).toBe('A4');
      const text = norm(pdfText(pdf));
      expect(text).toContain('PHIẾU CÂU HỎI');
      expect(text).toContain('Họ và tên:');
      expect(text).toContain('Lớp:');
      for (const q of l.data.quiz!) {
        expect(text, l.id).toContain(norm(q.prompt));
        for (const o of optionsOf(q)) expect(text, l.id).toContain(norm(o.text));
        expect(text, l.id).not.toContain(norm(q.explanation));
      }
      expect(text, l.id).not.toContain('Đáp án');
      expect(text, l.id).not.toContain('Giải thích');
    }
  });

  it('the answer key has every question, its correct letters and its explanation', () => {
    for (const l of withQuiz) {
      const pdf = file(`/tai-ve/bai-giang/${l.id}-dap-an.pdf`);
      expect(pdfInfo(pdf).paper, l.id).toBe('A4');
      const text = norm(pdfText(pdf));
      expect(text).toContain('ĐÁP ÁN PHIẾU CÂU HỎI');
      l.data.quiz!.forEach((q) => {
        expect(text, l.id).toContain(norm(q.prompt));
        const letters = optionsOf(q)
          .flatMap((o, j) => (o.correct ? ['ABCDEF'[j]] : []))
          .join(', ');
        expect(text, l.id).toContain(`Đáp án: ${letters}`);
        expect(text, l.id).toContain(norm(q.explanation));
      });
    }
  });
});

describe('one ZIP per school level', () => {
  it('holds every lesson of its level (handout, slides, worksheet, key), the forms and MUC-LUC.txt, with ASCII names', () => {
    expect(levels.length).toBeGreaterThan(1);
    for (const level of levels) {
      const own = lessons
        .filter((l) => l.data.level === level)
        .sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
      const members = unzipSync(readFileSync(file(zipOf(level))));
      const names = Object.keys(members);
      for (const name of names) expect(name, level).toMatch(/^[a-z0-9./-]+$|^MUC-LUC\.txt$/);
      const expected = [
        'MUC-LUC.txt',
        ...own.flatMap((l, i) => {
          const folder = `${String(i + 1).padStart(2, '0')}-${l.id}`;
          const quiz = (l.data.quiz?.length ?? 0) > 0 ? [`${folder}/phieu-cau-hoi.pdf`, `${folder}/dap-an.pdf`] : [];
          return [`${folder}/phieu-bai-giang.pdf`, `${folder}/trinh-chieu.pptx`, ...quiz];
        }),
        ...forms.map((f) => `mau-cam-ket/${f}.pdf`),
      ];
      expect(names, level).toEqual(expected);
      // Each member is the very file the site serves.
      own.forEach((l, i) => {
        const folder = `${String(i + 1).padStart(2, '0')}-${l.id}`;
        expect(
          Buffer.from(members[`${folder}/trinh-chieu.pptx`]!).equals(
            readFileSync(file(`/tai-ve/bai-giang/${l.id}-trinh-chieu.pptx`)),
          ),
        ).toBe(true);
        expect(
          Buffer.from(members[`${folder}/phieu-bai-giang.pdf`]!).equals(
            readFileSync(file(`/tai-ve/bai-giang/${l.id}.pdf`)),
          ),
        ).toBe(true);
      });
      const list = Buffer.from(members['MUC-LUC.txt']!).toString('utf8');
      expect(list.charCodeAt(0), 'UTF-8 byte order mark').toBe(0xfeff);
      expect(list).toContain(LEVELS[level]!.toLocaleUpperCase('vi'));
      for (const l of own) expect(norm(list)).toContain(norm(l.data.title));
      for (const name of expected.slice(1)) expect(list).toContain(name);
    }
  });

  it('levels without lessons have none', () => {
    for (const level of Object.keys(LEVELS).filter((l) => !levels.includes(l)))
      expect(existsSync(file(zipOf(level))), level).toBe(false);
  });
});

describe('pages', () => {
  it('a lesson page lists its files first, each with its type and size, and the quiz page when there is a quiz', () => {
    for (const l of lessons) {
      const html = readPage(build.outDir, `/bai-giang/${l.id}/`);
      const block = html.indexOf('id="tai-lieu-buoi-hoc"');
      expect(block, l.id).toBeGreaterThan(0);
      // Before the lesson's content, and the old download block at the bottom is gone.
      expect(block, l.id).toBeLessThan(html.indexOf('Mục tiêu</h2>'));
      expect(html, l.id).not.toContain('id="tai-ve"');
      const quiz = (l.data.quiz?.length ?? 0) > 0;
      const paths = [
        `${l.id}.pdf`,
        `${l.id}-trinh-chieu.pptx`,
        ...(quiz ? [`${l.id}-phieu-cau-hoi.pdf`, `${l.id}-dap-an.pdf`] : []),
      ];
      for (const path of paths) {
        expect(html, `${l.id}: ${path}`).toContain(`href="/tai-ve/bai-giang/${path}"`);
        const size = html.match(
          new RegExp(
            `data-file-size="/tai-ve/bai-giang/${path.replace(/\./g, '\\.')}" data-file-type="(PDF|PPTX)">([^<]*)<`,
          ),
        );
        expect(size?.[2], `${l.id}: ${path}`).toMatch(/^(PDF|PPTX), [\d,]+ (KB|MB)$/);
      }
      expect(html.includes(`href="/bai-giang/${l.id}/cau-hoi/"`), l.id).toBe(quiz);
    }
  });

  it('a level page offers its ZIP at the top with its size and what it holds', () => {
    for (const level of levels) {
      const html = readPage(build.outDir, `/bai-giang/cap/${level}/`);
      const zip = zipOf(level);
      expect(html).toContain(`href="${zip}"`);
      expect(html.indexOf(`href="${zip}"`)).toBeLessThan(
        html.indexOf(`href="/bai-giang/${lessons.find((l) => l.data.level === level)!.id}/"`),
      );
      const size = html.match(
        new RegExp(`data-file-size="${zip.replace(/\./g, '\\.')}" data-file-type="ZIP">([^<]*)<`),
      );
      expect(size?.[1]).toMatch(/^ZIP, [\d,]+ (KB|MB)$/);
      expect(html).toContain('MUC-LUC.txt');
    }
  });
});

describe('the cache', () => {
  it('a rebuild with no change renders nothing and keeps each ZIP byte for byte', { timeout: 600_000 }, () => {
    const zips = readdirSync(file('/tai-ve/bai-giang')).filter((f) => f.endsWith('.zip'));
    const before = new Map(zips.map((z) => [z, readFileSync(file(`/tai-ve/bai-giang/${z}`))]));
    // Only the render cache carries over: Astro's own content cache is left behind, as in incremental.test.ts.
    const cache = join(mkdtempSync(join(tmpdir(), 'lesson-files-again-')), 'cache');
    cpSync(join(cacheDir, 'posters'), join(cache, 'posters'), { recursive: true });
    const again = buildSite(content, { CACHE_DIR: cache });
    expect(again.ok, again.output).toBe(true);
    const run = JSON.parse(readFileSync(join(cache, 'posters/last-run.json'), 'utf8')) as {
      files: number;
      rendered: string[];
      cached: string[];
    };
    expect(run.rendered).toEqual([]);
    for (const z of zips) expect(run.cached).toContain(`/tai-ve/bai-giang/${z}`);
    expect(again.output).toContain(`[posters] ${run.files} files: 0 rendered, ${run.files} from cache in `);
    for (const [z, bytes] of before)
      expect(readFileSync(join(again.outDir, 'tai-ve/bai-giang', z)).equals(bytes), z).toBe(true);
  });

  it("a ZIP's cache key changes when one of its parts or its contents list changes, and only then", () => {
    const job = {
      file: '/x.zip',
      page: '/x/',
      parts: [{ from: '/a.pdf', name: 'a.pdf' }],
      contents: { name: 'MUC-LUC.txt', text: 'Mục lục' },
    };
    const part = (bytes: string) => [{ name: 'a.pdf', bytes: new Uint8Array(Buffer.from(bytes)) }];
    const key = bundleKey(job, part('một'), 'code');
    expect(bundleKey(job, part('một'), 'code')).toBe(key);
    expect(bundleKey(job, part('hai'), 'code')).not.toBe(key);
    expect(bundleKey({ ...job, contents: { ...job.contents, text: 'Mục lục mới' } }, part('một'), 'code')).not.toBe(
      key,
    );
    expect(zipBundle(job.contents, part('một')).equals(zipBundle(job.contents, part('một')))).toBe(true);
  });
});
