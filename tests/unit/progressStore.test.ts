// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import {
  $repaired,
  $storageState,
  initProgress,
  probeStorage,
  resetProgressForTests,
  type StorageArea,
} from '../../src/lib/progress/progressStore';
import { quizRecordKind, type QuizRecord } from '../../src/lib/progress/quizRecord';
import { quizRecordJoin } from '../../src/lib/progress/quizRecordUpdates';
import { decodeRecord, recordOf } from '../../src/lib/progress/recordCodec';
import { onProgressChange } from '../../src/lib/progress/storageArea';
import { quizProgress } from '../../src/lib/progress/quizProgress';
import { resetAllProgress, showWritten } from '../../src/lib/progress/allRecords';
import { saveRecord } from '../../src/lib/progress/saveRecord';
import { browserStorage } from '../support/browserStorage';

const KEY = 'digital-ecosystems:progress:quiz:three-roles';
const passed: QuizRecord = {
  ...quizRecordKind.empty(),
  history: [{ id: 'p1', score: 9, total: 10, at: 1 }],
  best: { score: 9, total: 10, at: 1 },
};
let unlisten: () => void;
let localStorage: Storage;

/** A quiz's record as the store has it now. */
const read = (id: string) => {
  const raw = quizProgress.$raw.get()[id];
  return recordOf(quizRecordKind, raw === undefined ? undefined : decodeRecord(quizRecordKind, raw, id));
};

/** Fires the event another tab's write would, as the browser does. */
function otherTabWrites(key: string, newValue: string | null) {
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
}

function mount() {
  unlisten = quizProgress.$raw.listen(() => {});
}

/** Every test starts with its own storage, as a fresh page would. */
function useStorage(storage: Storage) {
  localStorage = storage;
  vi.stubGlobal('localStorage', storage);
  setPersistentEngine(storage as unknown as Record<string, string>, windowPersistentEvents);
}

beforeEach(() => {
  useStorage(browserStorage());
  resetProgressForTests();
});
afterEach(() => {
  unlisten?.();
  // Unmount now (not after nanostores' usual delay), so the next test's mount reads storage afresh.
  cleanStores(quizProgress.$raw);
  vi.unstubAllGlobals();
});

describe('saving and reading', () => {
  it('writes each record under its own namespaced key and reads it back', () => {
    mount();
    initProgress();
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', passed);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(passed);
    expect(read('three-roles')).toEqual({ record: passed, newer: false });
    expect($storageState.get()).toBe('saving');
  });

  it('tells everything that shows progress when a record is saved', () => {
    mount();
    initProgress();
    const heard = vi.fn();
    const stop = onProgressChange(heard);
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', passed);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });

  it('picks up what another tab saves, and survives garbage from it', () => {
    mount();
    initProgress();
    const heard = vi.fn();
    const stop = onProgressChange(heard);
    otherTabWrites(KEY, JSON.stringify(passed));
    expect(read('three-roles').record).toEqual(passed);
    expect(heard).toHaveBeenCalled();
    otherTabWrites(KEY, '{not json');
    expect(read('three-roles').record).toEqual(quizRecordKind.empty());
    stop();
  });

  it('reads nothing as an empty record', () => {
    expect(read('never-taken')).toEqual({ record: quizRecordKind.empty(), newer: false });
  });
});

describe('two tabs writing the same record', () => {
  const attemptOf = (id: string, score: number, at: number): QuizRecord => ({
    ...quizRecordKind.empty(),
    history: [{ id, score, total: 10, at }],
    best: { score, total: 10, at },
  });

  it('joins what storage holds now instead of overwriting it: both attempts are kept', () => {
    mount();
    initProgress();
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', attemptOf('tab-a', 6, 10));
    // Another tab finishes the same quiz; this page has not heard of it yet when it saves its own.
    localStorage.setItem(KEY, JSON.stringify(attemptOf('tab-b', 8, 20)));
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', attemptOf('tab-a', 6, 10));
    const saved = read('three-roles').record;
    expect(saved.history.map((summary) => summary.id)).toEqual(['tab-a', 'tab-b']);
    expect(saved.best).toEqual({ score: 8, total: 10, at: 20 });
  });

  it("a newer version's record that appears after the page opened is still never overwritten", () => {
    mount();
    initProgress();
    const newer = JSON.stringify({ v: 99, future: true });
    localStorage.setItem(KEY, newer);
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', passed);
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect($storageState.get()).toBe('newer');
    expect(read('three-roles').record).toEqual(passed);
  });
});

describe('storage that cannot be used', () => {
  it('blocked storage: detected by a probe, progress kept in memory, nothing thrown', () => {
    const blocked: StorageArea = browserStorage(() => new DOMException('denied', 'SecurityError'));
    expect(probeStorage(blocked)).toBe('blocked');
    expect(probeStorage(undefined)).toBe('blocked');
    expect(probeStorage(localStorage)).toBe('writable');
    expect(probeStorage(browserStorage(() => new DOMException('full', 'QuotaExceededError')))).toBe('full');
    mount();
    initProgress(blocked);
    expect($storageState.get()).toBe('blocked');
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', passed);
    expect(read('three-roles').record).toEqual(passed);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('storage already full when the page opens: detected by the probe, progress kept in memory', () => {
    useStorage(browserStorage(() => new DOMException('full', 'QuotaExceededError')));
    mount();
    initProgress();
    expect($storageState.get()).toBe('full');
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', passed);
    expect(read('three-roles').record).toEqual(passed);
  });

  it('full storage: the write that fails is kept in memory and the learner can be told', () => {
    mount();
    initProgress();
    let isFull = false;
    useStorage(
      browserStorage(() => (isFull ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : undefined) as DOMException),
    );
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', quizRecordKind.empty());
    isFull = true;
    expect(() => saveRecord(quizProgress, quizRecordJoin, 'three-roles', passed)).not.toThrow();
    expect($storageState.get()).toBe('full');
    expect(read('three-roles').record).toEqual(passed);
    // Later writes keep working, in memory.
    saveRecord(quizProgress, quizRecordJoin, 'three-types', passed);
    expect(read('three-types').record).toEqual(passed);
  });
});

describe('data the site did not write as it is now', () => {
  it("a newer version's record is never overwritten: everything runs in memory", () => {
    const newer = JSON.stringify({ v: 99, future: true });
    localStorage.setItem(KEY, newer);
    mount();
    initProgress();
    expect($storageState.get()).toBe('newer');
    expect(read('three-roles')).toEqual({ record: quizRecordKind.empty(), newer: true });
    saveRecord(quizProgress, quizRecordJoin, 'three-roles', passed);
    saveRecord(quizProgress, quizRecordJoin, 'three-types', passed);
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(localStorage.getItem('digital-ecosystems:progress:quiz:three-types')).toBeNull();
    expect(read('three-types').record).toEqual(passed);
  });

  it('repairs partly unreadable records, removes unreadable ones, keeps the rest, and lists them once', () => {
    localStorage.setItem(KEY, JSON.stringify({ ...passed, earlier: 'many' }));
    localStorage.setItem('digital-ecosystems:progress:quiz:three-types', '\u0000garbage');
    localStorage.setItem('digital-ecosystems:progress:quiz:amazon-case-study', JSON.stringify(passed));
    localStorage.setItem('another-app:data', 'theirs');
    mount();
    initProgress();
    expect($repaired.get().sort()).toEqual(['quiz:three-roles', 'quiz:three-types']);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ ...passed, earlier: 0 });
    expect(localStorage.getItem('digital-ecosystems:progress:quiz:three-types')).toBeNull();
    expect(JSON.parse(localStorage.getItem('digital-ecosystems:progress:quiz:amazon-case-study')!)).toEqual(passed);
    expect(localStorage.getItem('another-app:data')).toBe('theirs');
    expect($storageState.get()).toBe('saving');
  });

  it('upgrades a version-1 record in place, with nothing to report', () => {
    const last = { score: 9, total: 10, at: 1 };
    localStorage.setItem(KEY, JSON.stringify({ v: 1, attempts: 1, last, best: passed.best, answers: { 'roles-paypal': 1 } }));
    mount();
    initProgress();
    expect($repaired.get()).toEqual([]);
    expect(read('three-roles').record).toEqual({
      ...passed,
      // Version 1 had no attempt ids: the upgrade names the one attempt it knows after the time it finished.
      history: [{ ...last, id: 'v1-1' }],
      lastAttempt: { id: 'v1-1', order: ['roles-paypal'], answers: { 'roles-paypal': 1 } },
    });
  });
});

describe('all records at once', () => {
  it('shows records written to storage directly (an import) on this page, and resets everything', () => {
    mount();
    initProgress();
    localStorage.setItem(KEY, JSON.stringify(passed));
    expect(read('three-roles').record).toEqual(quizRecordKind.empty());
    showWritten([[KEY, JSON.stringify(passed)]]);
    expect(read('three-roles').record).toEqual(passed);
    localStorage.setItem('digital-ecosystems:theme', 'dark');
    expect(resetAllProgress()).toBe(true);
    expect(read('three-roles').record).toEqual(quizRecordKind.empty());
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem('digital-ecosystems:theme')).toBe('dark');
  });
});
