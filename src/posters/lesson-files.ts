/**
 * A lesson's files beyond the handout (slides, quiz worksheet, answer key) and the ZIP of each school level: the
 * jobs the manifest adds, the list the lesson page shows, and the ZIP's member names and contents list.
 */
import { quizOf, type QuizQuestion, type StoredQuestion } from '../data/quiz.ts';
import { lessonFilesText } from '../i18n/lesson-files.ts';
import { slugify } from '../utils/slug.ts';
import type { Brand, BundleJob, Contact, PosterJob } from './jobs.ts';
import { posterPaths } from './paths.ts';

const words = lessonFilesText.fileWords;
const c = lessonFilesText.contents;

/** What the files of one lesson are made from. */
export interface LessonInput {
  id: string;
  /** The lesson page's path and its absolute address. */
  page: string;
  url: string;
  level: { value: string; label: string };
  title: string;
  summary: string;
  minutes: number;
  classNotes: string;
  objectives: string[];
  materials: string[];
  activities: { name: string; minutes: number; description: string }[];
  keyMessages: string[];
  quiz: QuizQuestion[];
}

/** The fields of a lesson entry this module reads (src/content-model/types/lessons.ts). */
interface LessonEntry {
  id: string;
  data: {
    title: string;
    summary: string;
    level: string;
    durationMinutes: number;
    classNotes?: string;
    objectives: string[];
    materials?: string[];
    activities: { name: string; minutes: number; description: string }[];
    keyMessages: string[];
    quiz?: readonly StoredQuestion[];
  };
}

/** A lesson entry as its files need it. */
export function lessonInput(lesson: LessonEntry, page: string, url: string, levelLabel: string): LessonInput {
  const d = lesson.data;
  return {
    id: lesson.id,
    page,
    url,
    level: { value: d.level, label: levelLabel },
    title: d.title,
    summary: d.summary,
    minutes: d.durationMinutes,
    classNotes: d.classNotes ?? '',
    objectives: d.objectives,
    materials: d.materials ?? [],
    activities: d.activities,
    keyMessages: d.keyMessages,
    quiz: quizOf(lesson),
  };
}

/** The kinds of file a lesson has, in the order pages and the ZIP list them. */
export type LessonFileKind = 'handout' | 'slides' | 'worksheet' | 'answerKey';

/** A lesson's files: handout and slides always, worksheet and answer key when it has a quiz. */
export function lessonFiles(
  id: string,
  hasQuiz: boolean,
): { kind: LessonFileKind; path: string; ext: 'pdf' | 'pptx' }[] {
  return [
    { kind: 'handout' as const, path: posterPaths.handout(id), ext: 'pdf' as const },
    { kind: 'slides' as const, path: posterPaths.slides(id), ext: 'pptx' as const },
    ...(hasQuiz
      ? [
          { kind: 'worksheet' as const, path: posterPaths.worksheet(id), ext: 'pdf' as const },
          { kind: 'answerKey' as const, path: posterPaths.answerKey(id), ext: 'pdf' as const },
        ]
      : []),
  ];
}

/** The slides, worksheet and answer key jobs of a lesson (the handout is the manifest's own job). */
export function lessonFileJobs(lesson: LessonInput, brand: Brand, contacts: Contact[]): PosterJob[] {
  const jobs: PosterJob[] = [
    {
      file: posterPaths.slides(lesson.id),
      page: lesson.page,
      template: 'slides',
      format: 'pptx',
      data: {
        brand,
        title: lesson.title,
        summary: lesson.summary,
        level: lesson.level.label,
        minutes: lesson.minutes,
        classNotes: lesson.classNotes,
        objectives: lesson.objectives,
        materials: lesson.materials,
        activities: lesson.activities,
        keyMessages: lesson.keyMessages,
        quiz: lesson.quiz,
        contacts,
        url: lesson.url,
      },
    },
  ];
  if (lesson.quiz.length === 0) return jobs;
  const sheet = { brand, title: lesson.title, level: lesson.level.label, quiz: lesson.quiz, url: lesson.url };
  jobs.push(
    { file: posterPaths.worksheet(lesson.id), page: lesson.page, template: 'worksheet', format: 'pdf', data: sheet },
    { file: posterPaths.answerKey(lesson.id), page: lesson.page, template: 'answerKey', format: 'pdf', data: sheet },
  );
  return jobs;
}

/** The ZIP of a level, e.g. /tai-ve/bai-giang/bai-giang-thcs-xa-lac-phuong.zip (ASCII, from the level value and the commune). */
export function levelBundlePath(level: string, communeName: string): string {
  return posterPaths.levelBundle(slugify(words.bundle(level, communeName)));
}

const describe: Record<LessonFileKind, string> = {
  handout: c.handout,
  slides: c.slides,
  worksheet: c.worksheet,
  answerKey: c.answerKey,
};

/**
 * The ZIP of one level: a folder per lesson ("01-<lesson>/phieu-bai-giang.pdf", "trinh-chieu.pptx",
 * "phieu-cau-hoi.pdf", "dap-an.pdf"), the forms under "mau-cam-ket/", and MUC-LUC.txt (UTF-8 with BOM, CRLF, so
 * Windows Notepad shows the diacritics) naming each file with its lesson.
 */
export function levelBundle(
  level: { value: string; label: string },
  lessons: LessonInput[],
  forms: { id: string; title: string }[],
  brand: Brand,
  page: string,
  siteUrl: string,
): BundleJob {
  const parts: BundleJob['parts'] = [];
  const lines = [c.title(level.label, brand.communeName), c.made(brand.siteName, siteUrl), ''];
  lessons.forEach((lesson, i) => {
    const folder = `${String(i + 1).padStart(2, '0')}-${lesson.id}`;
    lines.push(c.lesson(i + 1, lesson.title, lesson.minutes), `   ${c.page(lesson.url)}`);
    for (const f of lessonFiles(lesson.id, lesson.quiz.length > 0)) {
      const name = `${folder}/${slugify(words[f.kind])}.${f.ext}`;
      parts.push({ from: f.path, name });
      lines.push(`   ${name}: ${describe[f.kind]}`);
    }
    if (lesson.quiz.length === 0) lines.push(`   ${c.noQuiz}`);
    lines.push('');
  });
  if (forms.length > 0) {
    lines.push(c.forms);
    for (const form of forms) {
      const name = `${slugify(words.forms)}/${form.id}.pdf`;
      parts.push({ from: posterPaths.form(form.id), name });
      lines.push(`   ${name}: ${form.title}`);
    }
    lines.push('');
  }
  const text = `\uFEFF${lines.join('\r\n')}`.normalize('NFC');
  return {
    file: levelBundlePath(level.value, brand.communeName),
    page,
    parts,
    contents: { name: words.contents, text },
  };
}

/** One ZIP per level that has lessons, in the levels' order; `pageOf` gives each level page's path. */
export function levelBundles(
  levels: readonly { value: string; label: string }[],
  lessons: LessonInput[],
  forms: { id: string; title: string }[],
  brand: Brand,
  pageOf: (level: string) => string,
  siteUrl: string,
): BundleJob[] {
  return levels.flatMap((level) => {
    const own = lessons.filter((l) => l.level.value === level.value);
    return own.length > 0
      ? [levelBundle({ value: level.value, label: level.label }, own, forms, brand, pageOf(level.value), siteUrl)]
      : [];
  });
}
