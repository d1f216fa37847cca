import type { Question, QuestionOfType, QuestionType } from './index';
import { matchingGift } from './matching.gift';
import { multipleResponseGift } from './multiple.gift';
import { singleChoiceGift } from './single.gift';
import { trueFalseGift } from './trueFalse.gift';

/**
 * Each question type's writer of Moodle's GIFT format, in its own `<type>.gift.ts` beside the type (as its
 * schema is in `<type>.schema.ts`): only the teachers' pages load them, never a learner's quiz. The mapped
 * type makes a new question type without a GIFT writer a compile error.
 */
const giftWriters: { [K in QuestionType]: (question: QuestionOfType<K>) => string } = {
  single: singleChoiceGift,
  multiple: multipleResponseGift,
  truefalse: trueFalseGift,
  matching: matchingGift,
};

/** The question in Moodle's GIFT format (one question; src/lib/teach/gift.ts makes the file). */
export function toGift(question: Question): string {
  return (giftWriters[question.type] as (question: Question) => string)(question);
}
