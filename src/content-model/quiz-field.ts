/**
 * The optional quiz of a lesson: a list of questions (one answer, several answers, or true/false), each with its
 * options, the correct ones marked, and an explanation. The rules of quiz-rules.ts run in the same schema, so the
 * build and the CMS editor refuse the same quizzes with the same messages.
 */
import { boolean, groupList, longText, select, text } from './fields';
import { quizProblems } from './quiz-rules';
import { quizFieldText as t, quizKinds } from '../i18n/quiz';

/** The `quiz` field of a lesson. A true/false question has no options: `statementTrue` says whether it is true. */
export function quizField() {
  const list = groupList('quiz', {
    ...t.quiz,
    required: false,
    summary: '{{fields.prompt}}',
    fields: [
      select('kind', { ...t.kind, choices: quizKinds, default: 'single' }),
      longText('prompt', { ...t.prompt, max: 400 }),
      groupList('options', {
        ...t.options,
        required: false,
        summary: '{{fields.text}}',
        fields: [
          text('text', { ...t.optionText, max: 200 }),
          boolean('correct', { ...t.optionCorrect, default: false }),
        ],
      }),
      boolean('statementTrue', { ...t.statementTrue, default: false }),
      longText('explanation', { ...t.explanation, max: 600 }),
    ],
  });
  const zod = list.zod
    .unwrap()
    .superRefine(
      (quiz, ctx) => {
        for (const message of quizProblems(quiz)) ctx.addIssue({ code: 'custom', message });
      },
      // Also when a field of a question is wrong: the editor sees every problem of the quiz at once.
      { when: (payload) => Array.isArray(payload.value) },
    )
    .optional();
  return { name: list.name, zod, decap: list.decap };
}
