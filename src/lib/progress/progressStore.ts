import { atom } from 'nanostores';
import { persistentMap, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeQuizRecord, emptyQuizRecord, encodeQuizRecord, type DecodedQuizRecord, type QuizRecord } from './quizRecord';
import { PROGRESS_PREFIX, QUIZ_PREFIX } from './keys';

/*
 * The learner's progress: a persistent map over localStorage for each kind of item (quizzes so far). @nanostores/persistent has traps this
 * module designs around (see the README's progress section):
 * - it writes storage *before* memory, so a full storage throws out of setKey() and leaves the store
 *   stale: writeQuiz() catches that and switches to an in-memory engine for the rest of the visit;
 * - it silently falls back to memory when storage is blocked: initProgress() probes storage itself so
 *   the learner can be told;
 * - it runs `decode` unguarded on mount and on storage events: decodeQuizRecord() never throws;
 * - it does not check what it reads: decodeQuizRecord() validates every field.
 */

/** Why progress is (or is not) being saved: anything but 'saving' keeps results in memory for this visit. */
export type StorageState = 'saving' | 'blocked' | 'full' | 'newer';

/** Storage as this module uses it: localStorage, or a stand-in in tests. */
export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const $storageState = atom<StorageState>('saving');

/** Quiz ids whose saved progress could not be fully read and was repaired; the learner is told once. */
export const $repairedQuizzes = atom<string[]>([]);

/** Every quiz's saved record, by quiz id, as read from storage (and kept in sync with other tabs). */
export const $quizProgress = persistentMap<Record<string, DecodedQuizRecord | undefined>>(
  QUIZ_PREFIX,
  {},
  {
    encode: (value) => (value === undefined ? undefined : value.status === 'ok' ? encodeQuizRecord(value.record) : value.raw),
    decode: (raw) => decodeQuizRecord(raw),
    listen: true,
  },
);

function localStorageOrUndefined(): StorageArea | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
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

/**
 * From now on, keep progress in memory only: a copy of what storage holds, so nothing read is lost and
 * nothing in storage is written again during this visit.
 */
export function keepInMemory(reason: Exclude<StorageState, 'saving'>, storage: StorageArea | undefined = localStorageOrUndefined()): void {
  if ($storageState.get() === 'saving') {
    const copy: Record<string, string> = {};
    try {
      for (let index = 0; storage && index < storage.length; index++) {
        const key = storage.key(index);
        const value = key?.startsWith(PROGRESS_PREFIX) ? storage.getItem(key) : null;
        if (key && value !== null) copy[key] = value;
      }
    } catch {
      // A storage that throws on reading has nothing to copy.
    }
    setPersistentEngine(copy, windowPersistentEvents);
  }
  $storageState.set(reason);
}

let initialised = false;

/**
 * Run once per page, when the first island mounts: probe storage, protect records written by a
 * newer version of the site, and repair records that are partly unreadable (telling the learner once).
 */
export function initProgress(storage: StorageArea | undefined = localStorageOrUndefined()): void {
  if (initialised) return;
  initialised = true;
  const probe = probeStorage(storage);
  if (probe !== 'writable') {
    keepInMemory(probe, storage);
    return;
  }
  const entries = Object.entries($quizProgress.get());
  if (entries.some(([, value]) => value?.status === 'newer')) {
    // Never write anything while a newer version's data is here: we cannot know how it relates to ours.
    keepInMemory('newer', storage);
    return;
  }
  const repaired: string[] = [];
  for (const [quizId, value] of entries) {
    if (!value || (value.status === 'ok' && value.dropped.length === 0)) continue;
    repaired.push(quizId);
    store(quizId, value.status === 'ok' ? { status: 'ok', record: value.record, dropped: [] } : undefined);
  }
  if (repaired.length > 0) $repairedQuizzes.set(repaired);
}

/** For tests: forget that initProgress() ran and go back to saving. */
export function resetProgressForTests(): void {
  initialised = false;
  $storageState.set('saving');
  $repairedQuizzes.set([]);
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

function store(quizId: string, value: DecodedQuizRecord | undefined): void {
  try {
    $quizProgress.setKey(quizId, value);
  } catch (error) {
    // Storage refused the write (full, or blocked after the probe): keep the result for this visit.
    keepInMemory(isQuotaError(error) ? 'full' : 'blocked');
    $quizProgress.setKey(quizId, value);
  }
}

/** A quiz's saved record (empty if there is none), and whether it is protected newer-version data. */
export function readQuiz(value: DecodedQuizRecord | undefined): { record: QuizRecord; newer: boolean } {
  if (value?.status === 'ok') return { record: value.record, newer: false };
  return { record: emptyQuizRecord(), newer: value?.status === 'newer' };
}

/** Saves a quiz's record. Never throws: if storage fails, the record lives on in memory for this visit. */
export function writeQuiz(quizId: string, record: QuizRecord): void {
  store(quizId, { status: 'ok', record, dropped: [] });
}
