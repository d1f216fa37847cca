import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { betterPlay, gameRecordKind, playCount, PLAY_LIMIT, type GameRecord } from '../../src/lib/progress/gameRecord';
import { mergeGameRecords, recordAfterPlay } from '../../src/lib/progress/gameRecordUpdates';
import { decodeRecord, encodeRecord } from '../../src/lib/progress/recordCodec';

const result = (score: number, seconds: number, at = 1) => ({ score, total: 16, seconds, at });
/** A game record version 1 really saved: three plays, written by the last version-1 code. */
const v1 = readFileSync(new URL('../fixtures/progress/v1-game.json', import.meta.url), 'utf8');

describe('betterPlay', () => {
  it('keeps the most right, then the fastest, then the earlier', () => {
    expect(betterPlay(undefined, result(10, 90))).toEqual(result(10, 90));
    expect(betterPlay(result(10, 90), result(12, 200))).toEqual(result(12, 200));
    expect(betterPlay(result(12, 200), result(12, 100, 2))).toEqual(result(12, 100, 2));
    expect(betterPlay(result(12, 100), result(12, 100, 3))).toEqual(result(12, 100));
    expect(betterPlay(result(12, 100, 3), result(12, 100))).toEqual(result(12, 100));
    expect(betterPlay(result(12, 100), result(11, 20))).toEqual(result(12, 100));
  });
});

describe('recordAfterPlay', () => {
  it('counts a play once, keeps it in the history and the best', () => {
    const first = recordAfterPlay(gameRecordKind.empty(), 'p1', { score: 10, total: 16, seconds: 90 }, 5);
    expect(first).toEqual({ v: 2, history: [{ ...result(10, 90, 5), id: 'p1' }], earlier: 0, best: result(10, 90, 5) });
    expect(recordAfterPlay(first, 'p1', { score: 10, total: 16, seconds: 90 }, 6)).toBe(first);
    const second = recordAfterPlay(first, 'p2', { score: 8, total: 16, seconds: 40 }, 7);
    expect(playCount(second)).toBe(2);
    expect(second.history.at(-1)).toEqual({ ...result(8, 40, 7), id: 'p2' });
    expect(second.best).toEqual(result(10, 90, 5));
  });

  it('keeps a bounded history, counting the plays that fall out of it', () => {
    let record = gameRecordKind.empty();
    for (let play = 0; play <= PLAY_LIMIT; play++) record = recordAfterPlay(record, `p${play}`, { score: 1, total: 16, seconds: 9 }, play);
    expect(record.history).toHaveLength(PLAY_LIMIT);
    expect(playCount(record)).toBe(PLAY_LIMIT + 1);
  });
});

describe('reading a game record', () => {
  it('round-trips, drops what does not fit, and never throws', () => {
    const record: GameRecord = {
      v: 2,
      history: [
        { ...result(10, 90, 1), id: 'p1' },
        { ...result(8, 40, 2), id: 'p2' },
      ],
      earlier: 0,
      best: result(10, 90, 1),
    };
    expect(decodeRecord(gameRecordKind, encodeRecord(record), 'roles')).toEqual({ status: 'ok', record, dropped: [] });
    const broken = decodeRecord(
      gameRecordKind,
      JSON.stringify({
        ...record,
        earlier: -1,
        history: [...record.history, { score: 3 }],
        best: { score: 20, total: 16, seconds: 1, at: 1 },
      }),
      'roles',
    );
    expect(broken).toEqual({ status: 'ok', record, dropped: ['earlier', 'history.2', 'best'] });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify({ v: 1, best: value, last: value, plays: value })),
          fc.jsonValue().map((value) => JSON.stringify({ v: 2, best: value, history: value, earlier: value })),
        ),
        (raw) => {
          const decoded = decodeRecord(gameRecordKind, raw, 'roles');
          expect(['ok', 'unreadable', 'newer']).toContain(decoded.status);
          if (decoded.status === 'ok') expect(playCount(decoded.record)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('upgrades a version-1 record: its play count and best kept, its last play in the history', () => {
    const old = JSON.parse(v1);
    const decoded = decodeRecord(gameRecordKind, v1, 'roles');
    expect(decoded.status).toBe('ok');
    if (decoded.status !== 'ok') return;
    expect(decoded.dropped).toEqual([]);
    expect(decoded.record.history).toEqual([{ ...old.last, id: old.lastPlay }]);
    expect(playCount(decoded.record)).toBe(old.plays);
    expect(decoded.record.best).toEqual(old.best);
  });
});

const recordArb: fc.Arbitrary<GameRecord> = fc
  .record({ ids: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 5 }), earlier: fc.nat(3) })
  .map(({ ids, earlier }) =>
    gameRecordKind.read(
      {
        v: 2,
        // A play id names one play: the same id always carries the same result.
        history: ids.map((id) => ({ id, score: id.charCodeAt(0) % 17, total: 16, seconds: id.charCodeAt(0), at: id.charCodeAt(0) * 10 })),
        earlier,
      },
      [],
    ),
  );

describe('mergeGameRecords', () => {
  it('is commutative and idempotent, counts each play once and keeps the better best', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const merged = mergeGameRecords(a, b);
        expect(mergeGameRecords(b, a)).toEqual(merged);
        expect(mergeGameRecords(merged, merged)).toEqual(merged);
        expect(mergeGameRecords(merged, b)).toEqual(merged);
        expect(merged.history.length).toBe(new Set([...a.history, ...b.history].map((play) => play.id)).size);
        for (const best of [a.best, b.best]) if (best) expect(betterPlay(merged.best, best)).toEqual(merged.best);
      }),
    );
  });
});
