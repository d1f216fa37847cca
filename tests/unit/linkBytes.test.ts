import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, LinkReader, LinkReadError, LinkWriter, toBase64Url } from '../../src/lib/teach/linkBytes';

describe('base64url', () => {
  it("matches Node's base64url for any bytes, and reads back what it writes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['a character outside the alphabet', 'AB+C'],
    ['padding', 'AA=='],
    ['a space', 'AB C'],
    ['a length no byte string has', 'ABCDE'],
    ['unused bits that are not zero (a second spelling of the same bytes)', 'AB'],
  ])('refuses %s', (_case, text) => {
    expect(fromBase64Url(text)).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const bytes = fromBase64Url(text);
        if (bytes) expect(toBase64Url(bytes)).toBe(text);
      }),
    );
  });
});

describe('LinkWriter and LinkReader', () => {
  const field = fc.oneof(
    fc
      .integer({ min: 1, max: 16 })
      .chain((width) => fc.record({ kind: fc.constant('bits' as const), width: fc.constant(width), value: fc.nat(2 ** width - 1) })),
    fc.record({ kind: fc.constant('varint' as const), width: fc.constant(0), value: fc.nat(0xffff) }),
  );

  it('reads back any sequence of bit fields and varints, then only zero padding', () => {
    fc.assert(
      fc.property(fc.array(field, { maxLength: 40 }), (fields) => {
        const writer = new LinkWriter();
        for (const { kind, width, value } of fields) {
          if (kind === 'bits') writer.bits(value, width);
          else writer.varint(value);
        }
        const reader = new LinkReader(writer.finish());
        for (const { kind, width, value } of fields) expect(kind === 'bits' ? reader.bits(width) : reader.varint()).toBe(value);
        expect(reader.atEnd()).toBe(true);
      }),
    );
  });

  it('writes most significant bit first, and varints low group first', () => {
    expect([...new LinkWriter().bits(1, 1).bits(3, 2).finish()]).toEqual([0b1110_0000]);
    expect([...new LinkWriter().varint(300).finish()]).toEqual([0xac, 0x02]);
  });

  it('refuses values that do not fit', () => {
    expect(() => new LinkWriter().bits(4, 2)).toThrow(RangeError);
    expect(() => new LinkWriter().varint(65_536)).toThrow(RangeError);
  });

  it('says "truncated" when the bytes end early', () => {
    expect(() => new LinkReader(new Uint8Array([0x80])).varint()).toThrow(new LinkReadError('truncated'));
    expect(() => new LinkReader(new Uint8Array(2)).raw(3)).toThrow(new LinkReadError('truncated'));
  });

  it('says "malformed" for a varint longer than needed or above 65535', () => {
    expect(() => new LinkReader(new Uint8Array([0x81, 0x00])).varint()).toThrow(new LinkReadError('malformed'));
    expect(() => new LinkReader(new Uint8Array([0xff, 0xff, 0x7f])).varint()).toThrow(new LinkReadError('malformed'));
    expect(() => new LinkReader(new Uint8Array([0x80, 0x80, 0x80, 0x01])).varint()).toThrow(new LinkReadError('malformed'));
  });

  it('sees a whole byte left, or padding that is not zero, as not at the end', () => {
    expect(new LinkReader(new Uint8Array([0])).atEnd()).toBe(false);
    const reader = new LinkReader(new Uint8Array([0b1000_0001]));
    reader.bits(1);
    expect(reader.atEnd()).toBe(false);
  });
});
