import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawQuiz, poolProblems, QUIZ_LENGTH, quizLength } from '../../src/lib/quiz/quizDraw';
import { arbitraryPool, sampleBank } from '../support/quizFixtures';

const pool = sampleBank(1, 20);

describe('drawQuiz', () => {
  it(`draws ${QUIZ_LENGTH} different questions from a pool, reproducibly from its seed`, () => {
    const drawn = drawQuiz(pool, 11);
    expect(drawn).toHaveLength(QUIZ_LENGTH);
    expect(new Set(drawn.map((question) => question.id)).size).toBe(QUIZ_LENGTH);
    expect(drawQuiz(pool, 11)).toEqual(drawn);
  });

  it('another seed draws another set, so retrying is practice rather than memorising', () => {
    const sets = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        JSON.stringify(
          drawQuiz(pool, seed + 1)
            .map((q) => q.id)
            .sort(),
        ),
      ),
    );
    expect(sets.size).toBeGreaterThan(15);
  });

  it('covers every objective and never repeats a fact, whatever the pool and seed', () => {
    fc.assert(
      fc.property(arbitraryPool, fc.integer({ min: 1, max: 999_999 }), (questions, seed) => {
        const drawn = drawQuiz(questions, seed);
        const facts = drawn.map((question) => question.fact);
        expect(new Set(facts).size).toBe(facts.length);
        expect(drawn).toHaveLength(quizLength(questions));
        const objectives = new Set(questions.map((question) => question.objective));
        if (poolProblems(questions).length === 0) {
          // Every objective has a question whose fact is free when the objectives are drawn first,
          // unless facts are shared across objectives: then at least one of that fact's objectives is covered.
          const covered = new Set(drawn.map((question) => question.objective));
          for (const objective of objectives) {
            const candidates = questions.filter((question) => question.objective === objective);
            const blocked = candidates.every((question) =>
              drawn.some((other) => other.fact === question.fact && other.objective !== objective),
            );
            if (!blocked) expect(covered.has(objective)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('quizLength and poolProblems', () => {
  it('a pool with fewer facts than a quiz gives a shorter quiz; too many objectives is a problem', () => {
    expect(quizLength(sampleBank(1, 4))).toBe(4);
    expect(quizLength(pool)).toBe(QUIZ_LENGTH);
    expect(poolProblems(pool)).toEqual([]);
    const crowded = Array.from({ length: 12 }, (_, index) => ({ id: `q${index}`, objective: `o${index}`, fact: `f${index}` }));
    expect(poolProblems(crowded)).toEqual(['12 objectives cannot each be tested in a quiz of 10 questions']);
  });
});
