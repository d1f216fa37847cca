import type { QuizQuestion } from '../../../lib/quiz/quizData';

/** What every question type's input component gets from QuestionView. */
export interface InputProps<Q, A> {
  question: Q & Pick<QuizQuestion, 'link'>;
  /** Display order of the shuffled parts (options, choices), as authored indexes; undefined shows them as authored. */
  order: readonly number[] | undefined;
  answer: A | undefined;
  onAnswer: (answer: A) => void;
  /** Unique per question and per activity, so inputs never share names or ids. */
  name: string;
  /** Set once the answer is checked (or in a review): shows verdicts and locks the inputs. */
  locked: boolean;
  /** Review: feedback for every option, not only the chosen and the correct ones. */
  showAllFeedback: boolean;
}
