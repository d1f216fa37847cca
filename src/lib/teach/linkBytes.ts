/*
 * The bit-level writer and reader behind the assignment link, and base64url (RFC 4648 §5, no padding) to
 * put its bytes in a URL fragment. Fields are written most significant bit first, so a setting of two
 * bits costs two bits; varints and byte strings simply continue at whatever bit they start. The reader
 * throws `LinkReadError` on malformed input; the link's decoder catches it at its boundary and returns
 * a typed failure, so nothing untrusted throws out of it.
 */

/** Thrown by `LinkReader` when the bytes end early, or hold a value no writer produces. */
export class LinkReadError extends Error {
  constructor(readonly kind: 'truncated' | 'malformed') {
    super(kind === 'truncated' ? 'the link ends too early' : 'the link holds a value no writer produces');
  }
}

/** The largest varint accepted: every count and length in a link is far smaller. */
const MAX_VARINT = 0xffff;

/** Appends bit fields, varints and bytes; `finish()` pads the last byte with zero bits. */
export class LinkWriter {
  private readonly bytes: number[] = [];
  private bitCount = 0;

  /** Writes `value` (0 ≤ value < 2^width) in `width` bits (0–16), most significant first. */
  bits(value: number, width: number): this {
    if (!Number.isInteger(value) || value < 0 || width > 16 || value >= 2 ** width)
      throw new RangeError(`${value} does not fit in ${width} bits`);
    for (let bit = width - 1; bit >= 0; bit--) {
      const index = this.bitCount >> 3;
      if (index === this.bytes.length) this.bytes.push(0);
      if ((value >> bit) & 1) this.bytes[index]! |= 0x80 >> (this.bitCount & 7);
      this.bitCount++;
    }
    return this;
  }

  /** Writes a whole number 0–65535 as a varint: 7 bits a group, low groups first, a high bit on all but the last. */
  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) throw new RangeError(`${value} is not a varint`);
    let rest = value;
    while (rest >= 0x80) {
      this.bits((rest & 0x7f) | 0x80, 8);
      rest >>= 7;
    }
    return this.bits(rest, 8);
  }

  /** Writes raw bytes. */
  raw(bytes: Uint8Array): this {
    for (const byte of bytes) this.bits(byte, 8);
    return this;
  }

  /** The bytes written, the last one padded with zero bits. */
  finish(): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads what a `LinkWriter` wrote, in the same order; throws `LinkReadError` on bad input. */
export class LinkReader {
  private bitIndex = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Reads a `width`-bit field (0–16 bits). */
  bits(width: number): number {
    if (this.bitIndex + width > this.bytes.length * 8) throw new LinkReadError('truncated');
    let value = 0;
    for (let bit = 0; bit < width; bit++, this.bitIndex++) {
      value = (value << 1) | ((this.bytes[this.bitIndex >> 3]! >> (7 - (this.bitIndex & 7))) & 1);
    }
    return value;
  }

  /** Reads a varint; one longer than needed (a last group of 0) or above 65535 is malformed. */
  varint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const group = this.bits(8);
      if (shift > 14) throw new LinkReadError('malformed');
      value += (group & 0x7f) * 2 ** shift;
      if (group < 0x80) {
        if (shift > 0 && group === 0) throw new LinkReadError('malformed');
        if (value > MAX_VARINT) throw new LinkReadError('malformed');
        return value;
      }
    }
  }

  /** Reads `length` raw bytes. */
  raw(length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    for (let index = 0; index < length; index++) bytes[index] = this.bits(8);
    return bytes;
  }

  /** True when all that is left is the zero padding of the last byte. */
  atEnd(): boolean {
    const left = this.bytes.length * 8 - this.bitIndex;
    return left < 8 && this.bits(left) === 0;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding: safe in a URL fragment as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let char = 0; char < chars; char++) text += ALPHABET[(chunk >> (18 - 6 * char)) & 63];
  }
  return text;
}

/**
 * The bytes of a base64url text without padding, or undefined when it is not one: a character outside
 * the alphabet, a length no byte string has, or unused low bits that are not zero (so each byte string
 * has exactly one text, and the assignment id of a link is that of its bytes).
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bufferBits = 0;
  let out = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xfff;
    bufferBits += 6;
    if (bufferBits >= 8) {
      bufferBits -= 8;
      bytes[out++] = (buffer >> bufferBits) & 0xff;
    }
  }
  return (buffer & ((1 << bufferBits) - 1)) === 0 ? bytes : undefined;
}
