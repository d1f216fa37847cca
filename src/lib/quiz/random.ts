/** A source of integers in [min, max], reproducible from its seed. */
export type RandomInt = (min: number, max: number) => number;

/**
 * A seeded generator: the same seed always gives the same shuffles and the same exam draw, so tests and
 * teachers can reproduce them. Mulberry32 (a well-known 32-bit generator) with rejection sampling so
 * every integer in the range is equally likely. Hand-written on purpose: it ships on every lesson page
 * with a quiz, and the library alternative (pure-rand) cost ~0.9 KB gzipped there against ~0.1 KB here.
 */
export function seededRandom(seed: number): RandomInt {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return (min, max) => {
    const span = max - min + 1;
    // Reject the top sliver of 2^32 that would make small values more likely than large ones.
    const limit = 2 ** 32 - (2 ** 32 % span);
    let value = next();
    while (value >= limit) value = next();
    return min + (value % span);
  };
}

/**
 * A fresh id for an attempt: unique enough that two attempts on two devices never share one (so merging
 * progress can tell them apart), short enough to store by the hundred. Not a secret.
 */
export function newAttemptId(): string {
  return `${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}
