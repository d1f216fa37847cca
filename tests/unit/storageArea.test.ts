// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  moveToMemory,
  notifyProgressChange,
  onProgressChange,
  readItem,
  resetStorageAreaForTests,
} from '../../src/lib/progress/storageArea';
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
