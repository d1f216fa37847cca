/*
 * P-256 public points in their 33-byte compressed form (SEC 1 §2.3.3), by hand with BigInt. Links carry the
 * teacher's key compressed and codes carry the learner's ephemeral key compressed, but importing a compressed
 * point is optional in WebCrypto and Safari and Firefox before 146 cannot
 * (https://github.com/mdn/browser-compat-data/pull/28497), so we rebuild the 65-byte uncompressed form
 * ourselves and import that, everywhere, so every browser runs the same code.
 */

/** The field prime p = 2²⁵⁶ − 2²²⁴ + 2¹⁹² + 2⁹⁶ − 1. */
const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
/** The curve y² = x³ − 3x + b (mod p). */
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function modPow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let square = base % P;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * square) % P;
    square = (square * square) % P;
  }
  return result;
}

const toBigInt = (bytes: Uint8Array): bigint => bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);

function toBytes(value: bigint): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(32);
  let rest = value;
  for (let index = 31; index >= 0; index--) {
    bytes[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/** The right-hand side x³ − 3x + b of the curve equation. */
const curveRight = (x: bigint): bigint => (((x * x * x - 3n * x + B) % P) + P) % P;

/** The 65-byte uncompressed point (0x04 ‖ x ‖ y) as the 33-byte compressed one (0x02 | parity of y ‖ x). */
export function compressPoint(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  if (raw.length !== 65 || raw[0] !== 0x04) throw new RangeError('expected a 65-byte uncompressed P-256 point');
  const compressed = new Uint8Array(33);
  compressed[0] = 0x02 | (raw[64]! & 1);
  compressed.set(raw.subarray(1, 33), 1);
  return compressed;
}

/**
 * The 33-byte compressed point as the 65-byte uncompressed one, or undefined when it is no point of P-256:
 * a wrong length or prefix, x not below p, or x³ − 3x + b with no square root (x is not on the curve).
 */
export function decompressPoint(compressed: Uint8Array): Uint8Array<ArrayBuffer> | undefined {
  const prefix = compressed[0];
  if (compressed.length !== 33 || (prefix !== 0x02 && prefix !== 0x03)) return undefined;
  const x = toBigInt(compressed.subarray(1));
  if (x >= P) return undefined;
  const right = curveRight(x);
  // p ≡ 3 (mod 4), so a square root, when there is one, is right^((p+1)/4).
  let y = modPow(right, (P + 1n) / 4n);
  if ((y * y) % P !== right) return undefined;
  if ((y & 1n) !== BigInt(prefix & 1)) y = (P - y) % P;
  const raw = new Uint8Array(65);
  raw[0] = 0x04;
  raw.set(toBytes(x), 1);
  raw.set(toBytes(y), 33);
  return raw;
}
