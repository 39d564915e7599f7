/**
 * The rules a lesson quiz must follow beyond each field's own check, as Vietnamese messages naming the question.
 * Read defensively: the schema runs them even when a field of a question is wrong, so an editor sees every
 * problem at once (the CMS runs the same schema, cms/validation/).
 */
import { quizRuleText as t } from '../i18n/quiz';

/** Fewest and most options of a choice question. */
export const QUIZ_OPTIONS = { min: 2, max: 6 } as const;

/** The comparison key of an option or question: NFC, case-folded, whitespace ignored. */
export function sameTextKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, '');
}

interface LooseOption {
  text?: unknown;
  correct?: unknown;
}

/** Options as written, skipping anything that is not an object (the field checks report those). */
function optionsOf(question: Record<string, unknown>): LooseOption[] {
  return Array.isArray(question.options)
    ? question.options.filter((o): o is LooseOption => typeof o === 'object' && o !== null)
    : [];
}

/** Every rule broken by one question; `n` counts from 1. */
function questionProblems(question: Record<string, unknown>, n: number): string[] {
  const problems: string[] = [];
  if (typeof question.explanation !== 'string' || !question.explanation.trim()) problems.push(t.noExplanation(n));
  const options = optionsOf(question);
  if (question.kind === 'truefalse') {
    if (options.length > 0) problems.push(t.trueFalseOptions(n));
    return problems;
  }
  if (question.kind !== 'single' && question.kind !== 'multiple') return problems;
  if (options.length < QUIZ_OPTIONS.min) problems.push(t.tooFewOptions(n, QUIZ_OPTIONS.min));
  if (options.length > QUIZ_OPTIONS.max) problems.push(t.tooManyOptions(n, QUIZ_OPTIONS.max));
  const seen = new Map<string, number>();
  options.forEach((option, i) => {
    if (typeof option.text !== 'string' || !option.text.trim()) return;
    const key = sameTextKey(option.text);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(t.duplicateOption(n, i + 1, first, option.text.normalize('NFC').trim().replace(/\s+/gu, ' ')));
    else seen.set(key, i + 1);
  });
  const correct = options.filter((o) => o.correct === true).length;
  if (options.length > 0 && correct === 0) problems.push(t.noCorrect(n));
  if (question.kind === 'single' && correct > 1) problems.push(t.singleNotOne(n, correct));
  return problems;
}

/** Every rule broken by a quiz (a list of questions), in question order. */
export function quizProblems(quiz: unknown): string[] {
  if (!Array.isArray(quiz)) return [];
  const problems: string[] = [];
  const prompts = new Map<string, number>();
  quiz.forEach((question, i) => {
    if (typeof question !== 'object' || question === null) return;
    const q = question as Record<string, unknown>;
    problems.push(...questionProblems(q, i + 1));
    if (typeof q.prompt === 'string' && q.prompt.trim()) {
      const key = sameTextKey(q.prompt);
      const first = prompts.get(key);
      if (first !== undefined) problems.push(t.duplicateQuestion(i + 1, first));
      else prompts.set(key, i + 1);
    }
  });
  return problems;
}
