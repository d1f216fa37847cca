import { betterScore, isPassing, type Score } from '../quiz/scoring';
import type { Attempt } from '../quiz/quizMachine';

/*
 * What the site remembers about one quiz, and how it reads that back. Everything read from storage is
 * untrusted (an older or newer version of the site, another tab, an extension, a curious learner), so
 * reading never throws: it keeps what is valid, drops what is not and says what it dropped.
 * Hand-written guards rather than zod: this code ships to the browser, where zod would cost ~14 KB.
 */

/** The version of the record shape this code writes. Bump it and add a migration when the shape changes. */
export const QUIZ_RECORD_VERSION = 1;

export interface ScoreRecord extends Score {
  /** When it was scored, in ms since 1970 (Date.now()). */
  at: number;
}

export interface QuizRecord {
  v: typeof QUIZ_RECORD_VERSION;
  /** Completed full attempts (missed-only practice rounds do not count). */
  attempts: number;
  last?: ScoreRecord;
  best?: ScoreRecord;
  /** Each question's answer in the last full attempt, by question id; checked against the question when used. */
  answers: Record<string, unknown>;
  /** The attempt in progress, resumed after a reload. */
  current?: Attempt;
}

export type DecodedQuizRecord =
  /** `dropped` names the parts that were unreadable and left out (empty when all was fine). */
  | { status: 'ok'; record: QuizRecord; dropped: string[] }
  /** Not a record at all (not JSON, not an object, no version): nothing can be kept. */
  | { status: 'unreadable'; raw: string }
  /** Written by a newer version of the site: kept untouched, never overwritten by this code. */
  | { status: 'newer'; version: number; raw: string };

export const emptyQuizRecord = (): QuizRecord => ({ v: QUIZ_RECORD_VERSION, attempts: 0, answers: {} });

/** Upgrades a record written by version `from` to the next version. None yet: version 1 is the first. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
export const quizRecordMigrations: Record<number, Migration> = {};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function readScore(value: unknown): ScoreRecord | undefined {
  if (!isObject(value)) return undefined;
  const { score, total, at } = value;
  if (!isCount(score) || !isCount(total) || total === 0 || score > total || typeof at !== 'number' || !Number.isFinite(at))
    return undefined;
  return { score, total, at };
}

/** An answer is JSON of one of the shapes answers take; whether it fits its question is checked when used. */
function isAnswerShaped(value: unknown): boolean {
  return typeof value === 'boolean' || isCount(value) || (Array.isArray(value) && value.every((item) => item === null || isCount(item)));
}

function readAttempt(value: unknown): Attempt | undefined {
  if (!isObject(value)) return undefined;
  const { kind, seed, order, optionOrder, answers, checked, index } = value;
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === 'string');
  if (kind !== 'full' && kind !== 'missed') return undefined;
  if (!isCount(seed) || !strings(order) || order.length === 0 || !strings(checked)) return undefined;
  if (!isCount(index) || index >= order.length) return undefined;
  if (!isObject(optionOrder) || !Object.values(optionOrder).every((list) => Array.isArray(list) && list.every(isCount))) return undefined;
  if (!isObject(answers) || !Object.values(answers).every(isAnswerShaped)) return undefined;
  return {
    kind,
    seed,
    order,
    optionOrder: optionOrder as Record<string, number[]>,
    answers: answers as Attempt['answers'],
    checked,
    index,
  };
}

/**
 * Applies migrations from `version` up to the current one. Returns undefined when a step is missing
 * (a version this code never wrote), which the caller treats as unreadable.
 */
export function migrate(
  data: Record<string, unknown>,
  version: number,
  migrations: Record<number, Migration> = quizRecordMigrations,
): Record<string, unknown> | undefined {
  let current = data;
  for (let from = version; from < QUIZ_RECORD_VERSION; from++) {
    const step = migrations[from];
    if (!step) return undefined;
    current = { ...step(current), v: from + 1 };
  }
  return current;
}

/** Reads a stored quiz record. Never throws. */
export function decodeQuizRecord(raw: string, migrations: Record<number, Migration> = quizRecordMigrations): DecodedQuizRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', raw };
  }
  if (!isObject(parsed) || !Number.isInteger(parsed['v']) || (parsed['v'] as number) < 0) return { status: 'unreadable', raw };
  const version = parsed['v'] as number;
  if (version > QUIZ_RECORD_VERSION) return { status: 'newer', version, raw };
  const data = migrate(parsed, version, migrations);
  if (!data) return { status: 'unreadable', raw };

  const dropped: string[] = [];
  const record = emptyQuizRecord();
  if (isCount(data['attempts'])) record.attempts = data['attempts'];
  else if ('attempts' in data) dropped.push('attempts');
  for (const field of ['last', 'best'] as const) {
    const score = readScore(data[field]);
    if (score) record[field] = score;
    else if (field in data) dropped.push(field);
  }
  if (isObject(data['answers'])) {
    for (const [id, answer] of Object.entries(data['answers'])) {
      if (isAnswerShaped(answer)) record.answers[id] = answer;
      else dropped.push(`answers.${id}`);
    }
  } else if ('answers' in data) dropped.push('answers');
  const current = readAttempt(data['current']);
  if (current) record.current = current;
  else if ('current' in data) dropped.push('current');
  // A best below the last score can only come from tampering or a bug: the higher one is the best.
  if (record.last) record.best = betterScore(record.best, record.last);
  return { status: 'ok', record, dropped };
}

export function encodeQuizRecord(record: QuizRecord): string {
  return JSON.stringify(record);
}

/** Records a finished full attempt: one more attempt, the last score, the best so far, each answer. */
export function withFinishedAttempt(record: QuizRecord, score: ScoreRecord, answers: Record<string, unknown>): QuizRecord {
  const { current: _finished, ...rest } = record;
  return { ...rest, attempts: record.attempts + 1, last: score, best: betterScore(record.best, score), answers };
}

/** Has the learner passed this quiz at least once? */
export function hasPassed(record: QuizRecord | undefined): boolean {
  return record?.best !== undefined && isPassing(record.best);
}
