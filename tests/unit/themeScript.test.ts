import { describe, expect, it } from 'vitest';
import { cspHash, themeScript } from '../../src/lib/themeScript';
import { THEME_KEY } from '../../src/lib/storageKeys';

describe('cspHash', () => {
  it('is the base64 SHA-256 CSP source of the exact text', () => {
    // Reference value from: printf 'doSomething();' | openssl sha256 -binary | openssl base64
    expect(cspHash('doSomething();')).toBe('sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc=');
  });
});

describe('themeScript', () => {
  it('reads and writes the namespaced theme key', () => {
    expect(themeScript).toContain(JSON.stringify(THEME_KEY));
    expect(THEME_KEY.startsWith('digital-ecosystems:')).toBe(true);
  });

  it('stays tiny: it blocks rendering on every page', () => {
    expect(new TextEncoder().encode(themeScript).length).toBeLessThan(1200);
  });

  it('guards every storage access', () => {
    const accesses = themeScript.match(/localStorage\.\w+\(/g) ?? [];
    const guarded = themeScript.match(/try\{[^}]*localStorage\.\w+\([^}]*\}catch/g) ?? [];
    expect(accesses.length).toBeGreaterThan(0);
    expect(guarded.length).toBe(accesses.length);
  });
});
