import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/readingTime';

describe('countWords', () => {
  it('counts the prose a reader sees', () => {
    expect(countWords('Amazon rents out **server** capacity.')).toBe(5);
  });

  it('ignores diagram markup, its text alternative and MDX comments', () => {
    const body = [
      'Two words',
      '<Figure caption="A caption here">',
      '<svg viewBox="0 0 10 10"><title id="t">Title words</title><desc id="d">Long description words</desc><text x="1">Label</text></svg>',
      '</Figure>',
      '{/* an author note */}',
    ].join('\n');
    expect(countWords(body)).toBe(2);
  });

  it('does not count link targets, only link text', () => {
    expect(countWords('See [lesson four](../three-roles/#orchestrator) now')).toBe(4);
  });

  it('does not count markdown table rules or list bullets as words', () => {
    expect(countWords('| a | b |\n|---|---|\n| c | d |\n\n- one\n- two')).toBe(6);
  });
});

describe('readingMinutes', () => {
  it('rounds up to whole minutes', () => {
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes('word '.repeat(WORDS_PER_MINUTE + 1))).toBe(2);
  });

  it('is at least one minute and grows with the text', () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(3000), (a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const minutes = (n: number) => readingMinutes('word '.repeat(n));
        expect(minutes(shorter)).toBeGreaterThanOrEqual(1);
        expect(minutes(shorter)).toBeLessThanOrEqual(minutes(longer));
      }),
    );
  });
});
