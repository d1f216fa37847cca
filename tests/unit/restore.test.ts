import { describe, expect, it } from 'vitest';
import { newAttempt } from '../../src/lib/quiz/quizMachine';
import { restorableAttempt } from '../../src/lib/quiz/restore';
import { sampleQuiz, single } from '../support/quizFixtures';

const saved = {
  ...newAttempt(sampleQuiz, { id: 'a', kind: 'full', feedback: 'after-each', draw: 4, seed: 4 }),
  answers: { 'roles-paypal': 1, 'roles-customer-business': false },
  checked: ['roles-paypal'],
  index: 2,
};

describe('restorableAttempt', () => {
  it('resumes an attempt that still fits the quiz', () => {
    expect(restorableAttempt(saved, sampleQuiz)).toEqual(saved);
  });

  it('has nothing to resume when nothing was saved', () => {
    expect(restorableAttempt(undefined, sampleQuiz)).toBeUndefined();
  });

  it('drops an attempt whose questions are gone or whose options changed', () => {
    expect(restorableAttempt(saved, sampleQuiz.slice(1))).toBeUndefined();
    const moreOptions = sampleQuiz.map((q) =>
      q.id === single.id ? { ...single, options: [...single.options, { text: 'New', feedback: 'x' }] } : q,
    );
    expect(restorableAttempt(saved, moreOptions)).toBeUndefined();
    expect(restorableAttempt({ ...saved, order: [...saved.order, saved.order[0]!] }, sampleQuiz)).toBeUndefined();
  });

  it('drops only the answers that no longer fit, and their checked marks', () => {
    const restored = restorableAttempt({ ...saved, answers: { ...saved.answers, 'roles-paypal': 9 } }, sampleQuiz);
    expect(restored?.answers).toEqual({ 'roles-customer-business': false });
    expect(restored?.checked).toEqual([]);
  });
});
