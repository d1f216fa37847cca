import { giftQuestion, giftText } from './giftFormat';
import type { SingleChoiceQuestion } from './single';

/** A single-choice question in GIFT: `=right#feedback` and `~wrong#feedback` per option. */
export function singleChoiceGift(question: SingleChoiceQuestion): string {
  return giftQuestion(
    question,
    question.options.map(
      (option, index) => `${index === question.correct ? '=' : '~'}${giftText(option.text)}#${giftText(option.feedback)}`,
    ),
  );
}
