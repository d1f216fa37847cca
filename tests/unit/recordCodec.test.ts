import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeRecord, encodeRecord, migrate, recordOf, type RecordKind } from '../../src/lib/progress/recordCodec';
import { isAnswerValue } from '../../src/lib/progress/quizRecord';

/** A small kind of record for testing the codec on its own: a count that was once called `tries`. */
interface Counter {
  v: 2;
  count: number;
}
const counter: RecordKind<Counter> = {
  name: 'counter',
  version: 2,
  migrations: {
    0: (data) => ({ ...data, tries: data['tries'] ?? 0 }),
    1: (data, id) => ({ count: id === 'doubled' ? Number(data['tries']) * 2 : data['tries'] }),
  },
  empty: () => ({ v: 2, count: 0 }),
  read(data, dropped) {
    const count = data['count'];
    if (Number.isInteger(count)) return { v: 2, count: count as number };
    if ('count' in data) dropped.push('count');
    return { v: 2, count: 0 };
  },
};

describe('decodeRecord', () => {
  it('round-trips what encode writes', () => {
    expect(decodeRecord(counter, encodeRecord({ v: 2, count: 3 }), 'x')).toEqual({ status: 'ok', record: { v: 2, count: 3 }, dropped: [] });
  });

  it.each(['', 'not json', '[1,2]', '42', 'null', '"text"', '{}', '{"v":"1"}', '{"v":-1}', '{"v":1.5}'])('calls %j unreadable', (raw) => {
    expect(decodeRecord(counter, raw, 'x')).toEqual({ status: 'unreadable', raw });
  });

  it("keeps a newer version's record untouched", () => {
    const raw = JSON.stringify({ v: 3, everything: 'different' });
    expect(decodeRecord(counter, raw, 'x')).toEqual({ status: 'newer', version: 3, raw });
  });

  it('names the parts it could not read', () => {
    expect(decodeRecord(counter, '{"v":2,"count":"three"}', 'x')).toEqual({ status: 'ok', record: { v: 2, count: 0 }, dropped: ['count'] });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ v: 1, x: value })),
        ),
        fc.string(),
        (raw, id) => {
          expect(['ok', 'unreadable', 'newer']).toContain(decodeRecord(counter, raw, id).status);
        },
      ),
    );
  });
});

describe('migrations', () => {
  it('run in order from an old version up to the current one, knowing the record id', () => {
    expect(migrate(counter, { v: 0, tries: 3 }, 0, 'x')).toEqual({ v: 2, count: 3 });
    expect(migrate(counter, { v: 1, tries: 3 }, 1, 'doubled')).toEqual({ v: 2, count: 6 });
    expect(decodeRecord(counter, '{"v":0,"tries":4}', 'x')).toEqual({ status: 'ok', record: { v: 2, count: 4 }, dropped: [] });
  });

  it('treat a version with no migration path, or a migration that throws, as unreadable', () => {
    expect(migrate({ ...counter, migrations: {} }, { v: 0 }, 0, 'x')).toBeUndefined();
    const throwing = {
      ...counter,
      migrations: {
        ...counter.migrations,
        1: () => {
          throw new Error('bad data');
        },
      },
    };
    expect(decodeRecord(throwing, '{"v":1,"tries":2}', 'x').status).toBe('unreadable');
  });
});

describe('recordOf', () => {
  it('gives the empty record for nothing or garbage, and says when a newer version wrote it', () => {
    expect(recordOf(counter, undefined)).toEqual({ record: { v: 2, count: 0 }, newer: false });
    expect(recordOf(counter, { status: 'unreadable', raw: 'x' })).toEqual({ record: { v: 2, count: 0 }, newer: false });
    expect(recordOf(counter, { status: 'newer', version: 9, raw: '{}' })).toEqual({ record: { v: 2, count: 0 }, newer: true });
    expect(recordOf(counter, { status: 'ok', record: { v: 2, count: 5 }, dropped: [] })).toEqual({
      record: { v: 2, count: 5 },
      newer: false,
    });
  });
});

describe('isAnswerValue', () => {
  it('accepts the JSON shapes answers take, and nothing else', () => {
    for (const value of [0, 3, true, false, null, [0, 2], [1, null], [[0], [1]]]) expect(isAnswerValue(value)).toBe(true);
    for (const value of [{ evil: true }, 'text', [{}], Number.NaN, undefined]) expect(isAnswerValue(value)).toBe(false);
  });
});
