import { progressKey } from '../storageKeys';
import { keepInMemory, writeRaw, type RecordStore } from './progressStore';
import { decodeRecord, encodeRecord, type RecordJoin } from './recordCodec';
import { readItem } from './storageArea';

/**
 * Saves one record, joined (by `join`) with what storage holds for it now: another tab may have saved since
 * this page read it, and last-writer-wins would lose that. Never overwrites a newer version's record, even
 * one that appeared after the page opened. Never throws: if storage fails, the record lives on in memory
 * for this visit. Apart from the store, so pages that only show progress do not download it.
 */
export function saveRecord<R>(store: RecordStore<R>, join: RecordJoin<R>, id: string, record: R): void {
  const raw = readItem(progressKey(store.kind.name, id));
  const stored = raw === null ? undefined : decodeRecord(store.kind, raw, id);
  if (stored?.status === 'newer') keepInMemory('newer');
  const merged = stored?.status === 'ok' ? (join.onWrite ?? join.merge)(stored.record, record) : record;
  writeRaw(store.$raw, id, encodeRecord(merged));
}
