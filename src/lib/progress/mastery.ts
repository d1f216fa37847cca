import { PASS_MARK } from '../quiz/passMark';

/*
 * Mastery of a lesson's objectives, read from the learner's latest answer to each question (the answer
 * log). An objective is mastered when enough of its questions are right at the latest try: one lucky
 * answer is not enough, and an old wrong answer stops counting once it has been put right.
 */

/** At least this many of an objective's questions must be right at their latest answer (or all, if it has fewer). */
export const MASTERY_MIN_RIGHT = 2;

export type MasteryStatus = 'not-started' | 'learning' | 'mastered';

export interface Mastery {
  /** The objective's questions with an answer in the log. */
  answered: number;
  /** Of those, the ones whose latest answer is right. */
  right: number;
  /** The objective's questions in all. */
  total: number;
  status: MasteryStatus;
}

/** How far the learner has mastered an objective, from its questions' ids and the latest answers. */
export function objectiveMastery(questions: readonly string[], latest: ReadonlyMap<string, boolean>): Mastery {
  const answered = questions.filter((id) => latest.has(id));
  const right = answered.filter((id) => latest.get(id)).length;
  const total = questions.length;
  if (answered.length === 0) return { answered: 0, right, total, status: 'not-started' };
  const enough = right >= Math.min(MASTERY_MIN_RIGHT, total) && right / answered.length >= PASS_MARK;
  return { answered: answered.length, right, total, status: enough ? 'mastered' : 'learning' };
}

/** "2 of 3 answered questions right (4 questions in all)". */
export function describeMastery({ answered, right, total }: Mastery): string {
  if (answered === 0) return `none of its ${total} questions answered yet`;
  return `${right} of ${answered} answered ${answered === 1 ? 'question' : 'questions'} right at your latest try (${total} in all)`;
}
