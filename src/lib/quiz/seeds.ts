/*
 * The numbers a learner sees: an attempt's seed, shown on the exam as its "draw number", typed in or carried
 * by a link. Apart from the generator (random.ts), because the exam page reads a draw number as it loads
 * while the generator is only needed once an attempt starts.
 */

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
