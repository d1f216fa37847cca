import { PROGRESS_PREFIX } from '../storageKeys';
import { browserStorage, memoryCopy, notifyProgressChange } from './storageArea';

/*
 * Progress items read and written directly, wherever progress lives now (storageArea.ts), for code that
 * works without the islands' stores: the lesson page's read mark, and the progress page's export, import
 * and reset. Apart from storageArea.ts, which every page loads, because only these pages need it.
 */

/**
 * Writes one progress item where progress lives now, for code that runs without the islands' stores (the
 * lesson page's "read" mark). Never throws; false when storage refused the write. It does not move progress
 * into memory: the islands' stores decide that for the whole page (progressStore.ts).
 */
export function writeItem(key: string, value: string): boolean {
  try {
    const memory = memoryCopy();
    if (memory) memory[key] = value;
    else if (browserStorage()) browserStorage()!.setItem(key, value);
    else return false;
  } catch {
    return false;
  }
  notifyProgressChange();
  return true;
}

/** Every progress item, from wherever progress lives now (for export and import). Never throws. */
export function progressItems(): Map<string, string> {
  const memory = memoryCopy();
  if (memory) return new Map(Object.entries(memory));
  const items = new Map<string, string>();
  try {
    const storage = browserStorage();
    for (let index = 0; storage && index < storage.length; index++) {
      const key = storage.key(index);
      const value = key?.startsWith(PROGRESS_PREFIX) ? storage.getItem(key) : null;
      if (key && value !== null) items.set(key, value);
    }
  } catch {
    // Storage that throws on reading has nothing to give.
  }
  return items;
}

/**
 * Deletes every progress item of this course, from memory and from the browser's storage (a newer
 * version's records too: the learner asked for all of it to go). Other keys (the theme, other apps) stay.
 * Returns false when storage refused, so nothing could be deleted there.
 */
export function clearProgress(): boolean {
  const memory = memoryCopy();
  // The copy is shared with the stores' engine, so it is emptied in place.
  if (memory) for (const key of Object.keys(memory)) if (key.startsWith(PROGRESS_PREFIX)) Reflect.deleteProperty(memory, key);
  let cleared = true;
  try {
    const storage = browserStorage();
    const keys: string[] = [];
    for (let index = 0; storage && index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(PROGRESS_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage!.removeItem(key);
  } catch {
    cleared = false;
  }
  notifyProgressChange();
  return cleared;
}
