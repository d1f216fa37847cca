import { giftQuestion, giftText } from './giftFormat';
import type { MatchingQuestion } from './matching';

/**
 * Matching in GIFT: `=item -> match` per pair, and `= -> choice` for each choice no item matches (Moodle
 * saves a row with no item as an extra wrong choice). Moodle's importer reads the item up to its first
 * `->`, so one inside an item is written `-&gt;` (the item is HTML in Moodle's own format). It imports two
 * rows, but its editing form asks for 2 items and 3 rows, so a question with only two is flagged.
 */
export function matchingGift(question: MatchingQuestion): string {
  const distractors = question.choices.filter((choice) => !question.pairs.some((pair) => pair.match === choice));
  const rows = [
    ...question.pairs.map((pair) => `=${giftText(pair.item).replaceAll('->', '-&gt;')} -> ${giftText(pair.match)}`),
    ...distractors.map((choice) => `= -> ${giftText(choice)}`),
  ];
  const notes =
    rows.length < 3
      ? ['Moodle imports this, but its editing form asks for at least 3 answers: add a wrong one before editing it in Moodle.']
      : [];
  return giftQuestion(question, rows, notes);
}
