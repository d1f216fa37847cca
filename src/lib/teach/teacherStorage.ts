import { browserStorage } from '../progress/storageArea';

/*
 * The teacher's pages read and write this browser's storage through here (keys in storageKeys.ts: the key
 * file, the saved links, each class's codes). Storage may be blocked or full: reading gives null, writing false.
 */

/** One item of this browser's storage; null when there is none or storage refuses. Never throws. */
export function readStored(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes to this browser's storage; false when it refuses (full, blocked). */
export function writeStored(key: string, value: string): boolean {
  try {
    const storage = browserStorage();
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes an item; false when storage refuses. */
export function removeStored(key: string): boolean {
  try {
    const storage = browserStorage();
    if (!storage) return false;
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
