import { optionVerdict, type ChoiceQuestionType } from './choiceOptions';
import type { QuestionBase, QuestionTypeDefinition } from './questionType';

/** A statement that is true or false. */
export interface TrueFalseQuestion extends QuestionBase {
  type: 'truefalse';
  correct: boolean;
}

export type TrueFalseAnswer = boolean;

/** Shown as two options, True first; the option index 0 means true. */
const LABELS = ['True', 'False'] as const;
const label = (value: boolean) => (value ? LABELS[0] : LABELS[1]);

export const trueFalse: QuestionTypeDefinition<TrueFalseQuestion, TrueFalseAnswer> &
  ChoiceQuestionType<TrueFalseQuestion, TrueFalseAnswer> = {
  isAnswer: (_question, value): value is boolean => typeof value === 'boolean',
  isComplete: () => true,
  incompleteHint: 'Choose an answer',
  evaluate: (question, answer) => {
    const correct = answer === question.correct;
    return { correct, parts: [correct] };
  },
  perfectAnswer: (question) => question.correct,
  // True above False, always: a shuffled pair would only confuse.
  shuffledCount: () => 0,
  describe: (_question, answer) => [label(answer)],
  partsSummary: () => undefined,
  readable: () => ({ items: [], hint: 'True or false?' }),
  encodeAnswer: (_question, answer, writer) => writer.bits(answer ? 1 : 0, 1),
  decodeAnswer: (_question, reader) => reader.bits(1) === 1,
  control: 'radio',
  options: (question, answer) =>
    LABELS.map((text, index) => {
      const value = index === 0;
      return {
        index,
        text,
        feedback: '',
        chosen: answer === value,
        verdict: optionVerdict(question.correct === value, answer === value, false),
      };
    }),
  toggle: (_question, _answer, index) => index === 0,
};
