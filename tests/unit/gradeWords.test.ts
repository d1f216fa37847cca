import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishedWords } from '../../src/lib/teach/gradeWords';

describe('finishedWords', () => {
  it('writes a local day and time, zero-padded, to the minute', () => {
    const local = new Date(2026, 2, 4, 9, 5, 59).getTime();
    expect(finishedWords(local)).toBe('2026-03-04 09:05');
  });

  it('is blank for what is not a time', () => {
    expect(finishedWords(Number.NaN)).toBe('');
    expect(finishedWords(8.64e15 + 1)).toBe('');
  });

  it('always has the same shape for any real time, and reads back to the same minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (time) => {
        const words = finishedWords(time);
        expect(words).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
        const [day, clock] = words.split(' ') as [string, string];
        const [year, month, date] = day.split('-').map(Number) as [number, number, number];
        const [hours, minutes] = clock.split(':').map(Number) as [number, number];
        const minute = new Date(year, month - 1, date, hours, minutes).getTime();
        // Within the minute it names (an hour either way where a clock change repeats or skips it).
        expect(Math.abs(time - minute)).toBeLessThan(60_000 + 3_600_000);
      }),
    );
  });
});
