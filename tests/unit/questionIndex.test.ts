import { describe, expect, it } from 'vitest';
import { questionNumbers } from '../../src/lib/teach/questionIndex';

describe('questionNumbers', () => {
  it('numbers questions by position from 0, leaving retired lines out but keeping their places', () => {
    const index = [
      { id: 'a', retired: false },
      { id: 'gone', retired: true },
      { id: 'b', retired: false },
    ];
    expect([...questionNumbers(index)]).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });

  it('gives a question that came back after retirement its new number', () => {
    expect(
      questionNumbers([
        { id: 'a', retired: true },
        { id: 'a', retired: false },
      ]).get('a'),
    ).toBe(1);
  });
});
