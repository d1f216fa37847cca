import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressPoint, decompressPoint } from '../../src/lib/teach/p256';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

async function rawPublicKey(): Promise<Uint8Array> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
}

const hex = (text: string) => Uint8Array.from(text.match(/../g)!, (pair) => parseInt(pair, 16));

describe('compressed P-256 points', () => {
  it("decompress to exactly WebCrypto's own uncompressed export, for many generated keys (both parities)", async () => {
    const parities = new Set<number>();
    for (let round = 0; round < 200; round++) {
      const raw = await rawPublicKey();
      const compressed = compressPoint(raw);
      expect(compressed).toHaveLength(33);
      parities.add(compressed[0]!);
      expect(decompressPoint(compressed)).toEqual(raw);
    }
    expect(parities).toEqual(new Set([0x02, 0x03]));
  });

  it('decompress the generator G (SEC 2 §2.4.2)', () => {
    const x = '6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296';
    const y = '4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5';
    expect(decompressPoint(hex(`03${x}`))).toEqual(hex(`04${x}${y}`));
  });

  it('refuse what is no point of the curve, with undefined rather than a throw', () => {
    const x = new Uint8Array(32);
    expect(decompressPoint(new Uint8Array())).toBeUndefined();
    expect(decompressPoint(Uint8Array.of(0x04, ...x))).toBeUndefined();
    expect(decompressPoint(Uint8Array.of(0x02, ...x.subarray(1)))).toBeUndefined();
    expect(decompressPoint(Uint8Array.of(0x02, ...new Uint8Array(32).fill(0xff)))).toBeUndefined(); // x ≥ p
    // x = 1 gives 1 − 3 + b, which has no square root mod p: not on the curve.
    expect(decompressPoint(Uint8Array.of(0x02, ...x.subarray(1), 1))).toBeUndefined();
  });

  it('about half of all x are on the curve, and WebCrypto agrees on each point we accept', async () => {
    const samples = fc.sample(fc.uint8Array({ minLength: 32, maxLength: 32 }), 200);
    let accepted = 0;
    for (const x of samples) {
      const raw = decompressPoint(Uint8Array.of(0x02, ...x));
      if (!raw) continue;
      accepted++;
      await expect(crypto.subtle.importKey('raw', raw, ECDH, true, [])).resolves.toBeDefined();
    }
    expect(accepted).toBeGreaterThan(60);
    expect(accepted).toBeLessThan(140);
  });

  it('never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 70 }),
          fc
            .tuple(fc.constantFrom(0x02, 0x03), fc.uint8Array({ minLength: 32, maxLength: 32 }))
            .map(([prefix, x]) => Uint8Array.of(prefix, ...x)),
        ),
        (bytes) => {
          const raw = decompressPoint(bytes);
          if (raw) expect(compressPoint(raw)).toEqual(bytes);
        },
      ),
    );
  });

  it('compress only an uncompressed point', () => {
    expect(() => compressPoint(new Uint8Array(33))).toThrow(RangeError);
  });
});
