/**
 * The lesson quiz rules, run through the lesson schema the build validates with (and the CMS editor runs before
 * saving): each refusal names the question and the fix in Vietnamese. Also the normalized quiz pages read, the
 * browser marking, and the editorial report's to-do line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lessons } from '../../src/content-model/types/lessons';
import { toZod } from '../../src/content-model/to-zod';
import { entryReport, readData } from '../../src/content-model/loader';
import { sameTextKey } from '../../src/content-model/quiz-rules';
import { entryIssues } from '../../cms/validation/entry-issues';
import { hasQuiz, isQuizPath, quizOf, quizPath, type StoredQuestion } from '../../src/data/quiz';
import { quizRuleText } from '../../src/i18n/quiz';
import { markOf, scoreText } from '../../src/quiz/score';
import { buildReport, type ReportInput } from '../../src/editorial/report';
import { formatReport } from '../../src/editorial/format-report';
import { demoContent, fixtureSite, projectRoot } from '../helpers/build';

const base = {
  title: 'Bài học',
  summary: 'Tóm tắt.',
  level: 'thcs',
  durationMinutes: 45,
  objectives: ['Biết từ chối'],
  activities: [{ name: 'Thảo luận', minutes: 45, description: 'Thảo luận nhóm.' }],
  keyMessages: ['Nói không với ma túy'],
};

const single = (options: { text: string; correct?: boolean }[], extra: Record<string, unknown> = {}) => ({
  kind: 'single',
  prompt: 'Bạn rủ thử thuốc lá điện tử, em làm gì?',
  options,
  explanation: 'Từ chối rõ ràng.',
  ...extra,
});

/** The schema's messages for a lesson with this quiz. */
function messagesFor(quiz: unknown): string[] {
  const result = toZod(lessons).safeParse({ ...base, quiz });
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('quiz rules in the lesson schema', () => {
  it('accepts a lesson without a quiz, and a quiz of the three kinds', () => {
    expect(toZod(lessons).safeParse(base).success).toBe(true);
    const quiz = [
      single([{ text: 'Thử một hơi' }, { text: 'Từ chối', correct: true }]),
      {
        kind: 'multiple',
        prompt: 'Em nhờ ai?',
        options: [{ text: 'Thầy cô', correct: true }, { text: 'Cha mẹ', correct: true }, { text: 'Người lạ' }],
        explanation: 'Người lớn tin cậy.',
      },
      { kind: 'truefalse', prompt: 'Thử một lần thì không sao.', statementTrue: false, explanation: 'Sai.' },
    ];
    expect(messagesFor(quiz)).toEqual([]);
  });

  it('refuses a choice question with no correct option', () => {
    expect(messagesFor([single([{ text: 'A' }, { text: 'B' }])])).toEqual([quizRuleText.noCorrect(1)]);
  });

  it('refuses a single-choice question with two correct options, and says how to fix it', () => {
    const messages = messagesFor([
      single([{ text: 'A' }, { text: 'B' }]),
      single(
        [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
        { prompt: 'Câu khác?' },
      ),
    ]);
    expect(messages).toEqual([quizRuleText.noCorrect(1), quizRuleText.singleNotOne(2, 2)]);
    expect(messages[1]).toMatch(/^Câu 2 .*Nhiều đáp án đúng/);
  });

  it('allows several correct options in a multiple-choice question but needs at least two options', () => {
    expect(
      messagesFor([
        {
          ...single([
            { text: 'A', correct: true },
            { text: 'B', correct: true },
          ]),
          kind: 'multiple',
        },
      ]),
    ).toEqual([]);
    expect(messagesFor([{ ...single([{ text: 'A', correct: true }]), kind: 'multiple' }])).toEqual([
      quizRuleText.tooFewOptions(1, 2),
    ]);
  });

  it('refuses a choice question with fewer than 2 or more than 6 options', () => {
    expect(messagesFor([single([{ text: 'A', correct: true }])])).toEqual([quizRuleText.tooFewOptions(1, 2)]);
    const seven = ['A', 'B', 'C', 'D', 'E', 'G', 'H'].map((text, i) => ({ text, correct: i === 0 }));
    expect(messagesFor([single(seven)])).toEqual([quizRuleText.tooManyOptions(1, 6)]);
    expect(messagesFor([single(seven.slice(0, 6))])).toEqual([]);
  });

  it('refuses duplicate options, compared NFC-normalized, case- and whitespace-insensitive', () => {
    const nfd = 'Thầy cô'.normalize('NFD');
    expect(sameTextKey(nfd)).toBe(sameTextKey('  THẦY   CÔ '));
    expect(
      messagesFor([
        single([{ text: 'Thầy cô', correct: true }, { text: 'Cha mẹ' }, { text: ` ${nfd.toUpperCase()}  ` }]),
      ]),
    ).toEqual([quizRuleText.duplicateOption(1, 3, 1, 'THẦY CÔ')]);
    // Different words are different options, even when they share letters.
    expect(messagesFor([single([{ text: 'Thầy cô', correct: true }, { text: 'Thay co' }])])).toEqual([]);
  });

  it('refuses a question without an explanation, naming the question', () => {
    const { explanation: _e, ...noExplanation } = single([{ text: 'A', correct: true }, { text: 'B' }]);
    const messages = messagesFor([single([{ text: 'A', correct: true }, { text: 'B' }]), noExplanation]);
    expect(messages).toContain(quizRuleText.noExplanation(2));
    expect(messagesFor([single([{ text: 'A', correct: true }, { text: 'B' }], { explanation: '   ' })])).toContain(
      quizRuleText.noExplanation(1),
    );
  });

  it('takes a true/false question without options and refuses options on it', () => {
    const tf = { kind: 'truefalse', prompt: 'Bóng cười vô hại.', explanation: 'Sai.' };
    expect(messagesFor([tf])).toEqual([]);
    expect(messagesFor([{ ...tf, options: [] }])).toEqual([]);
    expect(messagesFor([{ ...tf, options: [{ text: 'Đúng' }, { text: 'Sai', correct: true }] }])).toEqual([
      quizRuleText.trueFalseOptions(1),
    ]);
  });

  it('refuses the same question twice', () => {
    const q = single([{ text: 'A', correct: true }, { text: 'B' }]);
    expect(messagesFor([q, { ...q, prompt: ` ${q.prompt.toUpperCase()}` }])).toEqual([
      quizRuleText.duplicateQuestion(2, 1),
    ]);
  });

  it('reports every problem of a quiz at once, even when a field of a question is wrong too', () => {
    const messages = messagesFor([single([{ text: 'A' }, { text: 'B' }], { kind: 'single', prompt: '' })]);
    expect(messages).toContain(quizRuleText.noCorrect(1));
    expect(messages.length).toBeGreaterThan(1);
  });

  it("gives the CMS editor the build's own messages on the quiz field", () => {
    const data = {
      ...base,
      quiz: [
        single([
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ]),
      ],
    };
    expect(entryIssues(lessons, data).get('quiz')).toEqual([quizRuleText.singleNotOne(1, 2)]);
  });
});

describe('bad quiz fixtures (tests/fixtures/bad/bad-quiz), judged as the build judges them', () => {
  const root = join(projectRoot, 'tests/fixtures/bad/bad-quiz');
  const dir = join(root, 'lessons');
  const saved = process.env.CONTENT_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  });
  const expected: Record<string, string> = {
    'khong-co-dap-an-dung.mdx': quizRuleText.noCorrect(2),
    'phuong-an-trung.mdx': quizRuleText.duplicateOption(2, 3, 1, 'thầy CÔ'),
    'thieu-giai-thich.mdx': quizRuleText.noExplanation(2),
    'mot-dap-an-hai-dung.mdx': quizRuleText.singleNotOne(2, 2),
  };

  it.each(Object.entries(expected))(
    '%s is refused with the message the build prints and the editor reads',
    async (file, message) => {
      const { body: _body, ...data } = readData(join(dir, file));
      expect(entryIssues(lessons, data).get('quiz')).toContain(message);
      // The build's own report (the loader's): the file, the field as the CMS shows it, the question and the fix.
      process.env.CONTENT_DIR = root;
      const report = await entryReport(join(dir, file), [], { fields: lessons.fields, schema: toZod(lessons) });
      expect(report?.text).toMatch(
        new RegExp(`^Dừng xây dựng trang: tệp lessons/${file.replace(/[.]/g, '\\.')} có \\d+ chỗ cần sửa`),
      );
      expect(report?.text).toContain('• Câu hỏi kiểm tra');
      expect(report?.text).toContain(message);
    },
  );

  it('covers every file of the fixture folder', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
  });
});

describe('quizOf: the quiz as pages, printables and slides read it', () => {
  it('turns a true/false question into the options "Đúng" and "Sai", the right one correct', () => {
    const stored: StoredQuestion[] = [
      { kind: 'truefalse', prompt: 'P', statementTrue: true, explanation: 'E' },
      { kind: 'truefalse', prompt: 'Q', statementTrue: false, explanation: 'F' },
      {
        kind: 'single',
        prompt: 'R',
        options: [
          { text: 'A', correct: false },
          { text: 'B', correct: true },
        ],
        statementTrue: false,
        explanation: 'G',
      },
    ];
    const quiz = quizOf({ data: { quiz: stored } });
    expect(quiz[0]!.options).toEqual([
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ]);
    expect(quiz[1]!.options).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ]);
    expect(quiz[2]).toEqual({
      kind: 'single',
      prompt: 'R',
      options: [
        { text: 'A', correct: false },
        { text: 'B', correct: true },
      ],
      explanation: 'G',
    });
  });

  it('is empty without a quiz, and the page address is under the lesson', () => {
    expect(quizOf({ data: {} })).toEqual([]);
    expect(hasQuiz({ data: {} })).toBe(false);
    expect(quizPath('ky-nang-tu-choi')).toBe('/bai-giang/ky-nang-tu-choi/cau-hoi/');
    expect(isQuizPath(quizPath('ky-nang-tu-choi'))).toBe(true);
    for (const other of [
      '/bai-giang/cau-hoi/',
      '/bai-giang/ky-nang-tu-choi/',
      '/bai-giang/cap/thcs/cau-hoi/',
      '/bai-viet/x/cau-hoi/',
    ])
      expect(isQuizPath(other), other).toBe(false);
  });

  it('gives every demo lesson 5–10 questions mixing the three kinds, and every fixture lesson a valid quiz', () => {
    for (const root of [demoContent, fixtureSite('dien-bien')]) {
      const dir = join(root, 'lessons');
      const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
      if (root === fixtureSite('dien-bien')) expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files) {
        const { body: _body, ...data } = readData(join(dir, file));
        const parsed = toZod(lessons).parse(data) as { quiz?: StoredQuestion[] };
        const quiz = quizOf({ data: parsed });
        const kinds = new Set(quiz.map((q) => q.kind));
        expect(kinds, file).toEqual(new Set(['single', 'multiple', 'truefalse']));
        if (root === demoContent) {
          expect(quiz.length, file).toBeGreaterThanOrEqual(5);
          expect(quiz.length, file).toBeLessThanOrEqual(10);
        }
        for (const q of quiz)
          expect(q.options.filter((o) => o.correct).length, `${file}: ${q.prompt}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('marking in the browser (src/quiz/score.ts)', () => {
  it('marks right only when exactly the correct options are chosen', () => {
    expect(markOf([false, true, false], [false, true, false])).toBe('right');
    expect(markOf([true, false, false], [false, true, false])).toBe('wrong');
    expect(markOf([true, true, false], [true, true, true])).toBe('wrong');
    expect(markOf([true, true, true], [true, true, false])).toBe('wrong');
    expect(markOf([false, false], [true, false])).toBe('unanswered');
  });

  it('writes the score from its template', () => {
    expect(scoreText('Đúng {right}/{total} câu', 4, 6)).toBe('Đúng 4/6 câu');
  });
});

describe('editorial report', () => {
  const input: ReportInput = {
    today: new Date(Date.UTC(2026, 10, 23)),
    targets: { postsPerWeek: 0, broadcastsPerWeek: 0, lessonsPerSemester: 0, boardWarnDays: 90, boardFailDays: 180 },
    articles: [],
    broadcasts: [],
    lessonSessions: [],
    campaigns: [],
    boards: [],
  };

  it('lists lessons without a quiz as a to-do, not an alert', () => {
    const report = buildReport({ ...input, lessonsWithoutQuiz: ['Bài chưa có câu hỏi'] });
    expect(report.lessonsWithoutQuiz).toEqual(['Bài chưa có câu hỏi']);
    expect(report.alerts).toEqual([]);
    expect(formatReport(report)).toMatch(/Bài giảng chưa có câu hỏi kiểm tra[^\n]*\n {2}• Bài chưa có câu hỏi/);
    expect(formatReport(buildReport(input))).not.toContain('Bài giảng chưa có câu hỏi kiểm tra');
  });
});
