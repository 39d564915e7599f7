/**
 * A lesson's quiz as pages, printables and slides read it: every question normalized to options with the correct
 * ones marked (a true/false question becomes the two options "Đúng" and "Sai"), and where its page is.
 */
import { quizPageText } from '../i18n/quiz';
import { routes } from '../utils/routes';

/** One answer a student can pick. */
export interface QuizOption {
  text: string;
  correct: boolean;
}

/** One question, normalized: a true/false question has the two options "Đúng" and "Sai". */
export interface QuizQuestion {
  kind: 'single' | 'multiple' | 'truefalse';
  prompt: string;
  options: QuizOption[];
  explanation: string;
}

/** A question as the lesson's front matter holds it after validation (src/content-model/quiz-field.ts). */
export interface StoredQuestion {
  kind: 'single' | 'multiple' | 'truefalse';
  prompt: string;
  options?: readonly QuizOption[];
  statementTrue: boolean;
  explanation: string;
}

/** The quiz of a lesson, normalized; an empty array when the lesson has none. */
export function quizOf(lesson: { data: { quiz?: readonly StoredQuestion[] } }): QuizQuestion[] {
  return (lesson.data.quiz ?? []).map((q) =>
    q.kind === 'truefalse'
      ? {
          kind: q.kind,
          prompt: q.prompt,
          options: [
            { text: quizPageText.trueLabel, correct: q.statementTrue },
            { text: quizPageText.falseLabel, correct: !q.statementTrue },
          ],
          explanation: q.explanation,
        }
      : {
          kind: q.kind,
          prompt: q.prompt,
          options: (q.options ?? []).map((o) => ({ text: o.text, correct: o.correct })),
          explanation: q.explanation,
        },
  );
}

/** Whether a lesson has a quiz (and so a quiz page). */
export function hasQuiz(lesson: { data: { quiz?: readonly StoredQuestion[] } }): boolean {
  return (lesson.data.quiz?.length ?? 0) > 0;
}

/** Whether a path is a lesson's quiz page (the one reader page besides search with a script of its own). */
export function isQuizPath(path: string): boolean {
  const [prefix, suffix] = routes.lessonQuiz('\u0000').split('\u0000') as [string, string];
  return (
    path.startsWith(prefix) &&
    path.endsWith(suffix) &&
    /^[^/]+$/.test(path.slice(prefix.length, path.length - suffix.length))
  );
}

/** The address of a lesson's quiz page: /bai-giang/<id>/cau-hoi/. */
export function quizPath(lessonId: string): string {
  return routes.lessonQuiz(lessonId);
}
