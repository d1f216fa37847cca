import { describe, expect, it } from 'vitest';
import { newSeed, parseSeed } from '../../src/lib/quiz/seeds';

describe('newSeed', () => {
  it('hands out whole numbers a learner can type back', () => {
    for (let i = 0; i < 100; i++) expect(parseSeed(String(newSeed()))).toBeDefined();
  });
});

describe('parseSeed', () => {
  it.each([
    ['123', 123],
    [' 42 ', 42],
    ['999999', 999999],
  ])('reads %j as %d', (text, seed) => {
    expect(parseSeed(text)).toBe(seed);
  });

  it.each([null, undefined, '', '0', '1000000', '-5', '12.5', 'abc', '1e3', '12 34'])('rejects %j', (text) => {
    expect(parseSeed(text)).toBeUndefined();
  });
});
