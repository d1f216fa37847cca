import { FINAL_EXAM_ID } from '../quiz/quizIds';
import type { AnswerValue } from '../quiz/questionTypes';
import type { Attempt, PastAttempt } from '../quiz/quizMachine';
import { isPassing } from '../quiz/passMark';
import { entryCount, readHistory } from './attemptHistory';
import type { RecordKind } from './recordCodec';
import { isCount, isObject, readScore, RECORD_VERSIONS, type ScoreRecord } from './recordFields';

export type { ScoreRecord };

/**
 * What the site remembers about one quiz (a lesson's, or the final exam), stored as `…progress:quiz:<quiz id>`,
 * and how it is read. How it changes (after an attempt, or joined with another copy) is in quizRecordUpdates.ts:
 * pages that only show scores do not download that.
 */

/** One finished full attempt, as the history keeps it. */
export interface AttemptSummary extends ScoreRecord {
  id: string;
  draw?: number | undefined;
}

/** How many finished attempts a record keeps in its history (for the chart and for merging without double counting). */
export const HISTORY_LIMIT = 200;

export interface QuizRecord {
  v: 3;
  /** Finished full attempts, oldest first, at most HISTORY_LIMIT (practice rounds of missed questions do not count). */
  history: AttemptSummary[];
  /** Finished attempts older than the history keeps, counted. */
  earlier: number;
  best?: ScoreRecord;
  /** The last full attempt: its questions and answers, to review after a reload (answers are checked against the questions when used). */
  lastAttempt?: PastAttempt;
  /** The attempt in progress, resumed after a reload. */
  current?: Attempt;
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** An answer is plain JSON of the shapes answers take; whether it fits its question is checked where it is used. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every(isAnswerValue);
}

/**
 * Version 1 used one number both as the exam's draw and as the shuffle seed of a practice round, so a
 * practice round's reload showed a different draw; it kept the last answers without their order, and
 * attempts had no id. Version 2 gives each its own field.
 */
function fromVersion1(data: Record<string, unknown>, quizId: string): Record<string, unknown> {
  const { answers, current, ...rest } = data;
  const upgraded: Record<string, unknown> = { ...rest };
  // Version 1 added answers as each question was checked, so their order is the order they were asked. Its
  // attempts had no ids: the time the last one finished names it (two devices never share it).
  const finished = isObject(rest['last']) ? rest['last']['at'] : undefined;
  const id = typeof finished === 'number' ? `v1-${finished}` : 'v1';
  if (isObject(answers) && Object.keys(answers).length > 0) upgraded['lastAttempt'] = { id, order: Object.keys(answers), answers };
  if (isObject(current)) {
    const full = current['kind'] === 'full';
    upgraded['current'] = {
      ...current,
      id: `v1-${String(current['seed'])}`,
      // Only the exam's full attempts held back feedback; its practice rounds gave it, as lesson quizzes do.
      feedback: full && quizId === FINAL_EXAM_ID ? 'at-end' : 'after-each',
      // A full attempt's seed was its draw; a practice round's draw was lost, so it has none.
      ...(full ? { draw: current['seed'] } : {}),
    };
  }
  return upgraded;
}

/**
 * Version 2 counted attempts and kept the last score; version 3 keeps a history of attempts with their ids,
 * so progress from two tabs or two devices can be merged without counting an attempt twice.
 */
function fromVersion2(data: Record<string, unknown>): Record<string, unknown> {
  const { attempts, last, ...rest } = data;
  const lastAttempt = isObject(data['lastAttempt']) ? data['lastAttempt'] : undefined;
  const score = readScore(last);
  const history = score
    ? [
        {
          ...score,
          id: typeof lastAttempt?.['id'] === 'string' ? lastAttempt['id'] : `v2-${score.at}`,
          ...(isCount(lastAttempt?.['draw']) ? { draw: lastAttempt['draw'] } : {}),
        },
      ]
    : [];
  return { ...rest, history, earlier: Math.max(0, (isCount(attempts) ? attempts : history.length) - history.length) };
}

function readSummary(value: unknown): AttemptSummary | undefined {
  const score = readScore(value);
  if (!score || !isObject(value) || typeof value['id'] !== 'string') return undefined;
  const draw = value['draw'];
  if (draw !== undefined && !isCount(draw)) return undefined;
  return { id: value['id'], ...score, ...(draw === undefined ? {} : { draw }) };
}

function readPastAttempt(value: unknown, dropped: string[]): PastAttempt | undefined {
  if (!isObject(value)) return undefined;
  const { id, order, answers, draw } = value;
  if (typeof id !== 'string' || !isStringList(order) || order.length === 0 || !isObject(answers)) return undefined;
  if (draw !== undefined && !isCount(draw)) return undefined;
  const kept: PastAttempt['answers'] = {};
  for (const [question, answer] of Object.entries(answers)) {
    if (isAnswerValue(answer)) kept[question] = answer;
    else dropped.push(`lastAttempt.answers.${question}`);
  }
  return { id, order, answers: kept, ...(draw === undefined ? {} : { draw }) };
}

function readAttempt(value: unknown): Attempt | undefined {
  if (!isObject(value)) return undefined;
  const { id, kind, feedback, draw, seed, order, optionOrder, answers, checked, index } = value;
  if (typeof id !== 'string' || (kind !== 'full' && kind !== 'missed') || (feedback !== 'after-each' && feedback !== 'at-end'))
    return undefined;
  if ((draw !== undefined && !isCount(draw)) || !isCount(seed) || !isStringList(order) || order.length === 0 || !isStringList(checked))
    return undefined;
  if (!isCount(index) || index >= order.length) return undefined;
  if (!isObject(optionOrder) || !Object.values(optionOrder).every((list) => Array.isArray(list) && list.every(isCount))) return undefined;
  // Answers are checked against their questions when the attempt is resumed; here only their JSON shape.
  if (!isObject(answers) || !Object.values(answers).every(isAnswerValue)) return undefined;
  return {
    id,
    kind,
    feedback,
    ...(draw === undefined ? {} : { draw }),
    seed,
    order,
    optionOrder: optionOrder as Attempt['optionOrder'],
    answers: answers as Attempt['answers'],
    checked,
    index,
  };
}

export const quizRecordKind: RecordKind<QuizRecord> = {
  name: 'quiz',
  version: RECORD_VERSIONS.quiz,
  migrations: { 1: fromVersion1, 2: fromVersion2 },
  empty: () => ({ v: 3, history: [], earlier: 0 }),
  read(data, dropped) {
    const record: QuizRecord = { v: 3, ...readHistory(data, readSummary, HISTORY_LIMIT, dropped) };
    const best = readScore(data['best']);
    if (best) record.best = best;
    else if ('best' in data) dropped.push('best');
    const lastAttempt = readPastAttempt(data['lastAttempt'], dropped);
    if (lastAttempt) record.lastAttempt = lastAttempt;
    else if ('lastAttempt' in data) dropped.push('lastAttempt');
    const current = readAttempt(data['current']);
    if (current) record.current = current;
    else if ('current' in data) dropped.push('current');
    // A best below a score in the history can only come from tampering or a bug: the higher one is the best.
    for (const summary of record.history) record.best = bestOf(record.best, scoreOf(summary));
    return record;
  },
};

export const scoreOf = ({ score, total, at }: ScoreRecord): ScoreRecord => ({ score, total, at });

/** The better of two scores: the higher share, then the earlier, then the larger total: a strict order, so merging in either order agrees. */
export function bestOf(a: ScoreRecord | undefined, b: ScoreRecord): ScoreRecord {
  if (!a) return b;
  const share = b.score / b.total - a.score / a.total;
  if (share !== 0) return share > 0 ? b : a;
  if (a.at !== b.at) return a.at < b.at ? a : b;
  return b.total > a.total ? b : a;
}

/** Finished full attempts, all told. */
export const attemptCount: (record: QuizRecord) => number = entryCount;

/** The last finished attempt's score. */
export function lastScore(record: QuizRecord): ScoreRecord | undefined {
  const last = record.history.at(-1);
  return last && scoreOf(last);
}

/** Has the learner passed this quiz at least once? */
export function hasPassed(record: QuizRecord | undefined): boolean {
  return record?.best !== undefined && isPassing(record.best);
}
