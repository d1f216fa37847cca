import { BOX_INTERVALS, LAST_BOX, type ReviewCard } from './leitner';
import type { RecordJoin, RecordKind } from './recordCodec';
import { isObject, isTime, readCard, RECORD_VERSIONS } from './recordFields';

/**
 * Every answer the learner gives, and the review queue it feeds, stored as one record,
 * `…progress:review:questions`. The log (question, time, right or wrong) is what mastery per objective is
 * read from, and what a finer scheduler could be fed later; the cards are the Leitner queue.
 */
export interface ReviewLogEntry {
  q: string;
  at: number;
  right: boolean;
}

export interface ReviewRecord {
  v: 1;
  /** The review queue: each question's box and due day, by question id. */
  cards: Record<string, ReviewCard>;
  /** Answers, oldest first, at most LOG_LIMIT. */
  log: ReviewLogEntry[];
}

/** How many answers the log keeps: years of steady use. */
export const LOG_LIMIT = 3000;

const byTime = (log: readonly ReviewLogEntry[]) =>
  [...log].sort((a, b) => a.at - b.at || (a.q < b.q ? -1 : a.q > b.q ? 1 : Number(a.right) - Number(b.right)));
/** What makes a logged answer the same answer on two devices: the question, the moment, and whether it was right. */
export const entryKey = (entry: ReviewLogEntry) => `${entry.at}|${entry.q}|${entry.right ? 1 : 0}`;

/** Of two places of one question in the queue, the later answer's; for the same moment, the lower box (the more cautious). */
function laterCard(a: ReviewCard, b: ReviewCard): ReviewCard {
  if (a.reviewedAt !== b.reviewedAt) return a.reviewedAt > b.reviewedAt ? a : b;
  if (a.box !== b.box) return a.box < b.box ? a : b;
  return a.due <= b.due ? a : b;
}

/** Two review records as one: answers joined (none twice), each question's queue place from its latest answer. Commutative and idempotent. */
export function mergeReviewRecords(a: ReviewRecord, b: ReviewRecord): ReviewRecord {
  const cards = new Map(Object.entries(a.cards));
  for (const [id, card] of Object.entries(b.cards)) cards.set(id, cards.has(id) ? laterCard(cards.get(id)!, card) : card);
  const log = byTime([...new Map([...a.log, ...b.log].map((entry) => [entryKey(entry), entry])).values()]).slice(-LOG_LIMIT);
  // A question answered right in its last box, when due, leaves the queue: a side that no longer holds it and
  // answered it right after the other side's latest review of it has learnt it (unless a wrong answer came
  // later still). A right answer on the side that still holds it came before it was due (afterAnswer left it in
  // place): it learns nothing, so joining a record with itself keeps it as it is.
  const rightAfter = (entries: readonly ReviewLogEntry[], id: string, card: ReviewCard) => {
    const latest = entries.findLast((entry) => entry.q === id);
    return latest !== undefined && latest.right && latest.at > card.reviewedAt;
  };
  const learnt = ([id, card]: [string, ReviewCard]) =>
    card.box >= LAST_BOX &&
    rightAfter(log, id, card) &&
    [a, b].some((side) => !Object.hasOwn(side.cards, id) && rightAfter(side.log, id, card));
  return { v: 1, cards: Object.fromEntries([...cards].filter((entry) => !learnt(entry))), log };
}

export const reviewRecordKind: RecordKind<ReviewRecord> = {
  name: 'review',
  version: RECORD_VERSIONS.review,
  migrations: {},
  empty: () => ({ v: 1, cards: {}, log: [] }),
  read(data, dropped) {
    const record: ReviewRecord = { v: 1, cards: {}, log: [] };
    if (isObject(data['cards'])) {
      for (const [id, value] of Object.entries(data['cards'])) {
        const card = readCard(value);
        if (card) record.cards[id] = card;
        else dropped.push(`cards.${id}`);
      }
    } else if ('cards' in data) dropped.push('cards');
    if (Array.isArray(data['log'])) {
      data['log'].forEach((value, index) => {
        if (isObject(value) && typeof value['q'] === 'string' && isTime(value['at']) && typeof value['right'] === 'boolean') {
          record.log.push({ q: value['q'], at: value['at'], right: value['right'] });
        } else dropped.push(`log.${index}`);
      });
      record.log = byTime(record.log).slice(-LOG_LIMIT);
    } else if ('log' in data) dropped.push('log');
    return record;
  },
};

export const reviewRecordJoin: RecordJoin<ReviewRecord> = { merge: mergeReviewRecords };

/**
 * A question's place in the queue after an answer: undefined when it is not (or no longer) in the queue. A
 * right answer before the question is due (retrying a quiz the same day, say) leaves it where it is: only a
 * review after the wait shows it has been remembered.
 */
export function afterAnswer(card: ReviewCard | undefined, right: boolean, now: number, today: number): ReviewCard | undefined {
  if (!right) return { box: 1, due: today + BOX_INTERVALS[0], reviewedAt: now };
  if (!card) return undefined;
  if (card.due > today) return card;
  if (card.box >= LAST_BOX) return undefined;
  const box = card.box + 1;
  return { box, due: today + BOX_INTERVALS[box - 1]!, reviewedAt: now };
}

/** The record after the learner answers questions (in a quiz, the exam or a review): logged, and the queue moved on. */
export function withAnswers(
  record: ReviewRecord,
  answers: readonly { q: string; right: boolean }[],
  now: number,
  today: number,
): ReviewRecord {
  const cards = new Map(Object.entries(record.cards));
  for (const { q, right } of answers) {
    const next = afterAnswer(cards.get(q), right, now, today);
    if (next) cards.set(q, next);
    else cards.delete(q);
  }
  const log = [...record.log, ...answers.map(({ q, right }) => ({ q, at: now, right }))].slice(-LOG_LIMIT);
  return { v: 1, cards: Object.fromEntries(cards), log };
}

/** Each question's latest answer, right or wrong, by id: what mastery is measured on. */
export function latestAnswers(record: ReviewRecord): Map<string, boolean> {
  const latest = new Map<string, boolean>();
  for (const entry of record.log) latest.set(entry.q, entry.right);
  return latest;
}
