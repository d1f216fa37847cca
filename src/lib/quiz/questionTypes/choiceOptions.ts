import type { QuestionBase } from './questionType';

/*
 * Shared by the question types whose learner picks among options (single, multiple, true/false):
 * what feedback says about each option, in words (never by colour alone). The input component only
 * prints these, so the wording is the same in a lesson quiz, the exam and the review.
 */

export interface ChoiceOption {
  text: string;
  /** Why this option is right or wrong. */
  feedback: string;
}

export type OptionVerdict = 'chosen-correct' | 'chosen-wrong' | 'missed-correct' | 'correct' | 'not-chosen';

export const VERDICT_LABELS: Record<OptionVerdict, string> = {
  'chosen-correct': 'Your answer: correct',
  'chosen-wrong': 'Your answer: not correct',
  'missed-correct': 'Also correct: you did not select it',
  correct: 'The correct answer',
  'not-chosen': 'Not correct',
};

export interface OptionView {
  /** The option's authored index. */
  index: number;
  text: string;
  feedback: string;
  chosen: boolean;
  verdict: OptionVerdict;
}

/** How a choice type tells the input component about its options. */
export interface ChoiceQuestionType<Q extends QuestionBase, A> {
  /** radio: one option at a time; checkbox: any number. */
  control: 'radio' | 'checkbox';
  /** Each option as shown, with whether the learner chose it and the verdict once checked. */
  options(question: Q, answer: A | undefined): OptionView[];
  /** The answer after the learner turns option `index` on or off. */
  toggle(question: Q, answer: A | undefined, index: number, on: boolean): A;
  /** An instruction shown under the prompt when the prompt does not say how to answer ("Select all that apply."). */
  instruction?(question: Q): string | undefined;
}

/** Verdict of one option from whether it is right, whether it was chosen, and whether unchosen right ones count as missed. */
export function optionVerdict(right: boolean, chosen: boolean, missable: boolean): OptionVerdict {
  if (chosen) return right ? 'chosen-correct' : 'chosen-wrong';
  if (right) return missable ? 'missed-correct' : 'correct';
  return 'not-chosen';
}
