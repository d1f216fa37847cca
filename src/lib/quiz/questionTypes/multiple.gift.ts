import { giftQuestion, giftText, splitHundred } from './giftFormat';
import type { MultipleResponseQuestion } from './multiple';

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

/** A multiple-response question in GIFT: every option with its weight and feedback. */
export function multipleResponseGift(question: MultipleResponseQuestion): string {
  const { weights, notes } = giftWeights(question);
  return giftQuestion(
    question,
    question.options.map((option, index) => `~%${weights[index]}%${giftText(option.text)}#${giftText(option.feedback)}`),
    notes,
  );
}
