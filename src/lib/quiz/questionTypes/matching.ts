import { bitsFor, isIndex, verdictWords, type QuestionBase, type QuestionTypeDefinition } from './questionType';

/** Items matched, each with one of a list of choices (which may hold distractors); answered with one select per item. */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  choices: string[];
  pairs: { item: string; match: string }[];
}

/** For each pair (authored order), the authored index of the chosen choice, or null while unset. */
export type MatchingAnswer = (number | null)[];

export interface PairView {
  item: string;
  /** The learner's choice for it, in words (undefined while unset). */
  chosen: string | undefined;
  match: string;
  correct: boolean;
  /** The verdict in words, shown after checking. */
  verdict: string;
}

/** Each pair of a matching question: what the learner chose, and whether it was right. */
export function pairViews(question: MatchingQuestion, answer: MatchingAnswer | undefined): PairView[] {
  return question.pairs.map((pair, index) => {
    const choice = answer?.[index];
    const chosen = choice === null || choice === undefined ? undefined : question.choices[choice];
    const correct = chosen === pair.match;
    return {
      item: pair.item,
      chosen,
      match: pair.match,
      correct,
      verdict: correct ? verdictWords(true) : `Not correct: the answer is ${pair.match}.`,
    };
  });
}

export const matching: QuestionTypeDefinition<MatchingQuestion, MatchingAnswer> = {
  isAnswer: (question, value): value is MatchingAnswer =>
    Array.isArray(value) &&
    value.length === question.pairs.length &&
    value.every((choice) => choice === null || (isIndex(choice) && choice < question.choices.length)),
  isComplete: (_question, answer) => answer.every((choice) => choice !== null),
  incompleteHint: 'Choose a match for every item',
  evaluate: (question, answer) => {
    const parts = pairViews(question, answer).map((pair) => pair.correct);
    return { correct: parts.every(Boolean), parts };
  },
  perfectAnswer: (question) => question.pairs.map((pair) => question.choices.indexOf(pair.match)),
  shuffledCount: (question) => question.choices.length,
  describe: (question, answer) => pairViews(question, answer).map((pair) => `${pair.item} → ${pair.chosen ?? 'no choice'}`),
  partsSummary: (question, answer) =>
    `${pairViews(question, answer).filter((pair) => pair.correct).length} of ${question.pairs.length} pairs right.`,
  readable: (question) => ({
    items: question.pairs.map((pair) => pair.item),
    hint: `Match each with one of: ${question.choices.join(' · ')}`,
  }),
  // Per pair, 0 for no choice yet or 1 + the choice's index, in as many bits as choices + 1 need.
  encodeAnswer: (question, answer, writer) => {
    for (const choice of answer) writer.bits(choice === null ? 0 : choice + 1, bitsFor(question.choices.length + 1));
  },
  decodeAnswer: (question, reader) =>
    question.pairs.map(() => {
      const value = reader.bits(bitsFor(question.choices.length + 1));
      return value === 0 ? null : value - 1;
    }),
};
