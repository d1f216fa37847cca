import { describe, expect, it } from 'vitest';
import { capitalisedNumberWord, numberWord } from '../../src/lib/numberWords';

describe('numberWord', () => {
  it('writes small counts as words and larger ones as digits', () => {
    expect(numberWord(6)).toBe('six');
    expect(numberWord(15)).toBe('fifteen');
    expect(numberWord(20)).toBe('twenty');
    expect(numberWord(21)).toBe('21');
    expect(capitalisedNumberWord(15)).toBe('Fifteen');
    expect(capitalisedNumberWord(42)).toBe('42');
  });
});
