import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perfectAnswer } from '../../src/lib/quiz/evaluate';
import { betterScore, isPassing, PASS_MARK, percent, scoreAttempt } from '../../src/lib/quiz/scoring';
import type { Answer } from '../../src/lib/quiz/types';
import { arbitraryQuestion, sampleQuiz } from '../support/quizFixtures';

describe('scoreAttempt', () => {
  it('gives one point per fully right question', () => {
    const result = scoreAttempt(sampleQuiz, { 'roles-paypal': 1, 'roles-orchestrators': [0], 'roles-customer-business': false });
    expect(result.score).toBe(2);
    expect(result.total).toBe(4);
    expect(result.passed).toBe(false);
    expect(Object.keys(result.evaluations)).toEqual(sampleQuiz.map((question) => question.id));
  });

  it('scores between 0 and the total, and a perfect sheet scores full marks and passes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryQuestion, { minLength: 1, maxLength: 12, selector: (q) => q.id }),
        fc.array(fc.boolean()),
        (questions, keep) => {
          const perfect = Object.fromEntries(questions.map((q) => [q.id, perfectAnswer(q)]));
          const full = scoreAttempt(questions, perfect);
          expect(full.score).toBe(questions.length);
          expect(full.passed).toBe(true);
          const partial: Record<string, Answer> = Object.fromEntries(Object.entries(perfect).filter((_, i) => keep[i]));
          const some = scoreAttempt(questions, partial);
          expect(some.score).toBeGreaterThanOrEqual(0);
          expect(some.score).toBeLessThanOrEqual(some.total);
        },
      ),
    );
  });
});

describe('pass mark', () => {
  it('is 80 % for the whole site', () => {
    expect(PASS_MARK).toBe(0.8);
  });

  it.each([
    [8, 10, true],
    [7, 10, false],
    [12, 15, true],
    [11, 15, false],
    [0, 0, false],
  ])('%d of %d passes: %s', (score, total, passes) => {
    expect(isPassing({ score, total })).toBe(passes);
  });
});

describe('percent', () => {
  it('rounds down, so a fail never shows as 80 %', () => {
    expect(percent({ score: 11, total: 14 })).toBe(78);
    expect(percent({ score: 4, total: 5 })).toBe(80);
    expect(percent({ score: 0, total: 0 })).toBe(0);
  });
});

describe('betterScore', () => {
  it('keeps the higher share, and the earlier of two equal ones', () => {
    const first = { score: 8, total: 10, at: 1 };
    expect(betterScore(undefined, first)).toBe(first);
    expect(betterScore(first, { score: 9, total: 10, at: 2 }).at).toBe(2);
    expect(betterScore(first, { score: 8, total: 10, at: 3 }).at).toBe(1);
    expect(betterScore(first, { score: 5, total: 10, at: 4 }).at).toBe(1);
  });
});
