import type { RandomInt } from './random';

/** A new array with the items in random order (Fisher–Yates); the input is left alone. */
export function shuffle<T>(items: readonly T[], random: RandomInt): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = random(0, index);
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** A random order of the indexes 0..count-1. */
export function shuffledIndexes(count: number, random: RandomInt): number[] {
  return shuffle(
    Array.from({ length: count }, (_, index) => index),
    random,
  );
}
