import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRead, lessonRecordJoin, lessonRecordKind, markedRead } from '../../src/lib/progress/lessonRecord';
import { decodeRecord, encodeRecord } from '../../src/lib/progress/recordCodec';

describe('the lesson-read record', () => {
  it('is read from the first time it is marked, and stays so', () => {
    const unread = lessonRecordKind.empty();
    expect(isRead(unread)).toBe(false);
    expect(isRead(undefined)).toBe(false);
    const read = markedRead(unread, 500);
    expect(read).toEqual({ v: 1, readAt: 500 });
    expect(markedRead(read, 900)).toBe(read);
    expect(isRead(read)).toBe(true);
  });

  it('merges to read, at the earlier time, in either order', () => {
    fc.assert(
      fc.property(fc.option(fc.nat()), fc.option(fc.nat()), (x, y) => {
        const a = x === null ? lessonRecordKind.empty() : { v: 1 as const, readAt: x };
        const b = y === null ? lessonRecordKind.empty() : { v: 1 as const, readAt: y };
        const merged = lessonRecordJoin.merge(a, b);
        expect(lessonRecordJoin.merge(b, a)).toEqual(merged);
        expect(lessonRecordJoin.merge(merged, merged)).toEqual(merged);
        expect(isRead(merged)).toBe(isRead(a) || isRead(b));
      }),
    );
  });

  it('reads what it writes, and drops a time that is not one', () => {
    expect(decodeRecord(lessonRecordKind, encodeRecord({ v: 1, readAt: 3 }), 'x')).toEqual({
      status: 'ok',
      record: { v: 1, readAt: 3 },
      dropped: [],
    });
    expect(decodeRecord(lessonRecordKind, '{"v":1,"readAt":"yesterday"}', 'x')).toEqual({
      status: 'ok',
      record: { v: 1 },
      dropped: ['readAt'],
    });
  });
});
