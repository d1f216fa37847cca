/*
 * What every question type provides at run time. One module per type implements it
 * (single.ts, multiple.ts, trueFalse.ts, matching.ts) and index.ts joins them in a registry; the
 * authoring side (schema and meaning checks) lives beside each in `<type>.schema.ts`, so the
 * browser never loads zod.
 */

/**
 * Every answer is plain JSON of this shape, whatever its type: that is what storage, links and result
 * codes carry. Whether it fits its question is each type's `isAnswer`.
 */
export type AnswerValue = boolean | number | string | null | AnswerValue[];

/** Fields every question has, whatever its type. */
export interface QuestionBase {
  id: string;
  /** Heading id in the lesson that teaches the answer. */
  section: string;
  prompt: string;
  explanation: string;
  /** The id of the lesson objective it checks. */
  objective: string;
  /** What it tests, as a key shared by every question on the same fact: no draw holds two of them. */
  fact: string;
}

/** How one answer fares: the whole-question verdict, and a verdict per part (option or pair) for feedback. */
export interface Evaluation {
  /** The question earns its point only when fully right. */
  correct: boolean;
  /** One entry per part, in authored order: whether the learner got that part right. */
  parts: boolean[];
}

/** The question as readable content without its answer: the no-JavaScript preview, and print. */
export interface ReadableQuestion {
  /** What the learner chooses from (options), or the items to match. */
  items: string[];
  /** What to do with them, when the items alone do not say ("True or false?"). */
  hint?: string | undefined;
}

/** Where `encodeAnswer` writes: a bit field of `width` bits (src/lib/teach/bytes.ts's ByteWriter is one). */
export interface AnswerWriter {
  bits(value: number, width: number): unknown;
}

/** Where `decodeAnswer` reads from: throws when the input ends (src/lib/teach/bytes.ts's ByteReader is one). */
export interface AnswerReader {
  bits(width: number): number;
}

export interface QuestionTypeDefinition<Q extends QuestionBase & { type: string }, A extends AnswerValue> {
  /** True when `value` (typed by the learner, or read from storage or a link) is a well-formed answer to `question`. */
  isAnswer(question: Q, value: unknown): value is A;
  /** True when the answer is enough to check: an option picked, every pair matched. */
  isComplete(question: Q, answer: A): boolean;
  /** What the learner still has to do before checking, said when they check too early. */
  incompleteHint: string;
  /** Scores one answer; an unanswered question (undefined) is simply wrong. */
  evaluate(question: Q, answer: A | undefined): Evaluation;
  /** The answer that scores full marks (the review shows it; tests answer with it). */
  perfectAnswer(question: Q): A;
  /** How many things the learner sees in a shuffled order (options, choices); 0 when nothing is shuffled. */
  shuffledCount(question: Q): number;
  /** An answer in words, one entry per part, for the review list. */
  describe(question: Q, answer: A): string[];
  /** How close a partly right answer came ("You found 1 of 3 …"); undefined where right or wrong says it all. */
  partsSummary(question: Q, answer: A | undefined): string | undefined;
  readable(question: Q): ReadableQuestion;
  /** Writes a well-formed answer in as few bits as its question allows (result codes carry answers so). */
  encodeAnswer(question: Q, answer: A, writer: AnswerWriter): void;
  /** Reads what `encodeAnswer` wrote; a crafted code can hold any bits, so callers check the value with `isAnswer`. */
  decodeAnswer(question: Q, reader: AnswerReader): AnswerValue;
}

/** Option texts are often full sentences: drop a final full stop so a list of them reads cleanly. */
export const clause = (text: string): string => text.replace(/\.$/, '');

/** A whole number ≥ 0 (an index into options, pairs or choices). */
export const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** How many bits hold a number from 0 to count − 1 (0 bits when there is only one). */
export const bitsFor = (count: number): number => (count <= 1 ? 0 : Math.ceil(Math.log2(count)));

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The verdict after Check, in words: shown, announced, and used by each type's part verdicts. */
export function verdictWords(correct: boolean): string {
  return correct ? 'Correct.' : 'Not quite.';
}
