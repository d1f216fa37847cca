import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeQuizRecord,
  emptyQuizRecord,
  encodeQuizRecord,
  hasPassed,
  migrate,
  QUIZ_RECORD_VERSION,
  withFinishedAttempt,
  type QuizRecord,
} from '../../src/lib/progress/quizRecord';

const attempt = { kind: 'full', seed: 12, order: ['a', 'b'], optionOrder: { a: [1, 0, 2] }, answers: { a: 1 }, checked: ['a'], index: 1 };
const full: QuizRecord = {
  v: 1,
  attempts: 2,
  last: { score: 6, total: 10, at: 2000 },
  best: { score: 9, total: 10, at: 1000 },
  answers: { a: 1, b: [0, 2], c: true, d: [1, null] },
  current: attempt as NonNullable<QuizRecord['current']>,
};

describe('decodeQuizRecord', () => {
  it('round-trips what encode writes', () => {
    expect(decodeQuizRecord(encodeQuizRecord(full))).toEqual({ status: 'ok', record: full, dropped: [] });
  });

  it.each(['', 'not json', '[1,2]', '42', 'null', '"text"', '{}', '{"v":"1"}', '{"v":-1}', '{"v":1.5}'])('calls %j unreadable', (raw) => {
    expect(decodeQuizRecord(raw)).toEqual({ status: 'unreadable', raw });
  });

  it("keeps a newer version's record untouched", () => {
    const raw = JSON.stringify({ v: QUIZ_RECORD_VERSION + 1, everything: 'different' });
    expect(decodeQuizRecord(raw)).toEqual({ status: 'newer', version: QUIZ_RECORD_VERSION + 1, raw });
  });

  it('keeps the valid parts and names the dropped ones', () => {
    const raw = JSON.stringify({
      ...full,
      attempts: -3,
      last: { score: 11, total: 10, at: 1 },
      answers: { a: 1, b: 'hacked', c: { x: 1 } },
      current: { kind: 'full' },
    });
    const decoded = decodeQuizRecord(raw);
    expect(decoded.status).toBe('ok');
    if (decoded.status !== 'ok') return;
    expect(decoded.dropped).toEqual(['attempts', 'last', 'answers.b', 'answers.c', 'current']);
    expect(decoded.record).toEqual({ v: 1, attempts: 0, best: full.best, answers: { a: 1 } });
  });

  it('repairs a best score lower than the last one', () => {
    const decoded = decodeQuizRecord(JSON.stringify({ ...full, last: { score: 10, total: 10, at: 5 } }));
    expect(decoded.status === 'ok' && decoded.record.best).toEqual({ score: 10, total: 10, at: 5 });
  });

  it('never throws, whatever is in storage', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((value) =>
              JSON.stringify({ v: 1, ...(typeof value === 'object' && value && !Array.isArray(value) ? value : { x: value }) }),
            ),
        ),
        (raw) => {
          const decoded = decodeQuizRecord(raw);
          expect(['ok', 'unreadable', 'newer']).toContain(decoded.status);
          if (decoded.status === 'ok') {
            expect(decoded.record.attempts).toBeGreaterThanOrEqual(0);
            // What decoding keeps decodes again to itself, with nothing more dropped.
            expect(decodeQuizRecord(encodeQuizRecord(decoded.record))).toEqual({ status: 'ok', record: decoded.record, dropped: [] });
          }
        },
      ),
    );
  });
});

describe('migrations', () => {
  it('run in order from an old version up to the current one', () => {
    // Version 1 is the first; this exercises the chain the way a future version 2 will use it.
    const steps = { 0: (data: Record<string, unknown>) => ({ ...data, attempts: data['tries'] }) };
    expect(migrate({ v: 0, tries: 3 }, 0, steps)).toEqual({ v: 1, tries: 3, attempts: 3 });
    const decoded = decodeQuizRecord(JSON.stringify({ v: 0, tries: 3, answers: {} }), steps);
    expect(decoded.status === 'ok' && decoded.record.attempts).toBe(3);
  });

  it('treat a version with no migration path as unreadable', () => {
    expect(migrate({ v: 0 }, 0, {})).toBeUndefined();
    expect(decodeQuizRecord('{"v":0}', {}).status).toBe('unreadable');
  });
});

describe('withFinishedAttempt', () => {
  it('counts the attempt, keeps the best score, replaces the answers and ends the attempt in progress', () => {
    const next = withFinishedAttempt(full, { score: 7, total: 10, at: 3000 }, { a: 0 });
    expect(next).toEqual({ v: 1, attempts: 3, last: { score: 7, total: 10, at: 3000 }, best: full.best, answers: { a: 0 } });
    expect(withFinishedAttempt(emptyQuizRecord(), { score: 3, total: 10, at: 1 }, {}).best).toEqual({ score: 3, total: 10, at: 1 });
  });
});

describe('hasPassed', () => {
  it('is true once the best score reaches the pass mark', () => {
    expect(hasPassed(undefined)).toBe(false);
    expect(hasPassed(emptyQuizRecord())).toBe(false);
    expect(hasPassed(full)).toBe(true);
    expect(hasPassed({ ...full, best: { score: 7, total: 10, at: 1 } })).toBe(false);
  });
});
