import { optionVerdict, type ChoiceOption, type ChoiceQuestionType } from './choiceOptions';
import { bitsFor, clause, isIndex, type QuestionBase, type QuestionTypeDefinition } from './questionType';

/** One right option among three to six. */
export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
  /** Index (authored order) of the one correct option. */
  correct: number;
}

/** The authored index of the option picked. */
export type SingleChoiceAnswer = number;

export const singleChoice: QuestionTypeDefinition<SingleChoiceQuestion, SingleChoiceAnswer> &
  ChoiceQuestionType<SingleChoiceQuestion, SingleChoiceAnswer> = {
  isAnswer: (question, value): value is number => isIndex(value) && value < question.options.length,
  isComplete: () => true,
  incompleteHint: 'Choose an answer',
  evaluate: (question, answer) => ({
    correct: answer === question.correct,
    parts: question.options.map((_, index) => (index === question.correct) === (answer === index)),
  }),
  perfectAnswer: (question) => question.correct,
  shuffledCount: (question) => question.options.length,
  describe: (question, answer) => [clause(question.options[answer]!.text)],
  partsSummary: () => undefined,
  readable: (question) => ({ items: question.options.map((option) => option.text) }),
  // The option's index, in as many bits as the option count needs.
  encodeAnswer: (question, answer, writer) => writer.bits(answer, bitsFor(question.options.length)),
  decodeAnswer: (question, reader) => reader.bits(bitsFor(question.options.length)),
  control: 'radio',
  options: (question, answer) =>
    question.options.map((option, index) => ({
      index,
      text: option.text,
      feedback: option.feedback,
      chosen: answer === index,
      verdict: optionVerdict(index === question.correct, answer === index, false),
    })),
  toggle: (_question, _answer, index) => index,
};
