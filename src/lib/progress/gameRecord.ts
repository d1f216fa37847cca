import type { GameScore } from '../game/sortingGame';
import { isCount, isObject, type RecordKind } from './recordCodec';

/** What the site remembers about one sorting game (by deck id), stored as `…progress:game:<deck>`. */

export interface GameResult extends GameScore {
  /** When it was played, in ms since 1970. */
  at: number;
}

export interface GameRecord {
  v: 1;
  /** Finished plays. */
  plays: number;
  last?: GameResult;
  /** The best play: most cards right the first time, then the fastest. */
  best?: GameResult;
  /** The id of the last play saved, so saving it twice counts it once. */
  lastPlay?: string;
}

/** The better of two plays: the higher share right, and of two equal shares the faster (an equal later play does not replace the earlier one). */
export function betterPlay(best: GameResult | undefined, candidate: GameResult): GameResult {
  if (!best) return candidate;
  const share = (result: GameResult) => result.score / result.total;
  if (share(candidate) !== share(best)) return share(candidate) > share(best) ? candidate : best;
  return candidate.seconds < best.seconds ? candidate : best;
}

function readResult(value: unknown): GameResult | undefined {
  if (!isObject(value)) return undefined;
  const { score, total, seconds, at } = value;
  if (
    !isCount(score) ||
    !isCount(total) ||
    total === 0 ||
    score > total ||
    !isCount(seconds) ||
    typeof at !== 'number' ||
    !Number.isFinite(at)
  )
    return undefined;
  return { score, total, seconds, at };
}

export const gameRecordKind: RecordKind<GameRecord> = {
  name: 'game',
  version: 1,
  migrations: {},
  empty: () => ({ v: 1, plays: 0 }),
  read(data, dropped) {
    const record: GameRecord = { v: 1, plays: 0 };
    if (isCount(data['plays'])) record.plays = data['plays'];
    else if ('plays' in data) dropped.push('plays');
    for (const field of ['last', 'best'] as const) {
      const result = readResult(data[field]);
      if (result) record[field] = result;
      else if (field in data) dropped.push(field);
    }
    if (typeof data['lastPlay'] === 'string') record.lastPlay = data['lastPlay'];
    else if ('lastPlay' in data) dropped.push('lastPlay');
    if (record.last) record.best = betterPlay(record.best, record.last);
    return record;
  },
};

/** The record after a finished play: one more play, the last result, perhaps a new best. Saving the same play again changes nothing. */
export function recordAfterPlay(record: GameRecord, playId: string, score: GameScore, now: number): GameRecord {
  if (record.lastPlay === playId) return record;
  const result: GameResult = { ...score, at: now };
  return { v: 1, plays: record.plays + 1, last: result, best: betterPlay(record.best, result), lastPlay: playId };
}
