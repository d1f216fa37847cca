/*
 * The shapes a quiz has at run time. They mirror the content schema (src/lib/content/quizSchema.ts)
 * but are plain types, so island code never pulls zod into the browser.
 */

export interface ChoiceOption {
  text: string;
  /** Why this option is right or wrong. */
  feedback: string;
}

interface QuestionBase {
  id: string;
  /** Heading id in the lesson that teaches the answer. */
  section: string;
  prompt: string;
  explanation: string;
  /** The id of the lesson objective it checks. */
  objective?: string | undefined;
  /** What it tests: no draw holds two questions with the same fact. */
  fact?: string | undefined;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
  correct: number;
}

export interface MultipleResponseQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
  correct: number[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  correct: boolean;
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  choices: string[];
  pairs: { item: string; match: string }[];
}

export type Question = SingleChoiceQuestion | MultipleResponseQuestion | TrueFalseQuestion | MatchingQuestion;

/** A question as the browser gets it: with the lesson it belongs to, so feedback can link to the section. */
export type BankQuestion = Question & { lesson: string };

/**
 * A learner's answer, always in the question's own (authored) order, whatever order it was shown in:
 * single → option index; multiple → option indexes; true/false → boolean;
 * matching → for each pair, the index of the chosen choice, or null while unset.
 */
export type Answer = number | number[] | boolean | (number | null)[];
