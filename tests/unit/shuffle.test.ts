import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededRandom } from '../../src/lib/quiz/random';
import { shuffle, shuffledIndexes } from '../../src/lib/quiz/shuffle';

describe('shuffle', () => {
  it('is a permutation of its input and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 999_999 }), (items, seed) => {
        const before = [...items];
        const result = shuffle(items, seededRandom(seed));
        expect(items).toEqual(before);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('is reproducible from the seed', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 1, max: 999_999 }), (items, seed) => {
        expect(shuffle(items, seededRandom(seed))).toEqual(shuffle(items, seededRandom(seed)));
      }),
    );
  });

  it('reaches every order of three items over many seeds (no order is impossible)', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) seen.add(shuffle(['a', 'b', 'c'], seededRandom(seed)).join(''));
    expect(seen.size).toBe(6);
  });
});

describe('shuffledIndexes', () => {
  it('is a permutation of 0..n-1', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.integer({ min: 1, max: 999_999 }), (count, seed) => {
        expect(shuffledIndexes(count, seededRandom(seed)).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
      }),
    );
  });
});
