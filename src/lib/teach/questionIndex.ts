import type { Question } from '../quiz/questionTypes';

/*
 * The append-only question index (content/question-index.yaml) as links use it: a question's number is
 * its position in the list, counting from 0, and never changes. The build checks the list against the
 * bank (src/lib/content/crossChecksQuestionIndex.ts); assignment links name questions by these numbers.
 */

/** One line of the index: a question's id, and whether it has left the bank (its number is never reused). */
export interface QuestionIndexEntry {
  id: string;
  retired: boolean;
}

/** The whole index in order: entry n is question number n. */
export type QuestionIndex = readonly QuestionIndexEntry[];

/** Each question's number by id, for the questions that can still be taken (retired lines are left out). */
export function questionNumbers(index: QuestionIndex): Map<string, number> {
  const numbers = new Map<string, number>();
  index.forEach((entry, number) => {
    if (!entry.retired && !numbers.has(entry.id)) numbers.set(entry.id, number);
  });
  return numbers;
}

/** The bank as links see it: the index that numbers questions, and the questions themselves by id. */
export interface NumberedBank {
  index: QuestionIndex;
  questions: ReadonlyMap<string, Question>;
}
