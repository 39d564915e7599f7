/**
 * Checks a quiz page's answers in the browser: marks each question in words (not only colour), opens its
 * explanation and writes the score. Nothing is sent or stored: no request, no storage, no analytics.
 */
import { markOf, scoreText, type Mark } from './score';

const MARK_CLASSES: Record<Mark, string[]> = {
  right: ['text-[#1a6b2f]'],
  wrong: ['text-alert'],
  unanswered: ['text-muted'],
};
const CARD_CLASSES: Partial<Record<Mark, string>> = { right: 'border-[#1a6b2f]', wrong: 'border-alert' };

/** Wires one quiz form: shows its buttons (hidden without JavaScript) and handles them. */
function wire(form: HTMLFormElement): void {
  const actions = form.querySelector<HTMLElement>('[data-quiz-actions]');
  const score = form.querySelector<HTMLElement>('[data-quiz-score]');
  const questions = [...form.querySelectorAll<HTMLElement>('[data-question]')];
  if (!actions || !score || questions.length === 0) return;
  const words: Record<Mark, string> = {
    right: form.dataset.right ?? '',
    wrong: form.dataset.wrong ?? '',
    unanswered: form.dataset.unanswered ?? '',
  };

  const clear = (question: HTMLElement) => {
    const mark = question.querySelector<HTMLElement>('[data-mark]');
    if (mark) {
      mark.textContent = '';
      mark.classList.remove(...Object.values(MARK_CLASSES).flat());
    }
    question.classList.remove(...Object.values(CARD_CLASSES));
  };

  // Checking is the form's submit (its button, or Enter): answers are marked here and never sent anywhere.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let right = 0;
    for (const question of questions) {
      const inputs = [...question.querySelectorAll<HTMLInputElement>('input')];
      const result = markOf(
        inputs.map((i) => i.checked),
        inputs.map((i) => i.hasAttribute('data-correct')),
      );
      if (result === 'right') right++;
      clear(question);
      const mark = question.querySelector<HTMLElement>('[data-mark]');
      if (mark) {
        mark.textContent = `${result === 'right' ? '✓' : result === 'wrong' ? '✗' : '–'} ${words[result]}`;
        mark.classList.add(...MARK_CLASSES[result]);
      }
      const card = CARD_CLASSES[result];
      if (card) question.classList.add(card);
      const answer = question.querySelector<HTMLDetailsElement>('details[data-answer]');
      if (answer) answer.open = true;
    }
    score.textContent = scoreText(form.dataset.score ?? '{right}/{total}', right, questions.length);
  });

  form.querySelector('[data-quiz-reset]')?.addEventListener('click', () => {
    form.reset();
    for (const question of questions) {
      clear(question);
      const answer = question.querySelector<HTMLDetailsElement>('details[data-answer]');
      if (answer) answer.open = false;
    }
    score.textContent = '';
    questions[0]?.querySelector('input')?.focus();
  });

  actions.hidden = false;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-quiz]')) wire(form);
