import { isCount } from './recordFields';

/*
 * A bounded history of finished attempts (quiz attempts, game plays), each with an id, so records from two
 * tabs, two devices or an imported file join without counting anything twice.
 */

export interface HistoryEntry {
  id: string;
  /** When it finished, in ms since 1970. */
  at: number;
}

export interface History<T extends HistoryEntry> {
  /** Oldest first, at most the kind's limit. */
  history: T[];
  /** Finished entries older than the history keeps, counted. */
  earlier: number;
}

/** Entries in the order they finished (and, for the same moment, by id, so every merge orders alike). */
export function byTime<T extends HistoryEntry>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Entries read from storage: oldest first, at most `limit` (the older ones counted in `earlier`). */
export function boundedHistory<T extends HistoryEntry>(entries: readonly T[], earlier: number, limit: number): History<T> {
  const ordered = byTime(entries);
  const history = ordered.slice(-limit);
  return { history, earlier: earlier + ordered.length - history.length };
}

/**
 * Reads `history` and `earlier` of a stored record: each entry by `readEntry`, in time order, at most
 * `limit`; the name of each part that does not fit goes to `dropped`.
 */
export function readHistory<T extends HistoryEntry>(
  data: Record<string, unknown>,
  readEntry: (value: unknown) => T | undefined,
  limit: number,
  dropped: string[],
): History<T> {
  let earlier = 0;
  if (isCount(data['earlier'])) earlier = data['earlier'];
  else if ('earlier' in data) dropped.push('earlier');
  if (!Array.isArray(data['history'])) {
    if ('history' in data) dropped.push('history');
    return { history: [], earlier };
  }
  const entries: T[] = [];
  data['history'].forEach((value, index) => {
    const entry = readEntry(value);
    if (entry) entries.push(entry);
    else dropped.push(`history.${index}`);
  });
  return boundedHistory(entries, earlier, limit);
}

/** Finished entries, all told. */
export function entryCount(record: History<HistoryEntry>): number {
  return record.earlier + record.history.length;
}
