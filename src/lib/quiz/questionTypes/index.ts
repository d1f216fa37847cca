import { matching } from './matching';
import { multipleResponse } from './multiple';
import type {
  AnswerReader,
  AnswerValue,
  AnswerWriter,
  Evaluation,
  QuestionBase,
  QuestionTypeDefinition,
  ReadableQuestion,
} from './questionType';
import { singleChoice } from './single';
import { trueFalse } from './trueFalse';

/**
 * Every question type, by the `type` a quiz file gives it. Adding a type means adding its module
 * here (and its schema in ./schemas.ts, its input component in src/islands/quiz/inputs): the
 * `Question` and `Answer` types below follow from this object.
 */
export const questionTypes = {
  single: singleChoice,
  multiple: multipleResponse,
  truefalse: trueFalse,
  matching,
};

type Definitions = typeof questionTypes;
type QuestionOf<D> = D extends QuestionTypeDefinition<infer Q, infer _A> ? Q : never;
type AnswerOf<D> = D extends QuestionTypeDefinition<infer _Q, infer A> ? A : never;

/** The `type` field's values. */
export type QuestionType = keyof Definitions;
/** A question of any type, as it is at run time. */
export type Question = { [K in QuestionType]: QuestionOf<Definitions[K]> }[QuestionType];
/** A question of one type. */
export type QuestionOfType<K extends QuestionType> = QuestionOf<Definitions[K]>;
/** An answer to a question of one type. */
export type AnswerOfType<K extends QuestionType> = AnswerOf<Definitions[K]>;
/** A learner's answer to any question, always in the question's own (authored) order, whatever order it was shown in. */
export type Answer = { [K in QuestionType]: AnswerOf<Definitions[K]> }[QuestionType];

// Compile-time guard: each registry key is the `type` its module's questions carry.
type KeysMatchTypes = { [K in QuestionType]: QuestionOf<Definitions[K]>['type'] extends K ? true : false }[QuestionType];
const keysMatchTypes: KeysMatchTypes = true;
void keysMatchTypes;

export type { AnswerValue, Evaluation, QuestionBase, ReadableQuestion };

/** The definition of a question's type. (TypeScript cannot follow the link between a question and its own type's entry.) */
function typeOf(question: Question): QuestionTypeDefinition<Question, Answer> {
  return questionTypes[question.type] as unknown as QuestionTypeDefinition<Question, Answer>;
}

/** True when `value` is a well-formed answer to `question` (so stored, linked or typed input can be trusted). */
export function isAnswerFor(question: Question, value: unknown): value is Answer {
  return typeOf(question).isAnswer(question, value);
}

/** True when the learner has given enough to check. */
export function isComplete(question: Question, answer: AnswerValue | undefined): boolean {
  return answer !== undefined && isAnswerFor(question, answer) && typeOf(question).isComplete(question, answer);
}

/** Scores one answer. An unanswered question, or an answer that does not fit it, is simply wrong. */
export function evaluate(question: Question, answer: AnswerValue | undefined): Evaluation {
  return typeOf(question).evaluate(question, answer !== undefined && isAnswerFor(question, answer) ? answer : undefined);
}

/** The answer that scores full marks. */
export function perfectAnswer(question: Question): Answer {
  return typeOf(question).perfectAnswer(question);
}

/** How many things a new attempt shuffles for this question (options, choices); 0 for none. */
export function shuffledCount(question: Question): number {
  return typeOf(question).shuffledCount(question);
}

/** What the learner still has to do before checking ("Choose an answer"). */
export function incompleteHint(question: Question): string {
  return typeOf(question).incompleteHint;
}

/** The answer in words, one entry per part; empty when there is no answer that fits. */
export function describeParts(question: Question, answer: AnswerValue | undefined): string[] {
  return answer !== undefined && isAnswerFor(question, answer) ? typeOf(question).describe(question, answer) : [];
}

/** How close a partly right answer came, in words; undefined where right or wrong says it all. */
export function partsSummary(question: Question, answer: AnswerValue | undefined): string | undefined {
  return typeOf(question).partsSummary(question, answer !== undefined && isAnswerFor(question, answer) ? answer : undefined);
}

/** The question as readable content without its answer. */
export function readable(question: Question): ReadableQuestion {
  return typeOf(question).readable(question);
}

/** Writes a well-formed answer in the few bits its question needs (result codes carry answers so). */
export function encodeAnswer(question: Question, answer: Answer, writer: AnswerWriter): void {
  typeOf(question).encodeAnswer(question, answer, writer);
}

/** Reads an answer `encodeAnswer` wrote: undefined when the bits make no answer that fits (throws only where the reader does). */
export function decodeAnswer(question: Question, reader: AnswerReader): Answer | undefined {
  const value = typeOf(question).decodeAnswer(question, reader);
  return isAnswerFor(question, value) ? value : undefined;
}
