import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededRandom } from '../../src/lib/quiz/random';
import { MAX_SEED } from '../../src/lib/quiz/seeds';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, and a different one for another seed', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => random(0, 1000));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays within the bounds, both included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SEED }), fc.integer({ min: -50, max: 50 }), fc.nat(50), (seed, min, span) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const value = random(min, min + span);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(min + span);
        }
      }),
    );
  });
});

describe('seededRandom distribution', () => {
  it('spreads values evenly over a range (no value is favoured)', () => {
    const random = seededRandom(2024);
    const counts = Array.from({ length: 6 }, () => 0);
    for (let i = 0; i < 60_000; i++) counts[random(0, 5)]!++;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });
});
