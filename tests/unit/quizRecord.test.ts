import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasPassed, quizRecordKind, recordAfter, type QuizRecord } from '../../src/lib/progress/quizRecord';
import { decodeRecord, encodeRecord } from '../../src/lib/progress/recordCodec';
import { FINAL_EXAM_ID } from '../../src/lib/quiz/quizIds';
import { newAttempt, reviewState, type Attempt, type QuizState } from '../../src/lib/quiz/quizMachine';
import { scoreAttempt } from '../../src/lib/quiz/scoreAttempt';
import { sampleQuiz } from '../support/quizFixtures';

/** Records version 1 of the site really saved (captured in Chromium from the last version-1 build). */
const v1 = (name: string) => readFileSync(new URL(`../fixtures/progress/${name}.json`, import.meta.url), 'utf8');
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
  v: 2,
  attempts: 2,
  last: { score: 6, total: 10, at: 2000 },
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
        attempts: -3,
        last: { score: 11, total: 10, at: 1 },
        lastAttempt: { ...full.lastAttempt, answers: { a: 1, b: 'hacked', c: { x: 1 } } },
        current: { kind: 'full' },
      }),
    );
    expect(dropped).toEqual(['attempts', 'last', 'lastAttempt.answers.b', 'lastAttempt.answers.c', 'current']);
    expect(record).toEqual({ v: 2, attempts: 0, best: full.best, lastAttempt: { ...full.lastAttempt, answers: { a: 1 } } });
  });

  it('repairs a best score lower than the last one', () => {
    expect(decode(JSON.stringify({ ...full, last: { score: 10, total: 10, at: 5 } })).record.best).toEqual({ score: 10, total: 10, at: 5 });
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
              JSON.stringify({ v: 2, ...(typeof value === 'object' && value && !Array.isArray(value) ? value : { x: value }) }),
            ),
        ),
        (raw) => {
          const decoded = decodeRecord(quizRecordKind, raw, 'three-roles');
          if (decoded.status === 'ok') {
            expect(decoded.record.attempts).toBeGreaterThanOrEqual(0);
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
    expect(record).toMatchObject({ v: 2, attempts: old.attempts, last: old.last, best: old.best });
    expect(record.lastAttempt).toEqual({ id: 'v1', order: Object.keys(old.answers), answers: old.answers });
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
    expect(record).toMatchObject({ attempts: 1, last: old.last, best: old.best });
    expect(record.lastAttempt?.answers).toEqual(old.answers);
    // Version 1 overwrote the draw with this round's shuffle seed: the seed is kept as a seed, and no draw is invented.
    expect(record.current).toEqual({ ...old.current, id: `v1-${old.current.seed}`, feedback: 'after-each' });
    expect(record.current?.draw).toBeUndefined();
  });

  it('an upgraded record is written back as version 2 and reads back unchanged', () => {
    for (const [name, id] of [
      ['v1-lesson-quiz', 'three-roles'],
      ['v1-exam-in-progress', FINAL_EXAM_ID],
      ['v1-exam-practice-round', FINAL_EXAM_ID],
    ] as const) {
      const { record } = decode(v1(name), id);
      expect(decode(encodeRecord(record), id)).toEqual({ status: 'ok', record, dropped: [] });
    }
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
      v: 2,
      attempts: 3,
      last: { score: 2, total: 4, at: 5000 },
      best: full.best,
      lastAttempt: { id: 'a7', order: attempt.order, answers: { 'roles-paypal': 1, 'roles-match': [0, 1, 2] }, draw: 12 },
    });
    // Saving the same finished attempt again (a re-render, a second effect) changes nothing.
    expect(recordAfter(once, finishedState('full'), 6000)).toEqual(once);
  });

  it('a finished practice round only ends; a review changes nothing', () => {
    const { current: _ended, ...withoutAttempt } = full;
    expect(recordAfter(full, finishedState('missed', 'm1'), 5000)).toEqual(withoutAttempt);
    const review = reviewState(full.lastAttempt!, sampleQuiz);
    expect(recordAfter(full, review, 5000)).toBe(full);
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
