import { describe, expect, it } from 'vitest';
import { coverageEntrySchema } from '../../src/lib/content/coverageSchema';

const row = {
  id: 'paypal',
  article: '3 roles in a digital ecosystem',
  claim: 'PayPal is a modular producer.',
  teaches: 'three-roles#modular-producer',
};

describe('coverageEntrySchema', () => {
  it('accepts a complete row', () => {
    expect(coverageEntrySchema.safeParse(row).success).toBe(true);
  });

  it('explains the target format when it is wrong', () => {
    const result = coverageEntrySchema.safeParse({ ...row, teaches: 'three-roles/modular-producer' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'write it as "<lesson slug>#<heading id>", e.g. "three-roles#orchestrator"',
    ]);
  });

  it('requires the claim', () => {
    const { claim: _claim, ...rest } = row;
    expect(coverageEntrySchema.safeParse(rest).success).toBe(false);
  });
});
