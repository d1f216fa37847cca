import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $repaired, $storageState, initProgress, type RecordStore, type StorageState } from '../../lib/progress/progressStore';
import { decodeRecord, recordOf } from '../../lib/progress/recordCodec';

export interface StoredRecord<R> {
  /** False during the server render and the first client render: storage is not read until mounted. */
  mounted: boolean;
  record: R;
  /** The saved record is a newer version's, kept untouched. */
  newer: boolean;
  storageState: StorageState;
  /** This record was partly unreadable and has been repaired. */
  repaired: boolean;
}

/**
 * One progress record, live (another tab's changes arrive too). Storage is read only after mount: the
 * server render and the first client render show the neutral state, because Preact's hydrate() does
 * not patch attributes that differ, so a stored score in the first render would stick wrongly.
 * A component that is never server-rendered (`hydrated: false`) may read storage from its first render.
 */
export function useRecord<R>(store: RecordStore<R>, id: string, { hydrated = true } = {}): StoredRecord<R> {
  const raw = useStore(store.$raw, { keys: [id] })[id];
  const decoded = useMemo(() => (raw === undefined ? undefined : decodeRecord(store.kind, raw, id)), [store, raw, id]);
  const storageState = useStore($storageState);
  const repaired = useStore($repaired);
  const [mounted, setMounted] = useState(!hydrated);
  if (!hydrated) initProgress();
  useEffect(() => {
    initProgress();
    setMounted(true);
  }, []);
  if (!mounted) return { mounted, record: store.kind.empty(), newer: false, storageState: 'saving', repaired: false };
  return { mounted, ...recordOf(store.kind, decoded), storageState, repaired: repaired.includes(`${store.kind.name}:${id}`) };
}

/**
 * Several records of one kind, live, for a component that is never server-rendered (it reads storage from
 * its first render): each id's record, the empty one when there is none, and whether it is a newer version's.
 */
export function useRecords<R>(store: RecordStore<R>, ids: readonly string[]): ReadonlyMap<string, { record: R; newer: boolean }> {
  initProgress();
  const raw = useStore(store.$raw);
  return useMemo(
    () => new Map(ids.map((id) => [id, recordOf(store.kind, raw[id] === undefined ? undefined : decodeRecord(store.kind, raw[id], id))])),
    [store, raw, ids],
  );
}
