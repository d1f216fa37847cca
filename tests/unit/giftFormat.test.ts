import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { giftQuestion, giftText, MOODLE_GRADES, moodleGrade, splitHundred } from '../../src/lib/quiz/questionTypes/giftFormat';
import { single } from '../support/quizFixtures';

/**
 * Moodle's importer as it reads escapes (question/format/gift/format.php, escapedchar_pre then
 * escapedchar_post): `\\` first, then `\: \# \= \{ \} \~ \n`.
 */
function moodleUnescape(text: string): string {
  const pairs: [string, string, string][] = [
    ['\\:', '&&058;', ':'],
    ['\\#', '&&035;', '#'],
    ['\\=', '&&061;', '='],
    ['\\{', '&&123;', '{'],
    ['\\}', '&&125;', '}'],
    ['\\~', '&&126;', '~'],
    ['\\n', '&&010', '\n'],
  ];
  let result = text.replaceAll('\\\\', '&&092;');
  for (const [escaped, placeholder] of pairs) result = result.replaceAll(escaped, placeholder);
  result = result.replaceAll('&&092;', '\\');
  for (const [, placeholder, character] of pairs) result = result.replaceAll(placeholder, character);
  return result;
}

/** Every GIFT control character in `text` that is not escaped (preceded by an even number of backslashes). */
const unescapedControls = (text: string) => [...text.matchAll(/(?<!\\)(?:\\\\)*[~=#{}:]/g)];

// Moodle's own placeholders (&&058; …) would be read back as characters by Moodle itself: not ours to escape.
const text = fc.string({ unit: fc.constantFrom('a', ' ', '\\', '~', '=', '#', '{', '}', ':', '\n', '\r', 'n', '%', '-', '>', 'é') });

describe('giftText', () => {
  it('escapes the control characters and backslash with a backslash, line breaks as \\n', () => {
    expect(giftText('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(giftText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('leaves no control character unescaped, and Moodle reads back the text (line breaks as \\n)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const escaped = giftText(value);
        expect(unescapedControls(escaped)).toEqual([]);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(moodleUnescape(escaped)).toBe(value.replace(/\r\n?/g, '\n'));
      }),
    );
  });
});

describe('giftQuestion', () => {
  it('frames a question: notes as comments, ::id::, the prompt, one answer per line, #### general feedback', () => {
    expect(giftQuestion({ ...single, prompt: 'Why {this}?', explanation: 'Because: yes.' }, ['=a', '~b'], ['A note\non two lines.']))
      .toMatchInlineSnapshot(`
        "// A note on two lines.
        ::roles-paypal::Why \\{this\\}?{
        	=a
        	~b
        	####Because\\: yes.
        }"
      `);
  });
});

describe('Moodle grades', () => {
  it('the list is Moodle’s: 100 % down to 5 %, five decimals at most', () => {
    expect(MOODLE_GRADES[0]).toBe(100);
    for (const grade of MOODLE_GRADES) expect(Number(grade.toFixed(5))).toBe(grade);
    expect(moodleGrade(100 / 3)).toBe(33.33333);
    expect(moodleGrade(-50)).toBe(50);
    expect(moodleGrade(33.3)).toBeUndefined();
    expect(moodleGrade(0)).toBeUndefined();
  });

  it('splitHundred: equal shares where Moodle has the share (1 to 10 answers, and 20)', () => {
    for (const count of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20]) {
      const split = splitHundred(count)!;
      expect(split.equal).toBe(true);
      expect(new Set(split.weights).size).toBe(1);
    }
    expect(splitHundred(3)!.weights).toEqual([33.33333, 33.33333, 33.33333]);
    expect(splitHundred(6)!.weights[0]).toBe(16.66667);
  });

  it('splitHundred: where the share is not a Moodle grade, a mix of two listed grades, said to be unequal', () => {
    expect(moodleGrade(100 / 11)).toBeUndefined();
    expect(splitHundred(11)).toEqual({ weights: [10, 10, 10, 10, 10, 10, 10, 10, 10, 5, 5], equal: false });
    expect(splitHundred(21)).toBeUndefined();
  });

  it('every split adds up to 100 within 0.001 with grades from the list', () => {
    for (let count = 1; count <= 20; count++) {
      const split = splitHundred(count)!;
      expect(split.weights).toHaveLength(count);
      expect(Math.abs(split.weights.reduce((sum, weight) => sum + weight, 0) - 100)).toBeLessThan(0.001);
      for (const weight of split.weights) expect(MOODLE_GRADES).toContain(weight);
    }
  });
});
