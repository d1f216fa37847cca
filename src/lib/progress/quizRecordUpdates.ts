import type { Attempt, PastAttempt, QuizState } from '../quiz/quizMachine';
import { boundedHistory } from './attemptHistory';
import { joinHistories } from './joinHistories';
import { bestOf, HISTORY_LIMIT, scoreOf, type AttemptSummary, type QuizRecord, type ScoreRecord } from './quizRecord';
import type { RecordJoin } from './recordCodec';

/** How a quiz record changes: after each state of an attempt, and when two copies of it are joined. */

function withCurrent(record: QuizRecord, current: Attempt | undefined): QuizRecord {
  const { current: _replaced, ...rest } = record;
  return current ? { ...rest, current } : rest;
}

/**
 * Two records of one quiz as one: attempts joined by id (so the same attempt never counts twice), the best
 * score of either, the later last attempt for review, and of two attempts in progress the one started
 * later. Commutative and idempotent, so importing a file twice, or in either order, gives the same record.
 */
export function mergeQuizRecords(a: QuizRecord, b: QuizRecord): QuizRecord {
  const { history, earlier } = joinHistories(a, b, HISTORY_LIMIT);
  const byId = new Map([...a.history, ...b.history].map((summary) => [summary.id, summary]));
  let best: ScoreRecord | undefined;
  for (const score of [a.best, b.best, ...history]) if (score) best = bestOf(best, scoreOf(score));
  const merged: QuizRecord = { v: 3, history, earlier, ...(best ? { best } : {}) };
  // The last attempt to review is the one that finished last.
  // (Array sort always puts undefined last, so the absent ones are filtered out first.)
  const finishedAt = (past: PastAttempt) => byId.get(past.id)?.at ?? -1;
  const last = [a.lastAttempt, b.lastAttempt]
    .filter((past) => past !== undefined)
    .sort((x, y) => finishedAt(x) - finishedAt(y) || compareIds(x.id, y.id))
    .at(-1);
  if (last) merged.lastAttempt = last;
  // Attempt ids start with the time they began (newAttemptId), so the larger id is the later start.
  const current = [a.current, b.current]
    .filter((attempt) => attempt !== undefined)
    .sort((x, y) => compareIds(x.id, y.id))
    .at(-1);
  return withCurrent(merged, current);
}

const compareIds = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const quizRecordJoin: RecordJoin<QuizRecord> = {
  merge: mergeQuizRecords,
  // The writer's own attempt in progress is what it is now, whatever storage held: it wins over a merge.
  onWrite: (stored, mine) => withCurrent(mergeQuizRecords(stored, mine), mine.current),
};

/**
 * What the saved record becomes when the quiz reaches `state`: the attempt in progress is kept to
 * resume; a finished full attempt counts once (its id is remembered), sets the last score and perhaps
 * the best, and is kept for review; a finished practice round only ends; a review changes nothing.
 */
export function recordAfter(record: QuizRecord, state: QuizState, now: number): QuizRecord {
  if (state.phase === 'reviewing') return record;
  if (state.phase === 'asking') return { ...record, current: state.attempt };
  const rest = withCurrent(record, undefined);
  const { attempt, result } = state;
  if (attempt.kind === 'missed' || record.history.some((summary) => summary.id === attempt.id)) return rest;
  const draw = attempt.draw === undefined ? {} : { draw: attempt.draw };
  const summary: AttemptSummary = { id: attempt.id, score: result.score, total: result.total, at: now, ...draw };
  const lastAttempt: PastAttempt = { id: attempt.id, order: attempt.order, answers: attempt.answers, ...draw };
  return {
    ...rest,
    ...boundedHistory([...record.history, summary], record.earlier, HISTORY_LIMIT),
    best: bestOf(record.best, scoreOf(summary)),
    lastAttempt,
  };
}
