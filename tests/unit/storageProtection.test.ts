import { describe, expect, it } from 'vitest';
import { storageProtection } from '../../src/lib/progress/storageProtection';

describe('storageProtection', () => {
  it('says whether the browser promised to keep the site’s storage, and never rejects', async () => {
    expect(await storageProtection({ persisted: () => Promise.resolve(true) })).toBe('persistent');
    expect(await storageProtection({ persisted: () => Promise.resolve(false) })).toBe('best-effort');
    expect(await storageProtection({ persisted: () => Promise.reject(new Error('no')) })).toBe('unsupported');
    expect(await storageProtection(undefined)).toBe('unsupported');
    expect(await storageProtection({} as never)).toBe('unsupported');
  });
});
