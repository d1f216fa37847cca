import { entryCount, readHistory } from './attemptHistory';
import type { RecordKind } from './recordCodec';
import { isCount, isObject, readGameResult, RECORD_VERSIONS, type GameResult } from './recordFields';

export type { GameResult };

/** What the site remembers about one sorting game (by deck id), stored as `…progress:game:<deck>`, and how it is read. */

/** One finished play, as the history keeps it. */
export interface PlaySummary extends GameResult {
  id: string;
}

/** How many finished plays a record keeps (for merging without double counting). */
export const PLAY_LIMIT = 200;

export interface GameRecord {
  v: 2;
  /** Finished plays, oldest first, at most PLAY_LIMIT. */
  history: PlaySummary[];
  /** Finished plays older than the history keeps, counted. */
  earlier: number;
  /** The best play: most cards right the first time, then the fastest. */
  best?: GameResult;
}

/** The better of two plays: the higher share right, then the faster, then the earlier: a strict order, so merging in either order agrees. */
export function betterPlay(best: GameResult | undefined, candidate: GameResult): GameResult {
  if (!best) return candidate;
  const share = candidate.score / candidate.total - best.score / best.total;
  if (share !== 0) return share > 0 ? candidate : best;
  if (candidate.seconds !== best.seconds) return candidate.seconds < best.seconds ? candidate : best;
  if (candidate.at !== best.at) return candidate.at < best.at ? candidate : best;
  return candidate.total > best.total ? candidate : best;
}

function readPlay(value: unknown): PlaySummary | undefined {
  const result = readGameResult(value);
  return result && isObject(value) && typeof value['id'] === 'string' ? { ...result, id: value['id'] } : undefined;
}

export const resultOf = ({ score, total, seconds, at }: GameResult): GameResult => ({ score, total, seconds, at });

/** Version 1 counted plays and kept the last one; version 2 keeps a history of plays with their ids, so merging never counts one twice. */
function fromVersion1(data: Record<string, unknown>): Record<string, unknown> {
  const { plays, last, lastPlay, ...rest } = data;
  const result = readGameResult(last);
  const history = result ? [{ ...result, id: typeof lastPlay === 'string' ? lastPlay : `v1-${result.at}` }] : [];
  return { ...rest, history, earlier: Math.max(0, (isCount(plays) ? plays : history.length) - history.length) };
}

export const gameRecordKind: RecordKind<GameRecord> = {
  name: 'game',
  version: RECORD_VERSIONS.game,
  migrations: { 1: fromVersion1 },
  empty: () => ({ v: 2, history: [], earlier: 0 }),
  read(data, dropped) {
    const record: GameRecord = { v: 2, ...readHistory(data, readPlay, PLAY_LIMIT, dropped) };
    const best = readGameResult(data['best']);
    if (best) record.best = best;
    else if ('best' in data) dropped.push('best');
    for (const play of record.history) record.best = betterPlay(record.best, resultOf(play));
    return record;
  },
};

/** Finished plays, all told. */
export const playCount: (record: GameRecord) => number = entryCount;
