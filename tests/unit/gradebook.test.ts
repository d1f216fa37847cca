import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue } from '../../src/lib/quiz/questionTypes';
import type { Assignment } from '../../src/lib/teach/assignment';
import { gradebook, handInKey, type GradebookEntry } from '../../src/lib/teach/gradebook';
import type { LearnerResult } from '../../src/lib/teach/grading';
import { rightAnswer } from '../support/answers';
import { sampleQuiz } from '../support/quizFixtures';
import { sampleAssignment, sampleBank } from '../support/teachFixtures';

const bank = sampleBank;
const assignment: Assignment = sampleAssignment({ order: 'shuffled', feedback: 'graded', passPercent: 80 });
const right = sampleQuiz.map(rightAnswer);
const result = (name: string, answers: (AnswerValue | undefined)[] = right, finishedAt = 1_000): LearnerResult => ({
  name,
  answers,
  seconds: 90,
  finishedAt,
});

describe('gradebook', () => {
  it('grades each hand-in once: the same name, answers and finish time twice is flagged and counted once', () => {
    const book = gradebook(assignment, bank, [
      { result: result('Ada') },
      { result: result('Bo', [0, [0], true, undefined]) },
      { result: result(' Ada ') },
    ]);
    expect(book.learners.map((learner) => learner.name)).toEqual(['Ada', 'Bo']);
    expect(book.positions).toEqual([0, 1]);
    expect(book.duplicates).toEqual([
      { index: 2, sameAs: 0, name: ' Ada ', message: 'Result 3 ( Ada ) is the same hand-in as result 1: it is counted once.' },
    ]);
    expect(book.analysis).toMatchObject({ learners: 2, passed: 1 });
  });

  it('the same name with other answers, or finished at another time, is another hand-in', () => {
    const book = gradebook(assignment, bank, [
      { result: result('Ada') },
      { result: result('Ada', [0, [0], true, undefined]) },
      { result: result('Ada', right, 2_000) },
    ]);
    expect(book.learners).toHaveLength(3);
    expect(book.duplicates).toEqual([]);
  });

  it('an explicit duplicate key (the code itself) makes entries one hand-in whatever they hold', () => {
    const book = gradebook(assignment, bank, [
      { result: result('Ada'), duplicateKey: 'code-1' },
      { result: result('Bo'), duplicateKey: 'code-1' },
      { result: result('Cy'), duplicateKey: 'code-2' },
    ]);
    expect(book.learners.map((learner) => learner.name)).toEqual(['Ada', 'Cy']);
    expect(book.duplicates.map((entry) => [entry.index, entry.sameAs])).toEqual([[1, 0]]);
  });

  it('lists a result it cannot grade with its reason, never dropping it', () => {
    const book = gradebook(assignment, bank, [{ result: result('Ada', [true]) }, { result: result('Bo') }]);
    expect(book.rejected).toEqual([{ index: 0, name: 'Ada', error: expect.objectContaining({ kind: 'answer-count' }) }]);
    expect(book.learners.map((learner) => learner.name)).toEqual(['Bo']);
  });

  it('an unanswered question and a null answer are told apart', () => {
    expect(handInKey(result('Ada', [undefined]))).not.toBe(handInKey(result('Ada', [null])));
  });

  it('every entry lands in exactly one list, whatever comes in', () => {
    const entry: fc.Arbitrary<GradebookEntry> = fc.record({
      result: fc.record({
        name: fc.constantFrom('Ada', 'Bo', 'Ada '),
        answers: fc.oneof(
          fc.constant(right),
          fc.array(fc.constantFrom<AnswerValue | undefined>(undefined, 0, 1, true, [0]), { minLength: 3, maxLength: 5 }),
        ),
        seconds: fc.nat(),
        finishedAt: fc.constantFrom(1, 2),
      }),
      duplicateKey: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const book = gradebook(assignment, bank, entries);
        const indexes = [
          ...book.positions,
          ...book.duplicates.map((entry) => entry.index),
          ...book.rejected.map((entry) => entry.index),
        ].sort((a, b) => a - b);
        expect(indexes).toEqual(entries.map((_, index) => index));
        for (const duplicate of book.duplicates) expect(duplicate.sameAs).toBeLessThan(duplicate.index);
      }),
    );
  });
});
