import { describe, expect, it } from 'vitest';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import { reviveProps } from '../../src/lib/export/astroProps';

describe('reviveProps', () => {
  it("gives back what Astro's own serializer wrote, for every kind of value Astro keeps", () => {
    const props = {
      text: 'Check your understanding',
      count: 10,
      flag: true,
      nothing: null,
      list: ['a', 1, [2, 3]],
      nested: { href: '/lessons/a/', scores: [1, 2] },
      when: new Date('2025-01-02T03:04:05.000Z'),
      pattern: /ab+c/,
      map: new Map([['a', 1]]),
      set: new Set(['x', 'y']),
      big: 12345678901234567890n,
      url: new URL('https://example.org/x'),
      bytes: new Uint8Array([1, 2, 3]),
      words: new Uint16Array([500]),
      longs: new Uint32Array([70000]),
      far: Infinity,
      near: -Infinity,
    };
    const revived = reviveProps(serializeProps(props, { displayName: 'Fixture', astroStaticSlot: true }));
    expect(revived).toEqual({ ...props, pattern: expect.any(RegExp) });
    expect(String(revived['pattern'])).toBe('/ab+c/');
  });

  it('gives no props for an island without the attribute', () => {
    expect(reviveProps(null)).toEqual({});
  });
});
