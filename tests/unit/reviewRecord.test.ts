import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAST_BOX } from '../../src/lib/progress/leitner';
import { decodeRecord, encodeRecord } from '../../src/lib/progress/recordCodec';
import {
  latestAnswers,
  LOG_LIMIT,
  mergeReviewRecords,
  reviewRecordKind,
  withAnswers,
  type ReviewRecord,
} from '../../src/lib/progress/reviewRecord';

const empty = reviewRecordKind.empty();
const oneWrongOneRight = [
  { q: 'a', right: false },
  { q: 'b', right: true },
];

describe('withAnswers', () => {
  it('logs every answer and queues the wrong ones', () => {
    const record = withAnswers(empty, oneWrongOneRight, 1000, 10);
    expect(record.log).toEqual([
      { q: 'a', at: 1000, right: false },
      { q: 'b', at: 1000, right: true },
    ]);
    expect(Object.keys(record.cards)).toEqual(['a']);
    expect(record.cards['a']).toMatchObject({ box: 1, due: 11 });
  });

  it('moves a queued question up on a right answer, and out of the queue once learnt', () => {
    let record = withAnswers(empty, [{ q: 'a', right: false }], 0, 0);
    for (let box = 2; box <= LAST_BOX; box++) {
      record = withAnswers(record, [{ q: 'a', right: true }], box, record.cards['a']!.due);
      expect(record.cards['a']?.box).toBe(box);
    }
    record = withAnswers(record, [{ q: 'a', right: true }], 99, record.cards['a']!.due);
    expect(record.cards['a']).toBeUndefined();
  });

  it('keeps at most LOG_LIMIT answers, the latest', () => {
    const many = Array.from({ length: LOG_LIMIT + 5 }, (_, index) => ({ q: `q${index}`, right: true }));
    const record = withAnswers(empty, many, 1, 0);
    expect(record.log).toHaveLength(LOG_LIMIT);
    expect(record.log.at(-1)?.q).toBe(`q${LOG_LIMIT + 4}`);
  });
});

describe('latestAnswers', () => {
  it("is each question's latest answer", () => {
    const record = withAnswers(withAnswers(empty, [{ q: 'a', right: false }], 1, 0), [{ q: 'a', right: true }], 2, 1);
    expect(latestAnswers(record)).toEqual(new Map([['a', true]]));
  });
});

describe('reading a review record', () => {
  it('round-trips, drops what does not fit, never throws', () => {
    const record = withAnswers(empty, oneWrongOneRight, 1000, 10);
    expect(decodeRecord(reviewRecordKind, encodeRecord(record), 'questions')).toEqual({ status: 'ok', record, dropped: [] });
    const broken = decodeRecord(
      reviewRecordKind,
      JSON.stringify({ ...record, cards: { ...record.cards, x: { box: 9, due: 1, reviewedAt: 1 } }, log: [...record.log, { q: 1 }] }),
      'questions',
    );
    expect(broken).toEqual({ status: 'ok', record, dropped: ['cards.x', 'log.2'] });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify({ v: 1, cards: value, log: value })),
        ),
        (raw) => {
          const decoded = decodeRecord(reviewRecordKind, raw, 'questions');
          if (decoded.status === 'ok')
            expect(decodeRecord(reviewRecordKind, encodeRecord(decoded.record), 'questions')).toMatchObject({ dropped: [] });
        },
      ),
    );
  });
});

/** Answers on one device: question, right or wrong, on which day. */
const sessionArb = fc.array(fc.record({ q: fc.constantFrom('a', 'b', 'c'), right: fc.boolean(), day: fc.nat(40) }), { maxLength: 12 });
const recordOf = (answers: { q: string; right: boolean; day: number }[], device: number): ReviewRecord =>
  [...answers]
    .sort((x, y) => x.day - y.day)
    // Two devices never answer at the very same millisecond: the device number tells their times apart.
    .reduce((record, { q, right, day }, index) => withAnswers(record, [{ q, right }], day * 86_400_000 + index * 10 + device, day), empty);

describe('mergeReviewRecords', () => {
  it('is commutative and idempotent, keeps every answer once, and each queued question at its latest review', () => {
    fc.assert(
      fc.property(sessionArb, sessionArb, (one, two) => {
        const a = recordOf(one, 1);
        const b = recordOf(two, 2);
        const merged = mergeReviewRecords(a, b);
        expect(mergeReviewRecords(b, a)).toEqual(merged);
        expect(mergeReviewRecords(merged, merged)).toEqual(merged);
        expect(mergeReviewRecords(a, a)).toEqual(a);
        expect(mergeReviewRecords(merged, a)).toEqual(merged);
        expect(mergeReviewRecords(merged, b)).toEqual(merged);
        expect(merged.log).toHaveLength(a.log.length + b.log.length);
        for (const [id, card] of Object.entries(merged.cards)) {
          const candidates = [a.cards[id], b.cards[id]].filter((value) => value !== undefined);
          expect(card.reviewedAt).toBe(Math.max(...candidates.map((value) => value.reviewedAt)));
        }
      }),
    );
  });

  it('takes a question learnt on one device out of the queue of a copy that still holds it, and no other', () => {
    // Up to the last box: wrong on day 0, then right each time it is due (days 1, 3, 7, 15); due again on day 31.
    const inLastBox = [false, true, true, true, true].reduce(
      (record, right, step) => withAnswers(record, [{ q: 'a', right }], [0, 1, 3, 7, 15][step]! * 86_400_000, [0, 1, 3, 7, 15][step]!),
      empty,
    );
    expect(inLastBox.cards['a']).toMatchObject({ box: LAST_BOX, due: 31 });
    // Right again before it is due: the card stays where it is, on this device and when joined with itself.
    const early = withAnswers(inLastBox, [{ q: 'a', right: true }], 16 * 86_400_000, 16);
    expect(early.cards['a']).toEqual(inLastBox.cards['a']);
    expect(mergeReviewRecords(early, early)).toEqual(early);
    expect(mergeReviewRecords(early, inLastBox)).toEqual(early);
    // Right when due, on another device: learnt there, so the copy that still holds it lets it go.
    const learnt = withAnswers(inLastBox, [{ q: 'a', right: true }], 31 * 86_400_000, 31);
    expect(learnt.cards['a']).toBeUndefined();
    expect(mergeReviewRecords(inLastBox, learnt).cards['a']).toBeUndefined();
    expect(mergeReviewRecords(early, learnt).cards['a']).toBeUndefined();
  });
});
