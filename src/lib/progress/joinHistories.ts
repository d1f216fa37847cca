import { byTime, type History, type HistoryEntry } from './attemptHistory';

/**
 * Two histories as one: entries joined by id, the latest `limit` kept. What is older than the joined history
 * is each side's own count of it plus its entries that fell out in this join, whichever side counts more
 * (entries that have left a history cannot be matched by id, so adding the two counts could count some
 * twice). Symmetric and unchanged by joining again: commutative and idempotent.
 */
export function joinHistories<T extends HistoryEntry>(a: History<T>, b: History<T>, limit: number): History<T> {
  const history = byTime([...new Map([...a.history, ...b.history].map((entry) => [entry.id, entry])).values()]).slice(-limit);
  const kept = new Set(history.map((entry) => entry.id));
  const fellOut = (side: History<T>) => side.history.filter((entry) => !kept.has(entry.id)).length;
  return { history, earlier: Math.max(a.earlier + fellOut(a), b.earlier + fellOut(b)) };
}
