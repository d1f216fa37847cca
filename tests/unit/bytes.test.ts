import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ByteReader,
  ByteReadError,
  ByteWriter,
  concatBytes,
  fromBase64Url,
  MAX_VARINT,
  sameBytes,
  toBase64Url,
} from '../../src/lib/teach/bytes';

/** One field of a bit-packed record, as a test writes and reads it. */
type Field = { kind: 'bits'; value: number; width: number } | { kind: 'varint'; value: number } | { kind: 'string'; value: string };

const field: fc.Arbitrary<Field> = fc.oneof(
  fc
    .integer({ min: 0, max: 32 })
    .chain((width) => fc.integer({ min: 0, max: 2 ** width - 1 }).map((value) => ({ kind: 'bits' as const, value, width }))),
  fc.integer({ min: 0, max: MAX_VARINT }).map((value) => ({ kind: 'varint' as const, value })),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((value) => ({ kind: 'string' as const, value })),
);

function write(fields: Field[]): Uint8Array {
  const writer = new ByteWriter();
  for (const item of fields) {
    if (item.kind === 'bits') writer.bits(item.value, item.width);
    else if (item.kind === 'varint') writer.varint(item.value);
    else writer.string(item.value);
  }
  return writer.finish();
}

function read(reader: ByteReader, fields: Field[]): Field[] {
  return fields.map((item) => {
    if (item.kind === 'bits') return { ...item, value: reader.bits(item.width) };
    if (item.kind === 'varint') return { ...item, value: reader.varint() };
    return { ...item, value: reader.string(1000) };
  });
}

describe('ByteWriter and ByteReader', () => {
  it('read back any mix of bit fields, varints and strings, at any bit offset, ending in the padding', () => {
    fc.assert(
      fc.property(fc.array(field, { maxLength: 12 }), (fields) => {
        const reader = new ByteReader(write(fields));
        expect(read(reader, fields)).toEqual(fields);
        expect(reader.atPaddedEnd()).toBe(true);
      }),
    );
  });

  it('packs bits tightly, most significant first', () => {
    expect([...new ByteWriter().bits(1, 1).bits(2, 2).bits(5, 3).finish()]).toEqual([0b1_10_101_00]);
    expect([...new ByteWriter().bit(true).varint(300).finish()]).toEqual([0b1_1010110, 0b0_0000001, 0b0_0000000]);
  });

  it('writes varints as LEB128', () => {
    expect([...new ByteWriter().varint(0).varint(127).varint(128).varint(300).finish()]).toEqual([0, 127, 0x80, 1, 0xac, 2]);
    expect(new ByteWriter().varint(MAX_VARINT).finish()).toHaveLength(5);
  });

  it('refuses to write what does not fit, a programming error', () => {
    expect(() => new ByteWriter().bits(4, 2)).toThrow(RangeError);
    expect(() => new ByteWriter().bits(-1, 3)).toThrow(RangeError);
    expect(() => new ByteWriter().bits(0.5, 3)).toThrow(RangeError);
    expect(() => new ByteWriter().varint(MAX_VARINT + 1)).toThrow(RangeError);
    expect(() => new ByteWriter().varint(-1)).toThrow(RangeError);
  });

  it('says "truncated" when the data ends early', () => {
    const kind = (act: (reader: ByteReader) => unknown, bytes: number[]) => {
      try {
        act(new ByteReader(Uint8Array.from(bytes)));
        return 'read';
      } catch (error) {
        return error instanceof ByteReadError ? error.kind : 'other';
      }
    };
    expect(kind((reader) => reader.bits(9), [0xff])).toBe('truncated');
    expect(kind((reader) => reader.varint(), [0x80])).toBe('truncated');
    expect(kind((reader) => reader.string(10), [3, 65, 66])).toBe('truncated');
    expect(kind((reader) => reader.raw(2), [1])).toBe('truncated');
    expect(kind((reader) => reader.varint(), [0x80, 0])).toBe('malformed');
    expect(kind((reader) => reader.varint(), [0xff, 0xff, 0xff, 0xff, 0x10])).toBe('malformed');
    expect(kind((reader) => reader.string(2), [3, 65, 66, 67])).toBe('malformed');
    expect(kind((reader) => reader.string(10), [2, 0xc3, 0x28])).toBe('malformed');
  });

  it('knows the padded end from trailing data', () => {
    const reader = new ByteReader(Uint8Array.of(0b1010_0000));
    reader.bits(3);
    expect(reader.atPaddedEnd()).toBe(true);
    const extra = new ByteReader(Uint8Array.of(0b1010_0100));
    extra.bits(3);
    expect(extra.atPaddedEnd()).toBe(false);
    expect(new ByteReader(Uint8Array.of(0)).atPaddedEnd()).toBe(false);
  });

  it('never throws anything but ByteReadError on arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.array(fc.constantFrom('bit', 'bits', 'varint', 'string', 'raw'), { maxLength: 10 }),
        (bytes, reads) => {
          const reader = new ByteReader(bytes);
          try {
            for (const kind of reads) {
              if (kind === 'bit') reader.bit();
              else if (kind === 'bits') reader.bits(13);
              else if (kind === 'varint') reader.varint();
              else if (kind === 'string') reader.string(30);
              else reader.raw(3);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(ByteReadError);
          }
        },
      ),
    );
  });
});

describe('base64url', () => {
  it('round-trips any bytes, without padding and with the URL-safe alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });

  it('refuses text that is not canonical base64url', () => {
    for (const text of ['a', 'ab=', 'a+b/', 'ab cd', 'abc!', '-_9', 'é']) expect(fromBase64Url(text), text).toBeUndefined();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const bytes = fromBase64Url(text);
        if (bytes) expect(toBase64Url(bytes)).toBe(text);
      }),
    );
  });
});

describe('byte helpers', () => {
  it('concatenate and compare', () => {
    expect([...concatBytes(Uint8Array.of(1), new Uint8Array(), Uint8Array.of(2, 3))]).toEqual([1, 2, 3]);
    expect(sameBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(sameBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(sameBytes(Uint8Array.of(1), Uint8Array.of(1, 0))).toBe(false);
  });
});
