import type { Question } from './types';

/**
 * What is wrong with one question beyond its shape, in words for the author (empty when nothing is).
 * The schema already knows the fields exist; this knows what they must mean together.
 */
export function questionProblems(question: Question): string[] {
  const problems: string[] = [];
  const outOfRange = (index: number, count: number) =>
    `correct answer ${index} is out of range: the ${count} options are numbered 0 to ${count - 1}`;

  if (question.type === 'single' || question.type === 'multiple') {
    const texts = question.options.map((option) => option.text.trim().toLowerCase());
    texts.forEach((text, index) => {
      if (texts.indexOf(text) !== index)
        problems.push(`options ${texts.indexOf(text)} and ${index} read the same: "${question.options[index]!.text}"`);
    });
  }
  if (question.type === 'single') {
    if (question.correct < 0 || question.correct >= question.options.length)
      problems.push(outOfRange(question.correct, question.options.length));
  }
  if (question.type === 'multiple') {
    if (question.correct.length === 0) problems.push('no correct answer: list the index of every right option in `correct`');
    for (const index of question.correct) {
      if (index < 0 || index >= question.options.length) problems.push(outOfRange(index, question.options.length));
    }
    if (new Set(question.correct).size !== question.correct.length) problems.push('`correct` lists the same option twice');
    if (question.correct.length === question.options.length)
      problems.push('every option is correct, so the question tests nothing: add wrong options');
  }
  if (question.type === 'matching') {
    for (const pair of question.pairs) {
      if (!question.choices.includes(pair.match)) {
        problems.push(
          `the pair "${pair.item}" is matched to "${pair.match}", which is not one of the choices (${question.choices.map((choice) => `"${choice}"`).join(', ')})`,
        );
      }
    }
    const items = question.pairs.map((pair) => pair.item);
    if (new Set(items).size !== items.length) problems.push('two pairs have the same item: each item must appear once');
    if (new Set(question.choices).size !== question.choices.length) problems.push('two choices read the same');
  }
  return problems;
}
