import { FINAL_EXAM_ID } from '../quiz/quizIds';
import type { Attempt, PastAttempt, QuizState } from '../quiz/quizMachine';
import { betterScore, isPassing, type Score } from '../quiz/scoring';
import { isAnswerValue, isCount, isObject, isStringList, type RecordKind } from './recordCodec';

/** What the site remembers about one quiz (a lesson's, or the final exam), stored as `…progress:quiz:<quiz id>`. */

export interface ScoreRecord extends Score {
  /** When it was scored, in ms since 1970 (Date.now()). */
  at: number;
}

export interface QuizRecord {
  v: 2;
  /** Completed full attempts (practice rounds of missed questions do not count). */
  attempts: number;
  last?: ScoreRecord;
  best?: ScoreRecord;
  /** The last full attempt: its questions and answers, to review after a reload (answers are checked against the questions when used). */
  lastAttempt?: PastAttempt;
  /** The attempt in progress, resumed after a reload. */
  current?: Attempt;
}

/**
 * Version 1 used one number both as the exam's draw and as the shuffle seed of a practice round, so a
 * practice round's reload showed a different draw; it kept the last answers without their order, and
 * attempts had no id. Version 2 gives each its own field.
 */
function fromVersion1(data: Record<string, unknown>, quizId: string): Record<string, unknown> {
  const { answers, current, ...rest } = data;
  const upgraded: Record<string, unknown> = { ...rest };
  // Version 1 added answers as each question was checked, so their order is the order they were asked.
  if (isObject(answers) && Object.keys(answers).length > 0) upgraded['lastAttempt'] = { id: 'v1', order: Object.keys(answers), answers };
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

function readScore(value: unknown): ScoreRecord | undefined {
  if (!isObject(value)) return undefined;
  const { score, total, at } = value;
  if (!isCount(score) || !isCount(total) || total === 0 || score > total || typeof at !== 'number' || !Number.isFinite(at))
    return undefined;
  return { score, total, at };
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
  version: 2,
  migrations: { 1: fromVersion1 },
  empty: () => ({ v: 2, attempts: 0 }),
  read(data, dropped) {
    const record: QuizRecord = { v: 2, attempts: 0 };
    if (isCount(data['attempts'])) record.attempts = data['attempts'];
    else if ('attempts' in data) dropped.push('attempts');
    for (const field of ['last', 'best'] as const) {
      const score = readScore(data[field]);
      if (score) record[field] = score;
      else if (field in data) dropped.push(field);
    }
    const lastAttempt = readPastAttempt(data['lastAttempt'], dropped);
    if (lastAttempt) record.lastAttempt = lastAttempt;
    else if ('lastAttempt' in data) dropped.push('lastAttempt');
    const current = readAttempt(data['current']);
    if (current) record.current = current;
    else if ('current' in data) dropped.push('current');
    // A best below the last score can only come from tampering or a bug: the higher one is the best.
    if (record.last) record.best = betterScore(record.best, record.last);
    return record;
  },
};

/**
 * What the saved record becomes when the quiz reaches `state`: the attempt in progress is kept to
 * resume; a finished full attempt counts once (its id is remembered), sets the last score and perhaps
 * the best, and is kept for review; a finished practice round only ends; a review changes nothing.
 */
export function recordAfter(record: QuizRecord, state: QuizState, now: number): QuizRecord {
  if (state.phase === 'reviewing') return record;
  if (state.phase === 'asking') return { ...record, current: state.attempt };
  const { current: _finished, ...rest } = record;
  const { attempt, result } = state;
  if (attempt.kind === 'missed' || record.lastAttempt?.id === attempt.id) return rest;
  const score: ScoreRecord = { score: result.score, total: result.total, at: now };
  const lastAttempt: PastAttempt = {
    id: attempt.id,
    order: attempt.order,
    answers: attempt.answers,
    ...(attempt.draw === undefined ? {} : { draw: attempt.draw }),
  };
  return { ...rest, attempts: record.attempts + 1, last: score, best: betterScore(record.best, score), lastAttempt };
}

/** Has the learner passed this quiz at least once? */
export function hasPassed(record: QuizRecord | undefined): boolean {
  return record?.best !== undefined && isPassing(record.best);
}
