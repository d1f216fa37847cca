import type { Score } from '../quiz/passMark';
import { LAST_BOX, type ReviewCard } from './leitner';

/*
 * Readers for the fields of saved records, shared by the full record readers (quizRecord.ts, gameRecord.ts,
 * …) and by the summary that pages without islands read (progressSummary.ts). Everything read from storage
 * is untrusted, so each reader returns undefined for anything that is not exactly the field's shape.
 */

/** The version of each kind of record this code writes: bump it, and add a migration, when a shape changes. */
export const RECORD_VERSIONS = { quiz: 3, game: 2, lesson: 1, review: 1, assignment: 1 } as const;
export type RecordKindName = keyof typeof RECORD_VERSIONS;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
/** A moment, in ms since 1970. */
export const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A quiz score with the moment it was scored. */
export interface ScoreRecord extends Score {
  /** When it was scored, in ms since 1970 (Date.now()). */
  at: number;
}

/** A score out of a total, as `score`, `total`: a count of at most the total, out of at least one. */
const isScore = (value: Record<string, unknown>): boolean =>
  isCount(value['score']) && isCount(value['total']) && value['total'] > 0 && value['score'] <= value['total'];

export function readScore(value: unknown): ScoreRecord | undefined {
  if (!isObject(value) || !isScore(value) || !isTime(value['at'])) return undefined;
  return { score: value['score'] as number, total: value['total'] as number, at: value['at'] };
}

/** A finished sorting game: cards right the first time, out of the deck, and how long it took. */
export interface GameResult extends ScoreRecord {
  seconds: number;
}

export function readGameResult(value: unknown): GameResult | undefined {
  const score = readScore(value);
  if (!score || !isObject(value) || !isCount(value['seconds'])) return undefined;
  return { ...score, seconds: value['seconds'] };
}

/** A question's place in the review queue. */
export function readCard(value: unknown): ReviewCard | undefined {
  if (!isObject(value)) return undefined;
  const { box, due, reviewedAt } = value;
  if (!isCount(box) || box < 1 || box > LAST_BOX || !Number.isInteger(due) || !isTime(reviewedAt)) return undefined;
  return { box, due: due as number, reviewedAt };
}
