import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

/** A source of integers in [min, max], reproducible from its seed. */
export type RandomInt = (min: number, max: number) => number;

/**
 * A seeded generator (pure-rand's xoroshiro128+ with an unbiased integer distribution): the same
 * seed always gives the same shuffles and the same exam draw, so tests and teachers can reproduce them.
 */
export function seededRandom(seed: number): RandomInt {
  const generator = xoroshiro128plus(seed);
  return (min, max) => uniformInt(generator, min, max);
}

/** The largest seed we hand out: six digits are easy to read aloud and type back in. */
export const MAX_SEED = 999_999;

/** A fresh seed for a new attempt. Not for security: it only has to differ between attempts. */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * MAX_SEED);
}

/** Reads a seed a learner typed or a link carried; undefined unless it is a whole number 1..MAX_SEED. */
export function parseSeed(text: string | null | undefined): number | undefined {
  if (!text || !/^\s*\d{1,6}\s*$/.test(text)) return undefined;
  const seed = Number(text);
  return seed >= 1 && seed <= MAX_SEED ? seed : undefined;
}
