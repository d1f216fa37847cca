import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attemptCount,
  bestOf,
  hasPassed,
  HISTORY_LIMIT,
  lastScore,
  quizRecordKind,
  type AttemptSummary,
  type QuizRecord,
} from '../../src/lib/progress/quizRecord';
import { mergeQuizRecords, quizRecordJoin, recordAfter } from '../../src/lib/progress/quizRecordUpdates';
import { decodeRecord, encodeRecord } from '../../src/lib/progress/recordCodec';
import { FINAL_EXAM_ID } from '../../src/lib/quiz/quizIds';
import { newAttempt, reviewState, type Attempt, type QuizState } from '../../src/lib/quiz/quizMachine';
import { scoreAttempt } from '../../src/lib/quiz/scoreAttempt';
import { sampleQuiz } from '../support/quizFixtures';

/**
 * Records older versions of the site really saved: version 1 captured in Chromium from the last version-1
 * build, version 2 written by the last version-2 code (recordAfter over a played quiz).
 */
const saved = (name: string) => readFileSync(new URL(`../fixtures/progress/${name}.json`, import.meta.url), 'utf8');
const v1 = saved;
const decode = (raw: string, id = 'three-roles') => {
  const decoded = decodeRecord(quizRecordKind, raw, id);
  if (decoded.status !== 'ok') throw new Error(`expected a readable record, got ${decoded.status}`);
  return decoded;
};

const attempt: Attempt = {
  ...newAttempt(sampleQuiz, { id: 'a7', kind: 'full', feedback: 'after-each', draw: 12, seed: 12 }),
  answers: { 'roles-paypal': 1 },
  checked: ['roles-paypal'],
  index: 1,
};
const full: QuizRecord = {
  v: 3,
  history: [
    { id: 'a5', score: 9, total: 10, at: 1000, draw: 2 },
    { id: 'a6', score: 6, total: 10, at: 2000, draw: 3 },
  ],
  earlier: 0,
  best: { score: 9, total: 10, at: 1000 },
  lastAttempt: { id: 'a6', order: ['a', 'b', 'c', 'd'], answers: { a: 1, b: [0, 2], c: true, d: [1, null] }, draw: 3 },
  current: attempt,
};

describe('reading a quiz record', () => {
  it('round-trips what it writes', () => {
    expect(decode(encodeRecord(full))).toEqual({ status: 'ok', record: full, dropped: [] });
  });

  it('keeps the valid parts and names the dropped ones', () => {
    const { record, dropped } = decode(
      JSON.stringify({
        ...full,
        history: [...full.history, { id: 'x', score: 11, total: 10, at: 1 }, 'junk'],
        earlier: -3,
        lastAttempt: { ...full.lastAttempt, answers: { a: 1, b: 'hacked', c: { x: 1 } } },
        current: { kind: 'full' },
      }),
    );
    expect(dropped).toEqual(['earlier', 'history.2', 'history.3', 'lastAttempt.answers.b', 'lastAttempt.answers.c', 'current']);
    const { current: _dropped, ...rest } = full;
    expect(record).toEqual({ ...rest, lastAttempt: { ...full.lastAttempt, answers: { a: 1 } } });
  });

  it('repairs a best score lower than one in the history, and keeps the history in time order', () => {
    const { record } = decode(JSON.stringify({ ...full, history: [{ id: 'z', score: 10, total: 10, at: 5000 }, ...full.history] }));
    expect(record.best).toEqual({ score: 10, total: 10, at: 5000 });
    expect(record.history.map((summary) => summary.id)).toEqual(['a5', 'a6', 'z']);
  });

  it('never throws, and what it keeps reads back as itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((value) =>
              JSON.stringify({ v: 3, ...(typeof value === 'object' && value && !Array.isArray(value) ? value : { x: value }) }),
            ),
        ),
        (raw) => {
          const decoded = decodeRecord(quizRecordKind, raw, 'three-roles');
          if (decoded.status === 'ok') {
            expect(attemptCount(decoded.record)).toBeGreaterThanOrEqual(decoded.record.history.length);
            expect(decoded.record.history.length).toBeLessThanOrEqual(HISTORY_LIMIT);
            expect(decodeRecord(quizRecordKind, encodeRecord(decoded.record), 'three-roles')).toEqual({
              status: 'ok',
              record: decoded.record,
              dropped: [],
            });
          }
        },
      ),
    );
  });
});

describe('upgrading version-1 records, as version 1 really saved them', () => {
  it('a lesson quiz: scores, count and last answers kept (in the order they were asked), the attempt in progress resumable', () => {
    const old = JSON.parse(v1('v1-lesson-quiz'));
    const { record, dropped } = decode(v1('v1-lesson-quiz'));
    expect(dropped).toEqual([]);
    expect(record).toMatchObject({ v: 3, best: old.best });
    expect(attemptCount(record)).toBe(old.attempts);
    expect(lastScore(record)).toEqual(old.last);
    expect(record.lastAttempt).toEqual({ id: `v1-${old.last.at}`, order: Object.keys(old.answers), answers: old.answers });
    expect(record.current).toEqual({ ...old.current, id: `v1-${old.current.seed}`, feedback: 'after-each', draw: old.current.seed });
  });

  it('the exam mid-attempt: still an exam (no feedback until submitted), its draw number kept', () => {
    const old = JSON.parse(v1('v1-exam-in-progress'));
    const { record, dropped } = decode(v1('v1-exam-in-progress'), FINAL_EXAM_ID);
    expect(dropped).toEqual([]);
    expect(record.current).toEqual({ ...old.current, id: 'v1-99', feedback: 'at-end', draw: 99 });
    expect(record.lastAttempt).toBeUndefined();
  });

  it('the exam in a practice round of missed questions: feedback after each, and no false draw number', () => {
    const old = JSON.parse(v1('v1-exam-practice-round'));
    const { record, dropped } = decode(v1('v1-exam-practice-round'), FINAL_EXAM_ID);
    expect(dropped).toEqual([]);
    expect(record).toMatchObject({ best: old.best });
    expect(attemptCount(record)).toBe(1);
    expect(lastScore(record)).toEqual(old.last);
    expect(record.lastAttempt?.answers).toEqual(old.answers);
    // Version 1 overwrote the draw with this round's shuffle seed: the seed is kept as a seed, and no draw is invented.
    expect(record.current).toEqual({ ...old.current, id: `v1-${old.current.seed}`, feedback: 'after-each' });
    expect(record.current?.draw).toBeUndefined();
  });

  it('an upgraded record is written back as version 3 and reads back unchanged', () => {
    for (const [name, id] of [
      ['v1-lesson-quiz', 'three-roles'],
      ['v1-exam-in-progress', FINAL_EXAM_ID],
      ['v1-exam-practice-round', FINAL_EXAM_ID],
      ['v2-lesson-quiz', 'three-roles'],
    ] as const) {
      const { record } = decode(v1(name), id);
      expect(decode(encodeRecord(record), id)).toEqual({ status: 'ok', record, dropped: [] });
    }
  });
});

describe('upgrading a version-2 record, as version 2 really saved it', () => {
  it('its last score becomes the history, under the last attempt id; the count, best, answers and attempt in progress are kept', () => {
    const old = JSON.parse(saved('v2-lesson-quiz'));
    const { record, dropped } = decode(saved('v2-lesson-quiz'));
    expect(dropped).toEqual([]);
    expect(record.history).toEqual([{ ...old.last, id: old.lastAttempt.id, draw: old.lastAttempt.draw }]);
    expect(attemptCount(record)).toBe(old.attempts);
    expect(record).toMatchObject({ v: 3, best: old.best, lastAttempt: old.lastAttempt, current: old.current });
  });

  it('older attempts than the last are counted, not invented', () => {
    const old = { ...JSON.parse(saved('v2-lesson-quiz')), attempts: 5 };
    const { record } = decode(JSON.stringify(old));
    expect(record.history).toHaveLength(1);
    expect(record.earlier).toBe(4);
    expect(attemptCount(record)).toBe(5);
  });
});

describe('recordAfter: what each quiz state does to the saved record', () => {
  const empty = quizRecordKind.empty();
  const asking: QuizState = { phase: 'asking', attempt };
  const finishedState = (kind: Attempt['kind'], id = 'a7'): QuizState => {
    const done = { ...attempt, id, kind, answers: { 'roles-paypal': 1, 'roles-match': [0, 1, 2] } };
    return {
      phase: 'finished',
      attempt: done,
      result: scoreAttempt(
        sampleQuiz.filter((question) => done.order.includes(question.id)),
        done.answers,
      ),
    };
  };

  it('keeps the attempt in progress to resume', () => {
    expect(recordAfter(empty, asking, 5)).toEqual({ ...empty, current: attempt });
  });

  it('a finished full attempt counts once, sets the last score and maybe the best, and is kept for review', () => {
    const once = recordAfter({ ...full, current: attempt }, finishedState('full'), 5000);
    expect(once).toEqual({
      v: 3,
      history: [...full.history, { id: 'a7', score: 2, total: 4, at: 5000, draw: 12 }],
      earlier: 0,
      best: full.best,
      lastAttempt: { id: 'a7', order: attempt.order, answers: { 'roles-paypal': 1, 'roles-match': [0, 1, 2] }, draw: 12 },
    });
    expect(attemptCount(once)).toBe(3);
    expect(lastScore(once)).toEqual({ score: 2, total: 4, at: 5000 });
    // Saving the same finished attempt again (a re-render, a second effect) changes nothing.
    expect(recordAfter(once, finishedState('full'), 6000)).toEqual(once);
  });

  it('a finished practice round only ends; a review changes nothing', () => {
    const { current: _ended, ...withoutAttempt } = full;
    expect(recordAfter(full, finishedState('missed', 'm1'), 5000)).toEqual(withoutAttempt);
    const review = reviewState(full.lastAttempt!, sampleQuiz);
    expect(recordAfter(full, review, 5000)).toBe(full);
  });

  it('keeps a bounded history, counting what falls out of it', () => {
    const long: QuizRecord = {
      ...quizRecordKind.empty(),
      history: Array.from({ length: HISTORY_LIMIT }, (_, index) => ({ id: `h${index}`, score: 1, total: 4, at: index })),
    };
    const after = recordAfter(long, finishedState('full', 'new'), HISTORY_LIMIT + 10);
    expect(after.history).toHaveLength(HISTORY_LIMIT);
    expect(after.history.at(-1)?.id).toBe('new');
    expect(after.earlier).toBe(1);
    expect(attemptCount(after)).toBe(HISTORY_LIMIT + 1);
  });
});

/** Arbitrary records of one quiz, as two devices might hold: attempt ids shared between them sometimes. */
const summaryArb: fc.Arbitrary<AttemptSummary> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  score: fc.nat(10),
  total: fc.constant(10),
  at: fc.nat(1000),
});
const recordArb: fc.Arbitrary<QuizRecord> = fc
  .record({
    history: fc.array(summaryArb, { maxLength: 6 }),
    earlier: fc.nat(3),
    current: fc.option(fc.constantFrom('t1', 't2', 't3')),
    last: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'gone')),
  })
  .map(({ history, earlier, current, last }) => {
    // An attempt id names one attempt: the same id always carries the same score, time and answers.
    const byId = new Map(
      history.map((summary) => [summary.id, { ...summary, at: summary.id.charCodeAt(0) * 10, score: summary.id.charCodeAt(0) % 11 }]),
    );
    const lastAttempt = last ? { lastAttempt: { id: last, order: [last], answers: { [last]: 0 } } } : {};
    const record = quizRecordKind.read({ v: 3, history: [...byId.values()], earlier, ...lastAttempt }, []);
    return current ? { ...record, current: { ...attempt, id: current } } : record;
  });

describe('mergeQuizRecords: two tabs, two devices, an import', () => {
  it('is commutative and idempotent, counts each attempt once and keeps the best of both', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        const merged = mergeQuizRecords(a, b);
        expect(mergeQuizRecords(b, a)).toEqual(merged);
        expect(mergeQuizRecords(merged, merged)).toEqual(merged);
        expect(mergeQuizRecords(merged, a)).toEqual(merged);
        const ids = new Set([...a.history, ...b.history].map((summary) => summary.id));
        expect(merged.history.map((summary) => summary.id).sort()).toEqual([...ids].sort());
        for (const best of [a.best, b.best])
          if (best) expect(merged.best!.score / merged.best!.total).toBeGreaterThanOrEqual(best.score / best.total);
        // Nothing to review or resume is lost when either side has it.
        if (a.lastAttempt || b.lastAttempt) expect(merged.lastAttempt).toBeDefined();
        if (a.current || b.current) expect(merged.current).toBeDefined();
      }),
    );
  });

  it('keeps the attempt in progress started last, and the last attempt that finished last', () => {
    const older = { ...full, current: { ...attempt, id: 'm100-x' } };
    const newer: QuizRecord = {
      ...quizRecordKind.empty(),
      history: [{ id: 'b1', score: 4, total: 10, at: 9000 }],
      lastAttempt: { id: 'b1', order: ['a'], answers: { a: 0 } },
      current: { ...attempt, id: 'm200-y' },
    };
    const merged = mergeQuizRecords(older, newer);
    expect(merged.current?.id).toBe('m200-y');
    expect(merged.lastAttempt?.id).toBe('b1');
    expect(merged.best).toEqual(full.best);
    expect(attemptCount(merged)).toBe(3);
  });

  it("on saving, the writer's attempt in progress wins over storage's, and a finished one is not brought back", () => {
    const stored = { ...full, current: { ...attempt, id: 'm900-late' } };
    const { current: _none, ...mine } = full;
    expect(quizRecordJoin.onWrite!(stored, mine).current).toBeUndefined();
    expect(quizRecordJoin.onWrite!(stored, { ...mine, current: attempt }).current).toEqual(attempt);
  });
});

describe('bestOf', () => {
  it('keeps the higher share, then the earlier of two equal ones, whichever it is given first', () => {
    const first = { score: 8, total: 10, at: 1 };
    expect(bestOf(undefined, first)).toBe(first);
    expect(bestOf(first, { score: 9, total: 10, at: 2 }).at).toBe(2);
    expect(bestOf(first, { score: 8, total: 10, at: 3 }).at).toBe(1);
    expect(bestOf({ score: 8, total: 10, at: 3 }, first).at).toBe(1);
    expect(bestOf(first, { score: 5, total: 10, at: 4 }).at).toBe(1);
  });
});

describe('hasPassed', () => {
  it('is true once the best score reaches the pass mark', () => {
    expect(hasPassed(undefined)).toBe(false);
    expect(hasPassed(quizRecordKind.empty())).toBe(false);
    expect(hasPassed(full)).toBe(true);
    expect(hasPassed({ ...full, best: { score: 7, total: 10, at: 1 } })).toBe(false);
  });
});
