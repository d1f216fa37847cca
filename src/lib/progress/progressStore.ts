import { atom } from 'nanostores';
import type { MapStore } from 'nanostores';
import { persistentMap, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { PROGRESS_PREFIX, progressPrefix } from '../storageKeys';
import { decodeRecord, encodeRecord, type Decoded, type RecordKind } from './recordCodec';
import { browserStorage, moveToMemory, notifyProgressChange, resetStorageAreaForTests, type StorageArea } from './storageArea';

/*
 * The storage engine every kind of progress shares: one persistent map per kind of record over
 * localStorage, with the probe, the memory fallback, newer-version protection and the repaired-once
 * notice in one place. A kind of record (quiz, lesson read, game) brings only its RecordKind.
 * @nanostores/persistent has traps this module designs around (see the README's progress section):
 * - it writes storage *before* memory, so a full storage throws out of setKey() and leaves the store
 *   stale: writeRaw() catches that and moves progress into memory for the rest of the visit;
 * - it silently falls back to memory when storage is blocked: initProgress() probes storage itself so
 *   the learner can be told;
 * - it decodes without knowing the key, and unguarded: the maps here hold raw strings, and each record
 *   is decoded with its id (migrations may need it) by decodeRecord(), which never throws.
 */

export type { StorageArea };

/** Why progress is (or is not) being saved: anything but 'saving' keeps results in memory for this visit. */
export type StorageState = 'saving' | 'blocked' | 'full' | 'newer';

export const $storageState = atom<StorageState>('saving');

/** Records whose saved form could not be fully read and was repaired, as `<kind>:<id>`; the learner is told once. */
export const $repaired = atom<string[]>([]);

/** Each kind's records as stored: raw strings by id, kept in step with other tabs. Decoding happens per record, with its id. */
export type RawRecords = MapStore<Record<string, string | undefined>>;

export interface RecordStore<R> {
  kind: RecordKind<R>;
  $raw: RawRecords;
  /** Rewrites a record that was partly readable with what could be read, or removes one that could not be read at all. */
  repair(id: string, value: Decoded<R>): void;
}

const stores: RecordStore<unknown>[] = [];

/**
 * Creates the persistent store of one kind of record; call once per kind, in its own module
 * (quizProgress.ts, gameProgress.ts), so a page loads only the kinds it shows. The engine's checks
 * (newer versions, repairs) cover the kinds loaded on the page: a record of a kind the page does not
 * load is never written there either.
 */
export function defineRecordStore<R>(kind: RecordKind<R>): RecordStore<R> {
  const $raw: RawRecords = persistentMap<Record<string, string | undefined>>(progressPrefix(kind.name), {}, { listen: true });
  const store: RecordStore<R> = {
    kind,
    $raw,
    repair: (id, value) => writeRaw($raw, id, value.status === 'ok' ? encodeRecord(value.record) : undefined),
  };
  stores.push(store as RecordStore<unknown>);
  return store;
}

/** Every stored record of one kind, decoded. */
function decodedRecords<R>(store: RecordStore<R>): [string, Decoded<R>][] {
  return Object.entries(store.$raw.get()).flatMap(([id, raw]) =>
    raw === undefined ? [] : [[id, decodeRecord(store.kind, raw, id)] as [string, Decoded<R>]],
  );
}

/** Whether a storage write failed for lack of space (each browser names it its own way), not because storage refuses. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Writes one raw record (undefined removes it); if storage refuses, progress moves to memory and the write is kept there. */
export function writeRaw(map: RawRecords, id: string, value: string | undefined): void {
  try {
    map.setKey(id, value);
  } catch (error) {
    // Storage refused the write (full, or blocked after the probe): keep the result for this visit.
    keepInMemory(isQuotaError(error) ? 'full' : 'blocked');
    map.setKey(id, value);
  }
  notifyProgressChange();
}

/**
 * Can we write to this storage? Reading alone proves nothing: private modes may refuse writes.
 * 'full' when the write failed for lack of space, 'blocked' when storage refuses or is missing.
 */
export function probeStorage(storage: StorageArea | undefined): 'writable' | 'full' | 'blocked' {
  if (!storage) return 'blocked';
  const probe = `${PROGRESS_PREFIX}__probe__`;
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return 'writable';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'blocked';
  }
}

/** From now on, keep progress in memory only: nothing read is lost, and nothing in storage is written again this visit. */
export function keepInMemory(reason: Exclude<StorageState, 'saving'>, storage: StorageArea | undefined = browserStorage()): void {
  if ($storageState.get() === 'saving') setPersistentEngine(moveToMemory(storage), windowPersistentEvents);
  $storageState.set(reason);
}

let initialised = false;

/**
 * Run once per page, when the first island mounts: probe storage, protect records written by a newer
 * version of the site, and repair records that are partly unreadable (telling the learner once).
 */
export function initProgress(storage: StorageArea | undefined = browserStorage()): void {
  if (initialised) return;
  initialised = true;
  const probe = probeStorage(storage);
  if (probe !== 'writable') {
    keepInMemory(probe, storage);
    return;
  }
  if (stores.some((store) => decodedRecords(store).some(([, value]) => value.status === 'newer'))) {
    // Never write anything while a newer version's data is here: we cannot know how it relates to ours.
    keepInMemory('newer', storage);
    return;
  }
  const repaired: string[] = [];
  for (const store of stores) {
    for (const [id, value] of decodedRecords(store)) {
      if (value.status === 'ok' && value.dropped.length === 0) continue;
      repaired.push(`${store.kind.name}:${id}`);
      store.repair(id, value);
    }
  }
  if (repaired.length > 0) $repaired.set(repaired);
}

/** Every store defined on this page so far (each kind's module defines its own when loaded). */
export function loadedStores(): readonly RecordStore<unknown>[] {
  return stores;
}

/** For tests: forget that initProgress() ran and go back to saving in the browser's storage. */
export function resetProgressForTests(): void {
  initialised = false;
  resetStorageAreaForTests();
  $storageState.set('saving');
  $repaired.set([]);
}
