import { describe, expect, it } from 'vitest';
import { isPassing, PASS_MARK } from '../../src/lib/quiz/passMark';
import { formatScore, neededToPass, PASS_PERCENT, percent } from '../../src/lib/quiz/scoring';

describe('pass mark', () => {
  it('is 80 % for the whole site', () => {
    expect(PASS_MARK).toBe(0.8);
  });

  it.each([
    [8, 10, true],
    [7, 10, false],
    [12, 15, true],
    [11, 15, false],
    [0, 0, false],
  ])('%d of %d passes: %s', (score, total, passes) => {
    expect(isPassing({ score, total })).toBe(passes);
  });
});

describe('formatScore and the pass mark in words', () => {
  it('read the same everywhere', () => {
    expect(formatScore({ score: 9, total: 12 })).toBe('9 of 12 (75 %)');
    expect(PASS_PERCENT).toBe(80);
    expect(neededToPass(15)).toBe(12);
    expect(neededToPass(10)).toBe(8);
    expect(neededToPass(12)).toBe(10);
  });
});

describe('percent', () => {
  it('rounds down, so a fail never shows as 80 %', () => {
    expect(percent({ score: 11, total: 14 })).toBe(78);
    expect(percent({ score: 4, total: 5 })).toBe(80);
    expect(percent({ score: 0, total: 0 })).toBe(0);
  });
});
