import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bankFingerprint, canonicalJson, FINGERPRINT_BYTES } from '../../src/lib/teach/bankFingerprint';
import { matching, single, trueFalse } from '../support/quizFixtures';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }, 'x'], e: undefined })).toBe('{"a":[{"c":3,"d":2},"x"],"b":1}');
  });

  it('gives equal data the same text whatever order its keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(JSON.parse(JSON.stringify(object)));
      }),
    );
  });
});

describe('bankFingerprint', () => {
  it("is the first 4 bytes of SHA-256 over the questions' canonical JSON", async () => {
    const expected = createHash('sha256')
      .update(canonicalJson([single, trueFalse]))
      .digest()
      .subarray(0, FINGERPRINT_BYTES);
    expect([...(await bankFingerprint([single, trueFalse]))]).toEqual([...expected]);
  });

  it('changes when a chosen question changes, or the order does', async () => {
    const before = await bankFingerprint([single, matching]);
    expect(await bankFingerprint([{ ...single, prompt: `${single.prompt} ` }, matching])).not.toEqual(before);
    expect(await bankFingerprint([{ ...single, correct: 0 }, matching])).not.toEqual(before);
    expect(await bankFingerprint([matching, single])).not.toEqual(before);
  });

  it('ignores what the site adds when it serves a question (its lesson, its section link) and key order', async () => {
    const served = { link: { href: '/course/lessons/three-roles/#orchestrator', text: 'Orchestrator' }, lesson: 'three-roles', ...single };
    const reordered = Object.fromEntries(Object.entries(single).reverse()) as typeof single;
    expect(await bankFingerprint([served])).toEqual(await bankFingerprint([single]));
    expect(await bankFingerprint([reordered])).toEqual(await bankFingerprint([single]));
  });
});
