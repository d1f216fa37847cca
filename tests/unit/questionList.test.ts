import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteReader, ByteReadError, ByteWriter } from '../../src/lib/teach/bytes';
import { readQuestionList, writeQuestionList } from '../../src/lib/teach/questionList';
import { readQuestionIndex } from '../support/questionBank';

const written = (numbers: readonly number[]): Uint8Array => {
  const writer = new ByteWriter();
  writeQuestionList(writer, numbers);
  return writer.finish();
};

describe('the question list', () => {
  it('reads back any list of distinct numbers, in order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(0xffff), { minLength: 1, maxLength: 250 }), (numbers) => {
        const reader = new ByteReader(written(numbers));
        expect(readQuestionList(reader)).toEqual(numbers);
        expect(reader.atPaddedEnd()).toBe(true);
      }),
    );
  });

  const bankSize = readQuestionIndex().length;
  const twenty = Math.min(20, bankSize);

  it('writes 20 questions drawn at random from the bank in one byte each, or near it', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(bankSize).keys()], { minLength: twenty, maxLength: twenty }), (numbers) => {
        const width = Math.ceil(Math.log2(bankSize));
        // count, form and two widths, the first number, then the rest at the bank's width
        expect(written(numbers).length).toBeLessThanOrEqual(Math.ceil((8 + 1 + 8 + 2 * width + (twenty - 1) * width) / 8));
      }),
    );
  });

  it('writes steps when the teacher picked questions in bank order, which is shorter', () => {
    const numbers = [...Array(twenty).keys()].map((index) => index * 2 + 1);
    const absolute = 1 + Math.ceil((1 + 4 + 1 + 4 + (twenty - 1) * 6) / 8);
    expect(written(numbers).length).toBeLessThan(absolute);
    expect(new ByteReader(written(numbers)).bits(9) & 1).toBe(1);
  });

  it('gives an out-of-range step as a number no index has, never a crash', () => {
    const writer = new ByteWriter().varint(2).bits(1, 1).bits(0, 4).bits(0, 1).bits(1, 4).bits(3, 2);
    expect(readQuestionList(new ByteReader(writer.finish()))).toEqual([0, -2]);
  });

  it('only ever throws ByteReadError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          readQuestionList(new ByteReader(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(ByteReadError);
        }
      }),
    );
  });
});
