import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dueDayWords, madeDayWords } from '../../src/lib/teach/dueDayWords';

describe('a due day in words', () => {
  it('names the calendar day, the same in every time zone and browser', () => {
    expect(dueDayWords('2026-12-04')).toBe('Friday 4 December 2026');
    expect(dueDayWords('2024-02-29')).toBe('Thursday 29 February 2024');
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const words = dueDayWords(day);
        const expected = date.toLocaleDateString('en-GB', {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
        expect(words).toBe(expected.replace(',', ''));
      }),
    );
  });

  it('gives back text that is not a day as it is', () => {
    for (const text of ['', 'soon', '2026-13-45', '2026-02-30', '2026-12-04x', '26-12-04']) expect(dueDayWords(text)).toBe(text);
  });
});

describe('the day something was made, in words', () => {
  it('names the local day of the moment, or nothing for an unreadable one', () => {
    const moment = new Date(2026, 10, 26, 12, 0);
    expect(madeDayWords(moment.toISOString())).toBe('26 November 2026');
    expect(madeDayWords('not a time')).toBe('');
  });
});
