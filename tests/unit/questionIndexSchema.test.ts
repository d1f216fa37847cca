import { describe, expect, it } from 'vitest';
import { questionIndexSchema } from '../../src/lib/content/questionIndexSchema';

describe('questionIndexSchema', () => {
  it('reads plain ids as questions in the bank and { id, retired: true } as retired ones, in order', () => {
    expect(questionIndexSchema.parse(['a-question', { id: 'gone', retired: true }, 'b'])).toEqual([
      { id: 'a-question', retired: false },
      { id: 'gone', retired: true },
      { id: 'b', retired: false },
    ]);
  });

  it.each([
    ['an id that is not a slug', ['Not A Slug']],
    ['retired: false (a line that is not retired is a plain id)', [{ id: 'a', retired: false }]],
    ['a field it does not know', [{ id: 'a', retired: true, note: 'x' }]],
    ['a missing id', [{ retired: true }]],
    ['not a list', 'a'],
  ])('rejects %s', (_case, value) => {
    expect(questionIndexSchema.safeParse(value).success).toBe(false);
  });
});
