import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendOnlyProblems, questionIndexProblems } from '../../src/lib/content/crossChecksQuestionIndex';
import type { QuestionIndex } from '../../src/lib/teach/questionIndex';
import { readBankFiles, readQuestionIndex } from '../support/questionBank';

const file = 'content/question-index.yaml';
const active = (...ids: string[]): QuestionIndex => ids.map((id) => ({ id, retired: false }));
const bank = (...ids: string[]) => [{ file: 'content/quizzes/q.yaml', questions: ids.map((id) => ({ id })) }];

describe('questionIndexProblems', () => {
  it('accepts an index that numbers every question once, with removed ones retired', () => {
    const entries = [...active('a', 'b'), { id: 'gone', retired: true }, ...active('c')];
    expect(questionIndexProblems({ file, entries }, bank('c', 'a', 'b'))).toEqual([]);
  });

  it('asks for each missing question to be appended, showing the line, in bank order', () => {
    expect(questionIndexProblems({ file, entries: active('a') }, bank('b', 'a', 'c'))).toEqual([
      'content/quizzes/q.yaml → question "b": it is not in content/question-index.yaml (a new question needs a number); append this line at the end of content/question-index.yaml: "  - b"',
      'content/quizzes/q.yaml → question "c": it is not in content/question-index.yaml (a new question needs a number); append this line at the end of content/question-index.yaml: "  - c"',
    ]);
  });

  it('gives a question that comes back after retirement a new number', () => {
    const entries = [{ id: 'a', retired: true }];
    expect(questionIndexProblems({ file, entries }, bank('a'))).toEqual([
      'content/quizzes/q.yaml → question "a": it is not in content/question-index.yaml (it was retired as number 0, and a question that comes back gets a new number); append this line at the end of content/question-index.yaml: "  - a"',
    ]);
    expect(questionIndexProblems({ file, entries: [...entries, ...active('a')] }, bank('a'))).toEqual([]);
  });

  it('names a question listed twice with both numbers, and keeps the first', () => {
    expect(questionIndexProblems({ file, entries: active('a', 'b', 'a') }, bank('a', 'b'))).toEqual([
      'content/question-index.yaml → "a": listed twice, as number 0 and number 2; a question keeps its first number, so mark the later line retired where it is: "- { id: a, retired: true }" (never delete a line above the last: the numbers after it would shift)',
    ]);
  });

  it('asks for a question that left the bank to be retired in place, never deleted', () => {
    expect(questionIndexProblems({ file, entries: active('a', 'gone', 'b') }, bank('a', 'b'))).toEqual([
      'content/question-index.yaml → "gone" (number 1): no quiz has this question any more; keep its line and mark it retired where it is: "- { id: gone, retired: true }" (deleting the line would shift the number of every question after it)',
    ]);
  });

  it('lets retired lines repeat an id (each is only a placeholder for its number)', () => {
    const entries = [{ id: 'x', retired: true }, ...active('a'), { id: 'x', retired: true }];
    expect(questionIndexProblems({ file, entries }, bank('a'))).toEqual([]);
  });
});

describe('appendOnlyProblems', () => {
  const before = active('a', 'b', 'c');

  it('accepts the same list, lines appended, and lines retired in place', () => {
    expect(appendOnlyProblems(before, before, file)).toEqual([]);
    expect(appendOnlyProblems(before, active('a', 'b', 'c', 'd'), file)).toEqual([]);
    expect(appendOnlyProblems(before, [...active('a'), { id: 'b', retired: true }, ...active('c')], file)).toEqual([]);
  });

  it('reports a reordering once, at the first number that changed', () => {
    expect(appendOnlyProblems(before, active('a', 'c', 'b'), file)).toEqual([
      'content/question-index.yaml: number 1 was "b" and is now "c": lines were reordered, inserted or deleted above the end; put them back in their old order and append new questions at the end (links already made name questions by number)',
    ]);
  });

  it('reports a line inserted in the middle, or one deleted', () => {
    expect(appendOnlyProblems(before, active('a', 'new', 'b', 'c'), file)).toHaveLength(1);
    expect(appendOnlyProblems(before, active('a', 'c'), file)).toHaveLength(1);
  });

  it('reports lines deleted from the end', () => {
    expect(appendOnlyProblems(before, active('a', 'b'), file)).toEqual([
      'content/question-index.yaml: the list has 2 lines where it had 3; lines were deleted from the end: put them back (retired if their questions left the bank)',
    ]);
  });

  it('reports a retired number brought back', () => {
    expect(appendOnlyProblems([{ id: 'a', retired: true }], active('a'), file)).toEqual([
      'content/question-index.yaml → "a" (number 0): a retired number cannot come back; mark it retired again and append the question as a new line at the end',
    ]);
  });

  it('accepts any list extended by appending, and rejects any swap of two different lines', () => {
    const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(ids, fc.nat(), (list, extra) => {
        const old = active(...list.slice(0, list.length - (extra % list.length)));
        expect(appendOnlyProblems(old, active(...list), file)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(ids, fc.nat(), fc.nat(), (list, i, j) => {
        const [a, b] = [i % list.length, j % list.length];
        fc.pre(a !== b);
        const swapped = [...list];
        [swapped[a], swapped[b]] = [list[b]!, list[a]!];
        expect(appendOnlyProblems(active(...list), active(...swapped), file)).toHaveLength(1);
      }),
    );
  });
});

describe('the committed question index', () => {
  const index = readQuestionIndex();

  it('numbers every question of the bank once (what the build checks)', () => {
    const bankFiles = readBankFiles();
    expect(bankFiles.flatMap((quiz) => quiz.questions).length).toBeGreaterThan(0);
    expect(questionIndexProblems({ file, entries: index }, bankFiles)).toEqual([]);
  });

  it('still begins with every line of the snapshot, in order: links already made keep their questions', () => {
    const snapshot = readQuestionIndex('tests/fixtures/question-index-snapshot.yaml');
    expect(snapshot.length).toBeGreaterThan(0);
    expect(appendOnlyProblems(snapshot, index, file)).toEqual([]);
  });
});
