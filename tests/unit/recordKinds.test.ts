import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../src/lib/progress/recordKinds';
import { RECORD_VERSIONS } from '../../src/lib/progress/recordFields';

describe('the registry of record kinds', () => {
  it('has every kind of record under its storage name, at the version this code writes', () => {
    expect(Object.keys(RECORD_KINDS).sort()).toEqual(Object.keys(RECORD_VERSIONS).sort());
    for (const [name, { kind }] of Object.entries(RECORD_KINDS)) {
      expect(kind.name).toBe(name);
      expect(kind.version).toBe(RECORD_VERSIONS[name as keyof typeof RECORD_VERSIONS]);
      expect((kind.empty() as { v: number }).v).toBe(kind.version);
    }
  });

  it("joins a kind's empty record with itself into the empty record", () => {
    for (const { kind, join } of Object.values(RECORD_KINDS)) expect(join.merge(kind.empty(), kind.empty())).toEqual(kind.empty());
  });
});
