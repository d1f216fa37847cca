/**
 * Whether the browser has promised to keep this site's storage (navigator.storage.persisted()): 'persistent'
 * when it has, 'best-effort' when it may delete it under pressure (or, in Safari, after seven days without a
 * visit), 'unsupported' when it cannot say. Never rejects.
 */
export type StorageProtection = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

export async function storageProtection(storage: Pick<StorageManager, 'persisted'> | undefined): Promise<StorageProtection> {
  if (typeof storage?.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}
