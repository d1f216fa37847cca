import type { Question } from '../../lib/quiz/types';

/** Where a question's feedback sends the learner to re-read: the section that teaches it. */
export interface SectionLink {
  href: string;
  text: string;
}

/** A question as an island gets it: with the link to its lesson section resolved at build time. */
export type QuizQuestion = Question & { link: SectionLink };
