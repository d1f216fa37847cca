import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawExam, EXAM_LENGTH } from '../../src/lib/quiz/examDraw';
import { arbitraryPool, sampleBank } from '../support/quizFixtures';

const bank = sampleBank(6, 12);

describe('drawExam', () => {
  it('draws 15 different questions', () => {
    const drawn = drawExam(bank, 123);
    expect(EXAM_LENGTH).toBe(15);
    expect(drawn).toHaveLength(15);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(15);
  });

  it('is reproducible from the seed, and another seed draws differently', () => {
    expect(drawExam(bank, 123)).toEqual(drawExam(bank, 123));
    expect(drawExam(bank, 123).map((q) => q.id)).not.toEqual(drawExam(bank, 124).map((q) => q.id));
  });

  it('spreads the draw over every lesson, 2 or 3 questions each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (seed) => {
        const perLesson = new Map<string, number>();
        for (const question of drawExam(bank, seed)) perLesson.set(question.lesson, (perLesson.get(question.lesson) ?? 0) + 1);
        expect(perLesson.size).toBe(6);
        for (const count of perLesson.values()) expect([2, 3]).toContain(count);
      }),
    );
  });

  it('takes what there is when a lesson is short, and never more than the bank', () => {
    const uneven = [
      ...sampleBank(1, 1),
      ...sampleBank(3, 10).map((q) => ({ ...q, id: `x-${q.id}`, fact: `x-${q.fact}`, lesson: `x-${q.lesson}` })),
    ];
    const drawn = drawExam(uneven, 5);
    expect(drawn).toHaveLength(15);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(15);
    expect(drawExam(sampleBank(2, 3), 5)).toHaveLength(6);
  });

  it('never draws two questions on the same fact, even across lessons', () => {
    fc.assert(
      fc.property(arbitraryPool, fc.integer({ min: 1, max: 999_999 }), (questions, seed) => {
        const drawn = drawExam(questions, seed);
        expect(new Set(drawn.map((question) => question.fact)).size).toBe(drawn.length);
        expect(drawn.length).toBe(Math.min(EXAM_LENGTH, new Set(questions.map((question) => question.fact)).size));
      }),
    );
  });
});
