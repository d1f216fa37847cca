/*
 * A small bit-level writer and reader for the teachers' compact formats (result codes now, and generic enough
 * for the assignment link to join later). Everything is written most significant bit first, so a value of a
 * few bits (an option index, a yes/no) costs only those bits, while varints and strings keep their usual
 * byte form at whatever bit they start. The reader throws a `ByteReadError` on malformed input; decoders
 * catch it at their boundary and turn it into a typed failure, so nothing untrusted throws out of them.
 */

/** Thrown by `ByteReader` when the input ends early or holds a value no writer produces. */
export class ByteReadError extends Error {
  constructor(readonly kind: 'truncated' | 'malformed') {
    super(kind === 'truncated' ? 'the data ends too early' : 'the data holds a value no writer produces');
  }
}

/** The largest varint either side accepts: 2³² − 1 covers every count, length and time the formats need. */
export const MAX_VARINT = 0xffff_ffff;

/** Appends bit fields, varints, bytes and strings; `finish()` pads the last byte with zero bits. */
export class ByteWriter {
  private readonly bytes: number[] = [];
  private bitCount = 0;

  /** Writes `value` (0 ≤ value < 2^width) in `width` bits (0–32), most significant first. */
  bits(value: number, width: number): this {
    if (!Number.isInteger(value) || width < 0 || width > 32 || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let bit = width - 1; bit >= 0; bit--) this.bit(Math.floor(value / 2 ** bit) % 2 === 1);
    return this;
  }

  /** Writes one bit. */
  bit(on: boolean): this {
    const index = this.bitCount >> 3;
    if (index === this.bytes.length) this.bytes.push(0);
    if (on) this.bytes[index]! |= 0x80 >> (this.bitCount & 7);
    this.bitCount++;
    return this;
  }

  /** Writes a whole number 0 … MAX_VARINT as an unsigned LEB128 varint (7 bits a byte, low groups first). */
  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) throw new RangeError(`${value} is not a varint`);
    let rest = value;
    do {
      const low = rest % 128;
      rest = Math.floor(rest / 128);
      this.bits(rest > 0 ? low | 0x80 : low, 8);
    } while (rest > 0);
    return this;
  }

  /** Writes raw bytes. */
  raw(bytes: Uint8Array): this {
    for (const byte of bytes) this.bits(byte, 8);
    return this;
  }

  /** Writes a string as its UTF-8 byte length (varint) and bytes. */
  string(text: string): this {
    const bytes = new TextEncoder().encode(text);
    return this.varint(bytes.length).raw(bytes);
  }

  /** The bytes written, the last one padded with zero bits. */
  finish(): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads what a `ByteWriter` wrote, in the same order; throws `ByteReadError` on bad input. */
export class ByteReader {
  private bitIndex = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /** Reads one bit. */
  bit(): boolean {
    const byte = this.bytes[this.bitIndex >> 3];
    if (byte === undefined) throw new ByteReadError('truncated');
    const on = (byte & (0x80 >> (this.bitIndex & 7))) !== 0;
    this.bitIndex++;
    return on;
  }

  /** Reads a `width`-bit unsigned value (0–32 bits). */
  bits(width: number): number {
    let value = 0;
    for (let bit = 0; bit < width; bit++) value = value * 2 + (this.bit() ? 1 : 0);
    return value;
  }

  /** Reads a varint; a value over MAX_VARINT or a needlessly long form (a trailing zero group) is malformed. */
  varint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.bits(8);
      value += (byte & 0x7f) * 2 ** shift;
      if (value > MAX_VARINT) throw new ByteReadError('malformed');
      if ((byte & 0x80) === 0) {
        // One encoding per value: a final group of zero after the first means the writer did not make it.
        if (byte === 0 && shift > 0) throw new ByteReadError('malformed');
        return value;
      }
    }
  }

  /** Reads `count` raw bytes. */
  raw(count: number): Uint8Array<ArrayBuffer> {
    if (count > this.bitsLeft() / 8) throw new ByteReadError('truncated');
    return Uint8Array.from({ length: count }, () => this.bits(8));
  }

  /** Reads a string written by `ByteWriter.string`, of at most `maxBytes` UTF-8 bytes; invalid UTF-8 is malformed. */
  string(maxBytes: number): string {
    const length = this.varint();
    if (length > maxBytes) throw new ByteReadError('malformed');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
    } catch (error) {
      if (error instanceof ByteReadError) throw error;
      throw new ByteReadError('malformed');
    }
  }

  /** Bits not read yet. */
  bitsLeft(): number {
    return this.bytes.length * 8 - this.bitIndex;
  }

  /** True when all that is left is the zero padding of the last byte: anything else is data no writer wrote. */
  atPaddedEnd(): boolean {
    if (this.bitsLeft() >= 8) return false;
    while (this.bitsLeft() > 0) if (this.bit()) return false;
    return true;
  }
}

/** Bytes as base64url without padding (RFC 4648 §5), the form links and codes carry. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Base64url text back to bytes, or undefined when it is not base64url: a character outside the alphabet,
 * padding, an impossible length, or unused low bits set (so each byte string has exactly one text).
 */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return toBase64Url(bytes) === text ? bytes : undefined;
}

/** True when two byte strings are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/** Bytes joined into one array. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
