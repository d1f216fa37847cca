import { PROGRESS_PREFIX } from '../storageKeys';

/*
 * Where progress lives right now: the browser's localStorage, or, once storage has failed (blocked,
 * full, or holding a newer version's data), an in-memory copy for the rest of the visit. Tiny and free
 * of nanostores on purpose: the marks script on every page reads through it, so it agrees with the
 * islands even when progress is only in memory.
 */

/** Storage as progress uses it: localStorage, or a stand-in in tests. */
export type StorageArea = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The in-memory copy, once progress has moved there. */
let memory: Record<string, string> | undefined;

/** The browser's localStorage, or undefined where merely touching it throws (some privacy settings). */
export function browserStorage(): StorageArea | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Moves progress into memory for the rest of the visit: a copy of every progress item storage holds, so
 * nothing read is lost and nothing in storage is written again. Returns the copy (the engine hands it
 * to the persistent stores); calling it again returns the same copy.
 */
export function moveToMemory(storage: StorageArea | undefined = browserStorage()): Record<string, string> {
  if (memory) return memory;
  memory = {};
  try {
    for (let index = 0; storage && index < storage.length; index++) {
      const key = storage.key(index);
      const value = key?.startsWith(PROGRESS_PREFIX) ? storage.getItem(key) : null;
      if (key && value !== null) memory[key] = value;
    }
  } catch {
    // A storage that throws on reading has nothing to copy.
  }
  return memory;
}

/** One progress item from wherever progress lives now; null when there is none or storage refuses. Never throws. */
export function readItem(key: string): string | null {
  if (memory) return memory[key] ?? null;
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The in-memory copy progress lives in, once it has moved there (undefined while it lives in the browser's storage). */
export function memoryCopy(): Record<string, string> | undefined {
  return memory;
}

const listeners = new Set<() => void>();

/**
 * Calls `listener` whenever progress changes: written on this page, or in another tab (a storage event).
 * The one change notification for everything that shows progress. Returns the unsubscribe function.
 */
export function onProgressChange(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', fromOtherTab);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', fromOtherTab);
  };
}

function fromOtherTab(event: StorageEvent): void {
  // key null: another tab cleared all of this site's storage.
  if (!memory && (event.key === null || event.key.startsWith(PROGRESS_PREFIX))) notifyProgressChange();
}

/** Tells every listener that progress changed; the store calls it after each write. */
export function notifyProgressChange(): void {
  for (const listener of [...listeners]) listener();
}

/** For tests: back to reading the browser's storage, with no listeners. */
export function resetStorageAreaForTests(): void {
  memory = undefined;
  listeners.clear();
}
