import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeMastery, MASTERY_MIN_RIGHT, objectiveMastery } from '../../src/lib/progress/mastery';

const latest = (entries: [string, boolean][]) => new Map(entries);

describe('objectiveMastery', () => {
  it('is not started until one of its questions is answered', () => {
    expect(objectiveMastery(['a', 'b', 'c'], latest([['x', true]]))).toEqual({ answered: 0, right: 0, total: 3, status: 'not-started' });
  });

  it('needs enough right answers, not one lucky one', () => {
    expect(objectiveMastery(['a', 'b', 'c'], latest([['a', true]])).status).toBe('learning');
    expect(
      objectiveMastery(
        ['a', 'b', 'c'],
        latest([
          ['a', true],
          ['b', true],
        ]),
      ).status,
    ).toBe('mastered');
    // An objective with a single question is mastered by getting that one right.
    expect(objectiveMastery(['a'], latest([['a', true]])).status).toBe('mastered');
  });

  it('counts the latest answers only: a wrong one put right stops counting', () => {
    const answers = latest([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
    expect(objectiveMastery(['a', 'b', 'c'], answers)).toMatchObject({ answered: 3, right: 2, status: 'learning' });
    answers.set('c', true);
    expect(objectiveMastery(['a', 'b', 'c'], answers)).toMatchObject({ right: 3, status: 'mastered' });
  });

  it('is never mastered with fewer right than required, and right never exceeds answered', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.string(), fc.boolean())),
        (questions, given) => {
          const mastery = objectiveMastery(questions, new Map(given));
          expect(mastery.right).toBeLessThanOrEqual(mastery.answered);
          expect(mastery.answered).toBeLessThanOrEqual(mastery.total);
          if (mastery.status === 'mastered') expect(mastery.right).toBeGreaterThanOrEqual(Math.min(MASTERY_MIN_RIGHT, questions.length));
        },
      ),
    );
  });

  it('says it in words', () => {
    expect(describeMastery(objectiveMastery(['a', 'b'], latest([])))).toBe('none of its 2 questions answered yet');
    expect(describeMastery(objectiveMastery(['a', 'b', 'c'], latest([['a', true]])))).toBe(
      '1 of 1 answered question right at your latest try (3 in all)',
    );
  });
});
