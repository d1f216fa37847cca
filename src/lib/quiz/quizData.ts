import type { Question } from './questionTypes';

/*
 * The shape of the quiz data the build writes (`/lessons/<slug>/quiz.json`, `/quiz-bank.json`) and the
 * browser reads: questions with what a page needs to give feedback, resolved at build time.
 */

/** Where a question's feedback sends the learner to re-read: the section that teaches it. */
export interface SectionLink {
  href: string;
  text: string;
}

/** A question with the lesson it belongs to. */
export type BankQuestion = Question & { lesson: string };

/** A question as the browser gets it: with its lesson and the link to the section that teaches it. */
export type QuizQuestion = BankQuestion & { link: SectionLink };

/** A quiz data file. */
export interface QuizData {
  questions: QuizQuestion[];
}
