import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue } from '../../src/lib/quiz/questionTypes';
import { scoreAttempt } from '../../src/lib/quiz/scoreAttempt';
import { rightAnswer } from '../support/answers';
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
          const perfect = Object.fromEntries(questions.map((q) => [q.id, rightAnswer(q)]));
          const full = scoreAttempt(questions, perfect);
          expect(full.score).toBe(questions.length);
          expect(full.passed).toBe(true);
          const partial: Record<string, AnswerValue> = Object.fromEntries(Object.entries(perfect).filter((_, i) => keep[i]));
          const some = scoreAttempt(questions, partial);
          expect(some.score).toBeGreaterThanOrEqual(0);
          expect(some.score).toBeLessThanOrEqual(some.total);
        },
      ),
    );
  });
});
