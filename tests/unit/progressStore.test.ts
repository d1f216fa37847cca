// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import {
  $quizProgress,
  $repairedQuizzes,
  $storageState,
  probeStorage,
  initProgress,
  readQuiz,
  resetProgressForTests,
  writeQuiz,
  type StorageArea,
} from '../../src/lib/progress/progressStore';
import { emptyQuizRecord, type QuizRecord } from '../../src/lib/progress/quizRecord';
import { browserStorage } from '../support/browserStorage';

const KEY = 'digital-ecosystems:progress:quiz:three-roles';
const passed: QuizRecord = {
  ...emptyQuizRecord(),
  attempts: 1,
  last: { score: 9, total: 10, at: 1 },
  best: { score: 9, total: 10, at: 1 },
};
let unlisten: () => void;
let localStorage: Storage;

/** Fires the event another tab's write would, as the browser does. */
function otherTabWrites(key: string, newValue: string | null) {
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
}

function mount() {
  unlisten = $quizProgress.listen(() => {});
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
  cleanStores($quizProgress);
  vi.unstubAllGlobals();
});

describe('saving and reading', () => {
  it('writes each quiz under its own namespaced key and reads it back', () => {
    mount();
    initProgress();
    writeQuiz('three-roles', passed);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(passed);
    expect(readQuiz($quizProgress.get()['three-roles'])).toEqual({ record: passed, newer: false });
    expect($storageState.get()).toBe('saving');
  });

  it('picks up what another tab saves, and survives garbage from it', () => {
    mount();
    initProgress();
    otherTabWrites(KEY, JSON.stringify(passed));
    expect(readQuiz($quizProgress.get()['three-roles']).record).toEqual(passed);
    otherTabWrites(KEY, '{not json');
    expect($quizProgress.get()['three-roles']).toEqual({ status: 'unreadable', raw: '{not json' });
    expect(readQuiz($quizProgress.get()['three-roles']).record).toEqual(emptyQuizRecord());
  });

  it('reads nothing as an empty record', () => {
    expect(readQuiz(undefined)).toEqual({ record: emptyQuizRecord(), newer: false });
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
    writeQuiz('three-roles', passed);
    expect(readQuiz($quizProgress.get()['three-roles']).record).toEqual(passed);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('storage already full when the page opens: detected by the probe, progress kept in memory', () => {
    useStorage(browserStorage(() => new DOMException('full', 'QuotaExceededError')));
    mount();
    initProgress();
    expect($storageState.get()).toBe('full');
    writeQuiz('three-roles', passed);
    expect(readQuiz($quizProgress.get()['three-roles']).record).toEqual(passed);
  });

  it('full storage: the write that fails is kept in memory and the learner can be told', () => {
    mount();
    initProgress();
    let isFull = false;
    useStorage(
      browserStorage(() => (isFull ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : undefined) as DOMException),
    );
    writeQuiz('three-roles', emptyQuizRecord());
    isFull = true;
    expect(() => writeQuiz('three-roles', passed)).not.toThrow();
    expect($storageState.get()).toBe('full');
    expect(readQuiz($quizProgress.get()['three-roles']).record).toEqual(passed);
    // Later writes keep working, in memory.
    writeQuiz('three-types', passed);
    expect(readQuiz($quizProgress.get()['three-types']).record).toEqual(passed);
  });
});

describe('data the site did not write as it is now', () => {
  it("a newer version's record is never overwritten: everything runs in memory", () => {
    const newer = JSON.stringify({ v: 99, future: true });
    localStorage.setItem(KEY, newer);
    mount();
    initProgress();
    expect($storageState.get()).toBe('newer');
    expect(readQuiz($quizProgress.get()['three-roles'])).toEqual({ record: emptyQuizRecord(), newer: true });
    writeQuiz('three-roles', passed);
    writeQuiz('three-types', passed);
    expect(localStorage.getItem(KEY)).toBe(newer);
    expect(localStorage.getItem('digital-ecosystems:progress:quiz:three-types')).toBeNull();
    expect(readQuiz($quizProgress.get()['three-types']).record).toEqual(passed);
  });

  it('repairs partly unreadable records, removes unreadable ones, keeps the rest, and lists them once', () => {
    localStorage.setItem(KEY, JSON.stringify({ ...passed, attempts: 'many' }));
    localStorage.setItem('digital-ecosystems:progress:quiz:three-types', '\u0000garbage');
    localStorage.setItem('digital-ecosystems:progress:quiz:amazon-case-study', JSON.stringify(passed));
    localStorage.setItem('another-app:data', 'theirs');
    mount();
    initProgress();
    expect($repairedQuizzes.get().sort()).toEqual(['three-roles', 'three-types']);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ ...passed, attempts: 0 });
    expect(localStorage.getItem('digital-ecosystems:progress:quiz:three-types')).toBeNull();
    expect(JSON.parse(localStorage.getItem('digital-ecosystems:progress:quiz:amazon-case-study')!)).toEqual(passed);
    expect(localStorage.getItem('another-app:data')).toBe('theirs');
    expect($storageState.get()).toBe('saving');
  });
});
