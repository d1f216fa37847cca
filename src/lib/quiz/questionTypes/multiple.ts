import { optionVerdict, type ChoiceOption, type ChoiceQuestionType } from './choiceOptions';
import { clause, isIndex, plural, type QuestionBase, type QuestionTypeDefinition } from './questionType';

/** Any number of right options, from one to all but one. */
export interface MultipleResponseQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
  /** Indexes (authored order) of every correct option. */
  correct: number[];
}

/** The authored indexes of the options picked, ascending. */
export type MultipleResponseAnswer = number[];

const picked = (answer: MultipleResponseAnswer | undefined) => new Set(answer ?? []);

export const multipleResponse: QuestionTypeDefinition<MultipleResponseQuestion, MultipleResponseAnswer> &
  ChoiceQuestionType<MultipleResponseQuestion, MultipleResponseAnswer> = {
  isAnswer: (question, value): value is number[] =>
    Array.isArray(value) &&
    value.every((index) => isIndex(index) && index < question.options.length) &&
    new Set(value).size === value.length,
  isComplete: (_question, answer) => answer.length > 0,
  incompleteHint: 'Choose an answer',
  evaluate: (question, answer) => {
    const chosen = picked(answer);
    const parts = question.options.map((_, index) => question.correct.includes(index) === chosen.has(index));
    return { correct: parts.every(Boolean), parts };
  },
  perfectAnswer: (question) => [...question.correct].sort((a, b) => a - b),
  shuffledCount: (question) => question.options.length,
  describe: (question, answer) => answer.flatMap((index) => (question.options[index] ? [clause(question.options[index].text)] : [])),
  partsSummary: (question, answer) => {
    const chosen = picked(answer);
    const found = question.correct.filter((index) => chosen.has(index)).length;
    const wrong = [...chosen].filter((index) => !question.correct.includes(index)).length;
    return `You found ${found} of ${plural(question.correct.length, 'correct option')}${wrong > 0 ? ` and picked ${plural(wrong, 'wrong one')}` : ''}.`;
  },
  readable: (question) => ({ items: question.options.map((option) => option.text) }),
  // One bit per option, in authored order: set when it was picked.
  encodeAnswer: (question, answer, writer) => {
    const chosen = picked(answer);
    question.options.forEach((_, index) => writer.bits(chosen.has(index) ? 1 : 0, 1));
  },
  decodeAnswer: (question, reader) => question.options.flatMap((_, index) => (reader.bits(1) === 1 ? [index] : [])),
  control: 'checkbox',
  instruction: (question) => (/select all/i.test(question.prompt) ? undefined : 'Select all that apply.'),
  options: (question, answer) => {
    const chosen = picked(answer);
    return question.options.map((option, index) => ({
      index,
      text: option.text,
      feedback: option.feedback,
      chosen: chosen.has(index),
      // Once the learner has answered, a right option left unticked is one they missed.
      verdict: optionVerdict(question.correct.includes(index), chosen.has(index), answer !== undefined),
    }));
  },
  toggle: (_question, answer, index, on) => {
    const current = (answer ?? []).filter((value) => value !== index);
    return (on ? [...current, index] : current).sort((a, b) => a - b);
  },
};
