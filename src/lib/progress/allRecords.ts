import { progressPrefix } from '../storageKeys';
import { loadedStores } from './progressStore';
import { notifyProgressChange } from './storageArea';
import { clearProgress } from './storageItems';

/*
 * Every record at once, for the progress page: records an import wrote shown on the page, and a reset of
 * everything. Apart from the engine (progressStore.ts), which every island loads, because only that page
 * needs it.
 */

/**
 * Deletes all progress of this course in this browser (see clearProgress), and empties every store loaded
 * on the page so what it shows follows. Returns false when the browser's storage refused.
 */
export function resetAllProgress(): boolean {
  const cleared = clearProgress();
  for (const store of loadedStores()) for (const id of Object.keys(store.$raw.get())) store.$raw.setKey(id, undefined);
  return cleared;
}

/**
 * After records were written to storage directly (an import), shows them in every store loaded on the
 * page (the stores hear other tabs' writes, not this page's own).
 */
export function showWritten(entries: readonly (readonly [string, string])[]): void {
  for (const [key, value] of entries) {
    const store = loadedStores().find((candidate) => key.startsWith(progressPrefix(candidate.kind.name)));
    store?.$raw.setKey(key.slice(progressPrefix(store.kind.name).length), value);
  }
  notifyProgressChange();
}
