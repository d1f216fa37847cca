import { optionVerdict, type ChoiceOption, type ChoiceQuestionType } from './choiceOptions';
import { giftQuestion, giftText, splitHundred } from './giftFormat';
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

/**
 * Moodle grades a multiple-response question by adding up the weights of the options ticked: the right
 * options share +100 %, the wrong ones share −100 %, so ticking every option scores 0 and each wrong tick
 * takes back as much as one right tick is worth when right and wrong are as many. Both splits use
 * grades from Moodle's list; when an equal share is not in it, a note above the question says so.
 */
function giftWeights(question: MultipleResponseQuestion): { weights: number[]; notes: string[] } {
  const right = question.correct.length;
  const wrong = question.options.length - right;
  const rightSplit = splitHundred(right);
  const wrongSplit = splitHundred(wrong);
  if (!rightSplit || !wrongSplit) {
    throw new Error(`question "${question.id}": Moodle's grade list cannot share 100 % among ${right} right and ${wrong} wrong options`);
  }
  const notes = [
    ...(rightSplit.equal
      ? []
      : [`100/${right} % is not a grade Moodle accepts, so the ${right} right options get ${rightSplit.weights.join(', ')} %.`]),
    ...(wrongSplit.equal
      ? []
      : [`−100/${wrong} % is not a grade Moodle accepts, so the ${wrong} wrong options get −${wrongSplit.weights.join(', −')} %.`]),
  ];
  let nextRight = 0;
  let nextWrong = 0;
  const weights = question.options.map((_, index) =>
    question.correct.includes(index) ? rightSplit.weights[nextRight++]! : -wrongSplit.weights[nextWrong++]!,
  );
  return { weights, notes };
}

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
  toGift: (question) => {
    const { weights, notes } = giftWeights(question);
    return giftQuestion(
      question,
      question.options.map((option, index) => `~%${weights[index]}%${giftText(option.text)}#${giftText(option.feedback)}`),
      notes,
    );
  },
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
