/** How one answered question is marked: right only when exactly the correct options are chosen. */
export type Mark = 'right' | 'wrong' | 'unanswered';

/** The mark of a question from which options are chosen and which are correct, in the same order. */
export function markOf(chosen: readonly boolean[], correct: readonly boolean[]): Mark {
  if (!chosen.some(Boolean)) return 'unanswered';
  return chosen.length === correct.length && chosen.every((c, i) => c === correct[i]) ? 'right' : 'wrong';
}

/** A score sentence from its template ("Đúng {right}/{total} câu"). */
export function scoreText(template: string, right: number, total: number): string {
  return template.replace('{right}', String(right)).replace('{total}', String(total));
}
