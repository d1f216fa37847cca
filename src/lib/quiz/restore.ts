import { isAnswerFor, shuffledCount, type Question } from './questionTypes';
import type { Attempt } from './quizMachine';

const isPermutation = (order: readonly number[], count: number) =>
  order.length === count && [...order].sort((a, b) => a - b).every((value, index) => value === index);

/**
 * A saved attempt, if it still fits the quiz as it is now; undefined if not. The quiz may have changed
 * since it was saved (questions removed, options added): resuming then would show the wrong things,
 * so such an attempt is dropped rather than repaired. Answers that no longer fit are dropped alone.
 */
export function restorableAttempt(saved: Attempt | undefined, questions: readonly Question[]): Attempt | undefined {
  if (!saved) return undefined;
  const byId = new Map(questions.map((question) => [question.id, question]));
  if (new Set(saved.order).size !== saved.order.length) return undefined;
  for (const id of saved.order) {
    const question = byId.get(id);
    if (!question) return undefined;
    const count = shuffledCount(question);
    if (count > 0 && !isPermutation(saved.optionOrder[id] ?? [], count)) return undefined;
  }
  const answers = Object.fromEntries(
    Object.entries(saved.answers).filter(([id, answer]) => saved.order.includes(id) && isAnswerFor(byId.get(id)!, answer)),
  );
  const checked = saved.checked.filter((id) => id in answers);
  return { ...saved, answers, checked };
}
