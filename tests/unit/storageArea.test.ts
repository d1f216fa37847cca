// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  moveToMemory,
  notifyProgressChange,
  onProgressChange,
  readItem,
  resetStorageAreaForTests,
} from '../../src/lib/progress/storageArea';
import { clearProgress, progressItems, writeItem } from '../../src/lib/progress/storageItems';
import { browserStorage } from '../support/browserStorage';

let storage: Storage;
beforeEach(() => {
  storage = browserStorage();
  vi.stubGlobal('localStorage', storage);
  resetStorageAreaForTests();
});
afterEach(() => vi.unstubAllGlobals());

describe('where progress is read from', () => {
  it('the browser storage, until progress moves into memory; then the copy, whatever storage does', () => {
    storage.setItem('digital-ecosystems:progress:quiz:a', 'A');
    storage.setItem('digital-ecosystems:theme', 'dark');
    expect(readItem('digital-ecosystems:progress:quiz:a')).toBe('A');
    const copy = moveToMemory(storage);
    expect(copy).toEqual({ 'digital-ecosystems:progress:quiz:a': 'A' });
    expect(moveToMemory(storage)).toBe(copy);
    storage.setItem('digital-ecosystems:progress:quiz:a', 'changed elsewhere');
    copy['digital-ecosystems:progress:quiz:b'] = 'B';
    expect(readItem('digital-ecosystems:progress:quiz:a')).toBe('A');
    expect(readItem('digital-ecosystems:progress:quiz:b')).toBe('B');
  });

  it('never throws, even when storage does', () => {
    // A storage whose every use throws, as some privacy settings make it.
    vi.stubGlobal(
      'localStorage',
      new Proxy(
        {},
        {
          get: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        },
      ),
    );
    expect(readItem('digital-ecosystems:progress:quiz:a')).toBeNull();
    expect(moveToMemory()).toEqual({});
  });
});

describe('onProgressChange', () => {
  it("hears this page's writes and other tabs' progress, not other keys, and stops when asked", () => {
    const heard = vi.fn();
    const stop = onProgressChange(heard);
    notifyProgressChange();
    window.dispatchEvent(new StorageEvent('storage', { key: 'digital-ecosystems:progress:quiz:a', newValue: 'x' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'digital-ecosystems:theme', newValue: 'dark' }));
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    notifyProgressChange();
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('once progress lives in memory, other tabs no longer change what this page shows', () => {
    const heard = vi.fn();
    onProgressChange(heard);
    moveToMemory(storage);
    window.dispatchEvent(new StorageEvent('storage', { key: 'digital-ecosystems:progress:quiz:a', newValue: 'x' }));
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('every progress item at once (export, import, reset)', () => {
  it('lists and clears this course’s progress only, wherever it lives, and tells listeners', () => {
    storage.setItem('digital-ecosystems:progress:quiz:a', 'A');
    storage.setItem('digital-ecosystems:progress:lesson:b', 'B');
    storage.setItem('digital-ecosystems:theme', 'dark');
    storage.setItem('another-app:x', 'theirs');
    expect(progressItems()).toEqual(
      new Map([
        ['digital-ecosystems:progress:quiz:a', 'A'],
        ['digital-ecosystems:progress:lesson:b', 'B'],
      ]),
    );
    const heard = vi.fn();
    onProgressChange(heard);
    expect(clearProgress()).toBe(true);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(progressItems().size).toBe(0);
    expect(storage.getItem('digital-ecosystems:theme')).toBe('dark');
    expect(storage.getItem('another-app:x')).toBe('theirs');
  });

  it('in memory, lists the copy and clears it and storage both', () => {
    storage.setItem('digital-ecosystems:progress:quiz:a', 'A');
    const copy = moveToMemory(storage);
    copy['digital-ecosystems:progress:quiz:b'] = 'B';
    expect([...progressItems().keys()].sort()).toEqual(['digital-ecosystems:progress:quiz:a', 'digital-ecosystems:progress:quiz:b']);
    clearProgress();
    expect(copy).toEqual({});
    expect(storage.getItem('digital-ecosystems:progress:quiz:a')).toBeNull();
  });

  it('writes one item, and says when storage refuses', () => {
    expect(writeItem('digital-ecosystems:progress:lesson:x', '{"v":1}')).toBe(true);
    expect(storage.getItem('digital-ecosystems:progress:lesson:x')).toBe('{"v":1}');
    vi.stubGlobal(
      'localStorage',
      browserStorage(() => new DOMException('full', 'QuotaExceededError')),
    );
    expect(writeItem('digital-ecosystems:progress:lesson:y', '{"v":1}')).toBe(false);
  });
});
