import { giftQuestion, giftText } from './giftFormat';
import { verdictWords } from './questionType';
import type { TrueFalseQuestion } from './trueFalse';

/** A true/false question in GIFT. Moodle's order is {T#shown after a wrong answer#shown after a right one} (split_truefalse_comment). */
export function trueFalseGift(question: TrueFalseQuestion): string {
  return giftQuestion(question, [`${question.correct ? 'T' : 'F'}#${giftText(verdictWords(false))}#${giftText(verdictWords(true))}`]);
}
