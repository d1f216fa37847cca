import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue, Question } from '../../src/lib/quiz/questionTypes';
import { bitsFor } from '../../src/lib/quiz/questionTypes/questionType';
import { toBase64Url } from '../../src/lib/teach/bytes';
import {
  cleanName,
  decodeResultContent,
  duplicateKey,
  encodeResultContent,
  makeResultCode,
  MAX_CODE_LENGTH,
  MAX_NAME_LENGTH,
  readResultCode,
  RESULT_CODE_PREFIX,
  splitResultCodes,
  type OpeningContext,
  type ResultContent,
} from '../../src/lib/teach/resultCode';
import { sealResult } from '../../src/lib/teach/seal';
import { createTeacherKey, type TeacherKey } from '../../src/lib/teach/teacherKeys';
import { rightAnswer, wrongAnswer } from '../support/answers';
import { questionBank } from '../support/questionBank';

const bank = questionBank();
const EPOCH = Date.UTC(2020, 0, 1);
const ASSIGNMENT = 'k3J9xQ2mZ8aB';

let teacher: TeacherKey;
let otherTeacher: TeacherKey;
beforeAll(async () => {
  [teacher, otherTeacher] = await Promise.all([createTeacherKey(), createTeacherKey()]);
});

/** Any well-formed answer to `question`, in the form its type keeps (multiple response ascending), or none. */
function arbitraryAnswer(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  const given: fc.Arbitrary<AnswerValue> = (() => {
    switch (question.type) {
      case 'single':
        return fc.integer({ min: 0, max: question.options.length - 1 });
      case 'multiple':
        return fc.subarray(question.options.map((_, index) => index));
      case 'truefalse':
        return fc.boolean();
      case 'matching':
        return fc.array(fc.option(fc.integer({ min: 0, max: question.choices.length - 1 }), { nil: null }), {
          minLength: question.pairs.length,
          maxLength: question.pairs.length,
        });
    }
  })();
  return fc.option(given, { nil: undefined, freq: 5 });
}

/** An assignment's questions (any of the bank's, in any order) with a learner's result over them. */
const arbitraryTaken: fc.Arbitrary<{ questions: Question[]; result: ResultContent }> = fc
  .shuffledSubarray(bank, { minLength: 1, maxLength: 30 })
  .chain((questions) =>
    fc.record({
      questions: fc.constant(questions),
      result: fc.record({
        assignmentId: fc.string({ maxLength: 16 }),
        name: fc.string({
          unit: fc.oneof(fc.constant('\u202e'), fc.constant('\n'), fc.string({ unit: 'grapheme', maxLength: 1 })),
          maxLength: 70,
        }),
        answers: fc.tuple(...questions.map(arbitraryAnswer)),
        seconds: fc.integer({ min: 0, max: 10 * 24 * 3600 }),
        finishedAt: fc.integer({ min: 0, max: 60 * 24 * 366 * 80 }).map((minutes) => EPOCH + minutes * 60_000),
      }),
    }),
  );

const cleaned = (result: ResultContent): ResultContent => ({ ...result, name: cleanName(result.name) });
const context = (questions: Question[], overrides: Partial<OpeningContext> = {}): OpeningContext => ({
  assignmentId: ASSIGNMENT,
  questions,
  teacherPrivateKey: teacher.privateKey,
  ...overrides,
});

/** Twenty questions spread over the whole bank (every type it has), so sizes are measured on a realistic mix. */
const twenty = Array.from({ length: 20 }, (_, index) => bank[Math.floor((index * bank.length) / 20)]!);
const sample: ResultContent = {
  assignmentId: ASSIGNMENT,
  name: 'Alex Smith',
  answers: twenty.map((question, index) => (index % 3 === 0 ? wrongAnswer(question) : rightAnswer(question))),
  seconds: 754,
  finishedAt: Date.UTC(2026, 2, 14, 9, 41),
};

describe('the content of a result', () => {
  it('round-trips for arbitrary names and answers over real questions of the bank', () => {
    fc.assert(
      fc.property(arbitraryTaken, ({ questions, result }) => {
        expect(decodeResultContent(encodeResultContent(result, questions), questions, result.assignmentId)).toEqual({
          ok: true,
          result: cleaned(result),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('packs each answer in the few bits its question needs', () => {
    const bytes = encodeResultContent(sample, twenty);
    const header = 1 + sample.name.length + 2 + 4 + 1;
    // The bits that number an answer: one option of n, a tick or not per option, true or false, one choice
    // (or none) per matching pair; plus one bit saying the question was answered. Worked out from the
    // questions drawn, so a longer option list in the course moves the bound with it.
    const numbering = (count: number) => Math.ceil(Math.log2(count));
    const needed = (question: Question): number => {
      if (question.type === 'single') return numbering(question.options.length);
      if (question.type === 'multiple') return question.options.length;
      if (question.type === 'matching') return question.pairs.length * numbering(question.choices.length + 1);
      return 1;
    };
    const bits = twenty.reduce((sum, question) => sum + 1 + needed(question), 0);
    expect(bytes.length - header).toBeLessThanOrEqual(Math.ceil(bits / 8));
  });

  it('names the question whose answer does not fit, when the questions changed since the code was made', () => {
    // An option removed where the index still takes as many bits (four options to three, say), so the last one is out of range.
    const single = bank.find(
      (question) => question.type === 'single' && bitsFor(question.options.length) === bitsFor(question.options.length - 1),
    );
    if (single?.type !== 'single') throw new Error('the bank has no single-choice question with 4 or 6 options');
    const bytes = encodeResultContent({ ...sample, answers: [single.options.length - 1] }, [single]);
    const fewerOptions = { ...single, options: single.options.slice(0, -1) };
    expect(decodeResultContent(bytes, [fewerOptions], ASSIGNMENT)).toEqual({
      ok: false,
      reason: 'answers-do-not-fit',
      questionId: single.id,
      message: `The answer to question 1 ("${single.id}") does not fit it: the question may have changed since the code was made. Ask the learner to take the assignment again from a new link.`,
    });
    expect(decodeResultContent(bytes, [single, single], ASSIGNMENT)).toMatchObject({
      ok: false,
      reason: 'answers-do-not-fit',
      message: /holds answers to 1 questions, but the assignment has 2/,
    });
  });

  it('refuses to encode an answer that does not fit, a programming error', () => {
    expect(() => encodeResultContent({ ...sample, answers: [] }, twenty)).toThrow(RangeError);
    const single = bank.find((question) => question.type === 'single')!;
    expect(() => encodeResultContent({ ...sample, answers: [99] }, [single])).toThrow(`"${single.id}"`);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.shuffledSubarray(bank, { maxLength: 10 }), (bytes, questions) => {
        const decoded = decodeResultContent(bytes, questions, ASSIGNMENT);
        if (decoded.ok) expect(decoded.result.answers).toHaveLength(questions.length);
      }),
    );
  });
});

describe('cleanName', () => {
  it('strips control and direction characters, trims, and keeps at most 60 characters', () => {
    expect(cleanName('  Ada\tLove\u0000lace\n ')).toBe('AdaLovelace');
    expect(cleanName('\u202eevil\u202c name')).toBe('evil name');
    expect(cleanName('é'.repeat(80))).toBe('é'.repeat(MAX_NAME_LENGTH));
    expect([...cleanName('👩🏽‍🏫'.repeat(40))].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(cleanName('a\ud800b')).toBe('a\ufffdb');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        expect(cleanName(cleanName(name))).toBe(cleanName(name));
      }),
    );
  });
});

describe('a result code', () => {
  it('opens back to the result, for arbitrary names and answers over real questions of the bank', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryTaken, async ({ questions, result }) => {
        const code = await makeResultCode(result, questions, teacher.publicKey);
        expect(code.startsWith(RESULT_CODE_PREFIX)).toBe(true);
        expect(code.slice(RESULT_CODE_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(await readResultCode(code, context(questions, { assignmentId: result.assignmentId }))).toEqual({
          ok: true,
          result: cleaned(result),
        });
      }),
      { numRuns: 60 },
    );
  });

  it('is about 122 characters for a 10-character name and 20 questions', async () => {
    const code = await makeResultCode(sample, twenty, teacher.publicKey);
    console.info(`result code for a 10-character name and 20 questions: ${code.length} characters`);
    expect(code.length).toBeLessThanOrEqual(122);
    const unanswered = await makeResultCode({ ...sample, answers: twenty.map(() => undefined) }, twenty, teacher.publicKey);
    expect(unanswered.length).toBeLessThan(code.length);
  });

  it('opens after being wrapped over lines or grouped with spaces, as mail and chat do', async () => {
    const code = await makeResultCode(sample, twenty, teacher.publicKey);
    const grouped = code.match(/.{1,6}/g)!.join(' ');
    const wrapped = `  ${code.slice(0, 50)}\r\n${code.slice(50)}\n`;
    for (const text of [grouped, wrapped, code.toLowerCase().slice(0, 4) + code.slice(4)]) {
      expect((await readResultCode(text, context(twenty))).ok).toBe(true);
    }
  });

  it('names each way a code can be wrong, with a message saying what to do', async () => {
    const code = await makeResultCode(sample, twenty, teacher.publicKey);
    const reason = async (text: string, overrides: Partial<OpeningContext> = {}) => {
      const read = await readResultCode(text, context(twenty, overrides));
      return read.ok ? 'ok' : read.reason;
    };
    expect(await reason('')).toBe('not-a-code');
    expect(await reason('hello teacher')).toBe('not-a-code');
    expect(await reason(code.slice(4))).toBe('not-a-code');
    expect(await reason(`DE0-${code.slice(4)}`)).toBe('not-a-code');
    expect(await reason('x'.repeat(MAX_CODE_LENGTH + 1))).toBe('oversized');
    expect(await reason(`DE2-${code.slice(4)}`)).toBe('newer-version');
    expect(await reason(code.slice(0, 40))).toBe('truncated');
    expect(await reason(`${code.slice(0, 60)}!${code.slice(61)}`)).toBe('damaged');
    expect(await reason(code.slice(0, -1))).not.toBe('ok');
    expect(await reason(code, { assignmentId: 'another-one1' })).toBe('not-opened');
    expect(await reason(code, { teacherPrivateKey: otherTeacher.privateKey })).toBe('not-opened');
    const readMessage = await readResultCode(code, context(twenty, { assignmentId: 'another-one1' }));
    expect(!readMessage.ok && readMessage.message).toMatch(/another assignment, or sealed to another teacher key/);
    const newer = await readResultCode(`DE2-${code.slice(4)}`, context(twenty));
    expect(!newer.ok && newer.message).toMatch(/newer version of the site\. Reload the page/);
  });

  it('says so when what opened was not made by this site (anyone with the link can seal anything to the key)', async () => {
    const garbage = `${RESULT_CODE_PREFIX}${toBase64Url(await sealResult(Uint8Array.of(0xff, 0xff), teacher.publicKey, ASSIGNMENT))}`;
    expect(await readResultCode(garbage, context(twenty))).toMatchObject({ ok: false, reason: 'unreadable-content' });
    const extra = `${RESULT_CODE_PREFIX}${toBase64Url(await sealResult(Uint8Array.of(...encodeResultContent(sample, twenty), 0xff), teacher.publicKey, ASSIGNMENT))}`;
    expect(await readResultCode(extra, context(twenty))).toMatchObject({ ok: false, reason: 'answers-do-not-fit' });
  });

  it('fails after any one character is changed', async () => {
    const code = await makeResultCode(sample, twenty, teacher.publicKey);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let index = RESULT_CODE_PREFIX.length; index < code.length; index++) {
      const swapped = alphabet[(alphabet.indexOf(code[index]!) + 1 + (index % 63)) % 64]!;
      const changed = code.slice(0, index) + swapped + code.slice(index + 1);
      expect((await readResultCode(changed, context(twenty))).ok, `character ${index}`).toBe(false);
    }
  });

  it('never throws on arbitrary text', async () => {
    const code = await makeResultCode(sample, twenty, teacher.publicKey);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: fc.constantFrom(...'ABCabc012-_ \n'), maxLength: 200 }).map((rest) => `DE1-${rest}`),
          fc.tuple(fc.nat(code.length), fc.nat(code.length)).map(([from, to]) => code.slice(Math.min(from, to), Math.max(from, to))),
        ),
        async (text) => {
          const read = await readResultCode(text, context(twenty));
          if (!read.ok) expect(read.message).toMatch(/\.$/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('duplicates', () => {
  it('the same result gives the same key whether the code is pasted twice or sealed twice', async () => {
    const [one, two] = await Promise.all([
      makeResultCode(sample, twenty, teacher.publicKey),
      makeResultCode(sample, twenty, teacher.publicKey),
    ]);
    expect(one).not.toBe(two);
    const [first, second, again] = await Promise.all([one, two, one].map((code) => readResultCode(code, context(twenty))));
    expect(first!.ok && second!.ok && again!.ok).toBe(true);
    if (first!.ok && second!.ok && again!.ok) {
      expect(duplicateKey(first!.result)).toBe(duplicateKey(second!.result));
      expect(duplicateKey(first!.result)).toBe(duplicateKey(again!.result));
    }
  });

  it('different results give different keys', () => {
    fc.assert(
      fc.property(arbitraryTaken, arbitraryTaken, ({ result: a }, { result: b }) => {
        fc.pre(JSON.stringify(cleaned(a)) !== JSON.stringify(cleaned(b)));
        expect(duplicateKey(cleaned(a))).not.toBe(duplicateKey(cleaned(b)));
      }),
    );
    expect(duplicateKey({ ...sample, answers: [undefined] })).not.toBe(duplicateKey({ ...sample, answers: [] }));
  });
});

describe('splitResultCodes', () => {
  it('finds one entry per code, whatever separates them, and keeps what is not a code as its own entry', () => {
    expect(splitResultCodes('DE1-abc\nDE1-def, DE1-ghi;DE1-jkl')).toEqual(['DE1-abc', 'DE1-def', 'DE1-ghi', 'DE1-jkl']);
    expect(splitResultCodes('Results:\n\nDE1-abc de\nf\n\n DE2-xyz ')).toEqual(['Results:', 'DE1-abc de\nf', 'DE2-xyz']);
    expect(splitResultCodes('DE1-abcDE1-def')).toEqual(['DE1-abcDE1-def']);
    expect(splitResultCodes('  \n ')).toEqual([]);
  });
});
