import type { QuestionIndex } from '../teach/questionIndex';

/*
 * The append-only rule of content/question-index.yaml, checked against the bank at build time: assignment
 * links name questions by their number (position) in the index, so a number must never change meaning.
 * What one file can show is checked here; a reordering cannot be seen without an older copy of the list,
 * so `appendOnlyProblems` compares two copies (a unit test runs it against a committed snapshot).
 */

/** The question index as the checks see it: where it is, and its lines in order. */
export interface QuestionIndexRef {
  file: string;
  entries: QuestionIndex;
}

/** A quiz file as this check sees it: where it is, and its questions' ids in order. */
export interface BankFileRef {
  file: string;
  questions: readonly { id: string }[];
}

/** The line that lists a question, spelled as the file spells it. */
const activeLine = (id: string): string => `  - ${id}`;
const retiredLine = (id: string): string => `  - { id: ${id}, retired: true }`;

/**
 * Index problems: a bank question with no number (it must be appended), a question listed twice, and a
 * line whose question left the bank without being marked retired. Each names the file, the id and the fix.
 */
export function questionIndexProblems(index: QuestionIndexRef, bank: readonly BankFileRef[]): string[] {
  const problems: string[] = [];
  const inBank = new Set(bank.flatMap((quiz) => quiz.questions.map((question) => question.id)));
  const numberOf = new Map<string, number>();
  const retiredAs = new Map<string, number>();
  index.entries.forEach((entry, number) => {
    if (entry.retired) {
      retiredAs.set(entry.id, number);
      return;
    }
    const first = numberOf.get(entry.id);
    if (first !== undefined) {
      problems.push(
        `${index.file} → "${entry.id}": listed twice, as number ${first} and number ${number}; a question keeps its first number, so mark the later line retired where it is: "${retiredLine(entry.id).trim()}" (never delete a line above the last: the numbers after it would shift)`,
      );
      return;
    }
    numberOf.set(entry.id, number);
    if (!inBank.has(entry.id)) {
      problems.push(
        `${index.file} → "${entry.id}" (number ${number}): no quiz has this question any more; keep its line and mark it retired where it is: "${retiredLine(entry.id).trim()}" (deleting the line would shift the number of every question after it)`,
      );
    }
  });
  for (const quiz of bank) {
    for (const { id } of quiz.questions) {
      if (numberOf.has(id)) continue;
      const retired = retiredAs.get(id);
      const why = retired === undefined ? 'a new question needs a number' : `it was retired as number ${retired}, and a question that comes back gets a new number`;
      problems.push(`${quiz.file} → question "${id}": it is not in ${index.file} (${why}); append this line at the end of ${index.file}: "${activeLine(id)}"`);
    }
  }
  return problems;
}

/**
 * How `current` breaks the append-only rule compared with an older copy of the index (`before`): a line
 * deleted, moved or inserted above the end (reported once, at the first number that changed), or a retired
 * question brought back under its old number.
 */
export function appendOnlyProblems(before: QuestionIndex, current: QuestionIndex, file: string): string[] {
  const problems: string[] = [];
  const shared = Math.min(before.length, current.length);
  for (let number = 0; number < shared; number++) {
    const was = before[number]!;
    const now = current[number]!;
    if (was.id !== now.id) {
      problems.push(
        `${file}: number ${number} was "${was.id}" and is now "${now.id}": lines were reordered, inserted or deleted above the end; put them back in their old order and append new questions at the end (links already made name questions by number)`,
      );
      return problems;
    }
    if (was.retired && !now.retired) {
      problems.push(`${file} → "${now.id}" (number ${number}): a retired number cannot come back; mark it retired again and append the question as a new line at the end`);
    }
  }
  if (current.length < before.length) {
    problems.push(
      `${file}: the list has ${current.length} lines where it had ${before.length}; lines were deleted from the end: put them back (retired if their questions left the bank)`,
    );
  }
  return problems;
}
