import type { ByteReader, ByteWriter } from './bytes';

/*
 * The chosen questions' numbers, in the teacher's order, in as few bits as the link can manage. Two
 * forms, and the writer keeps the shorter: every number in a fixed width (best for questions drawn at
 * random: 20 of 155 take 8 bits each), or the first number and then each step from the one before
 * (zigzag, so a step back costs one bit more; best for questions picked lesson by lesson in bank order,
 * where steps are small). Layout:
 *
 *   count varint | form 1 (0 numbers, 1 steps) | width of the first − 1, 4 | first number
 *   | width of the rest − 1, 4 | the rest (count − 1 values), each in that width
 *
 * Widths run 1–16 bits, so numbers up to 65535; a step that needs more than 16 bits forces the first form.
 */

const zigzag = (step: number): number => (step >= 0 ? step * 2 : -step * 2 - 1);
const unzigzag = (value: number): number => (value % 2 === 0 ? value / 2 : -(value + 1) / 2);
const widthOf = (values: readonly number[]): number => Math.max(1, ...values.map((value) => Math.ceil(Math.log2(value + 1))));

/** The two forms' bits for a list: whichever is smaller is written. */
function forms(numbers: readonly number[]): { steps: boolean; rest: number[]; bits: number }[] {
  const absolute = numbers.slice(1);
  const steps = absolute.map((number, index) => zigzag(number - numbers[index]!));
  return [
    { steps: false, rest: absolute, bits: widthOf(absolute) * absolute.length },
    { steps: true, rest: steps, bits: widthOf(steps) * steps.length },
  ].filter((form) => widthOf(form.rest) <= 16);
}

/** Writes question numbers (each 0–65535, at least one) in the shorter of the two forms. */
export function writeQuestionList(writer: ByteWriter, numbers: readonly number[]): void {
  const [first = 0] = numbers;
  writer.varint(numbers.length);
  if (numbers.length === 0) return;
  const form = forms(numbers).reduce((best, next) => (next.bits < best.bits ? next : best));
  const firstWidth = widthOf([first]);
  writer
    .bits(form.steps ? 1 : 0, 1)
    .bits(firstWidth - 1, 4)
    .bits(first, firstWidth);
  if (numbers.length === 1) return;
  const width = widthOf(form.rest);
  writer.bits(width - 1, 4);
  for (const value of form.rest) writer.bits(value, width);
}

/** Reads question numbers written by `writeQuestionList`; a step below 0 or above 65535 gives a number of -1 or more than 65535, which no index has. */
export function readQuestionList(reader: ByteReader): number[] {
  const count = reader.varint();
  if (count === 0) return [];
  const steps = reader.bits(1) === 1;
  const numbers = [reader.bits(reader.bits(4) + 1)];
  if (count === 1) return numbers;
  const width = reader.bits(4) + 1;
  for (let index = 1; index < count; index++) {
    const value = reader.bits(width);
    numbers.push(steps ? numbers[index - 1]! + unzigzag(value) : value);
  }
  return numbers;
}
