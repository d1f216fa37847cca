import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { betterPlay, gameRecordKind, recordAfterPlay } from '../../src/lib/progress/gameRecord';
import { decodeRecord, encodeRecord } from '../../src/lib/progress/recordCodec';

const result = (score: number, seconds: number, at = 1) => ({ score, total: 16, seconds, at });

describe('betterPlay', () => {
  it('keeps the most right, then the fastest, and an earlier equal play', () => {
    expect(betterPlay(undefined, result(10, 90))).toEqual(result(10, 90));
    expect(betterPlay(result(10, 90), result(12, 200))).toEqual(result(12, 200));
    expect(betterPlay(result(12, 200), result(12, 100, 2))).toEqual(result(12, 100, 2));
    expect(betterPlay(result(12, 100), result(12, 100, 3))).toEqual(result(12, 100));
    expect(betterPlay(result(12, 100), result(11, 20))).toEqual(result(12, 100));
  });
});

describe('recordAfterPlay', () => {
  it('counts a play once, keeps the last and the best', () => {
    const first = recordAfterPlay(gameRecordKind.empty(), 'p1', { score: 10, total: 16, seconds: 90 }, 5);
    expect(first).toEqual({ v: 1, plays: 1, last: result(10, 90, 5), best: result(10, 90, 5), lastPlay: 'p1' });
    expect(recordAfterPlay(first, 'p1', { score: 10, total: 16, seconds: 90 }, 6)).toBe(first);
    const second = recordAfterPlay(first, 'p2', { score: 8, total: 16, seconds: 40 }, 7);
    expect(second).toMatchObject({ plays: 2, last: result(8, 40, 7), best: result(10, 90, 5) });
  });
});

describe('reading a game record', () => {
  it('round-trips, drops what does not fit, and never throws', () => {
    const record = { v: 1 as const, plays: 2, last: result(8, 40), best: result(10, 90), lastPlay: 'p2' };
    expect(decodeRecord(gameRecordKind, encodeRecord(record), 'roles')).toEqual({ status: 'ok', record, dropped: [] });
    const broken = decodeRecord(
      gameRecordKind,
      JSON.stringify({ ...record, plays: -1, best: { score: 20, total: 16, seconds: 1, at: 1 } }),
      'roles',
    );
    expect(broken).toEqual({
      status: 'ok',
      record: { v: 1, plays: 0, last: result(8, 40), best: result(8, 40), lastPlay: 'p2' },
      dropped: ['plays', 'best'],
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify({ v: 1, best: value, last: value, plays: value })),
        ),
        (raw) => {
          expect(['ok', 'unreadable', 'newer']).toContain(decodeRecord(gameRecordKind, raw, 'roles').status);
        },
      ),
    );
  });
});
