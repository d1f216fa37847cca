import { describeParts, partsSummary, perfectAnswer, type AnswerValue, type Question } from './questionTypes';
import { verdictWords } from './questionTypes/questionType';

/*
 * What feedback says, in words (never by colour alone). Components only print these, so the wording is
 * the same in a lesson quiz, the exam and the review; each question type adds its own part wording.
 */

export { verdictWords };

/** The mark printed beside a verdict (hidden from screen readers, which get the words). */
export function verdictMark(correct: boolean): string {
  return correct ? '✓' : '✗';
}

/** The verdict and, for a partly right answer, how close it came: "Not quite. 2 of 3 pairs right." */
export function verdictSentence(question: Question, answer: AnswerValue | undefined, correct: boolean): string {
  const parts = correct ? undefined : partsSummary(question, answer);
  return parts ? `${verdictWords(correct)} ${parts}` : verdictWords(correct);
}

/** What a screen reader hears after Check: the verdict, then why. */
export function checkAnnouncement(question: Question, answer: AnswerValue | undefined, correct: boolean): string {
  return `${verdictSentence(question, answer, correct)} ${question.explanation}`;
}

/** The learner's answer in words, for the review list. */
export function describeAnswer(question: Question, answer: AnswerValue | undefined): string {
  const parts = describeParts(question, answer);
  return parts.length > 0 ? parts.join('; ') : 'No answer';
}

/** The right answer in words. */
export function describeCorrect(question: Question): string {
  return describeParts(question, perfectAnswer(question)).join('; ');
}
