import type { GameScore } from '../game/sortingGame';
import { joinHistories } from './joinHistories';
import { betterPlay, PLAY_LIMIT, resultOf, type GameRecord, type GameResult } from './gameRecord';
import type { RecordJoin } from './recordCodec';

/** How a game record changes: after a play, and when two copies of it are joined. */

/** Two records of one game as one: plays joined by id, the best of either. Commutative and idempotent. */
export function mergeGameRecords(a: GameRecord, b: GameRecord): GameRecord {
  const { history, earlier } = joinHistories(a, b, PLAY_LIMIT);
  let best: GameResult | undefined;
  for (const result of [a.best, b.best, ...history]) if (result) best = betterPlay(best, resultOf(result));
  return { v: 2, history, earlier, ...(best ? { best } : {}) };
}

export const gameRecordJoin: RecordJoin<GameRecord> = { merge: mergeGameRecords };

/** The record after a finished play: one more play in the history, perhaps a new best. Saving the same play again changes nothing. */
export function recordAfterPlay(record: GameRecord, playId: string, score: GameScore, now: number): GameRecord {
  if (record.history.some((play) => play.id === playId)) return record;
  return mergeGameRecords(record, { v: 2, history: [{ ...score, at: now, id: playId }], earlier: 0 });
}
