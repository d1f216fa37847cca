import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Assignment } from '../../src/lib/teach/assignment';
import {
  decodeAssignmentLink,
  encodeAssignmentLink,
  LINK_VERSION,
  MAX_FRAGMENT_LENGTH,
  type AssignmentLinkFailure,
  type DecodedAssignmentLink,
} from '../../src/lib/teach/assignmentLink';
import { dueDayText, INSTRUCTIONS_MAX, MAX_QUESTIONS, plainText, TITLE_MAX } from '../../src/lib/teach/assignmentRules';
import { fromBase64Url, ByteWriter, toBase64Url } from '../../src/lib/teach/bytes';
import { questionNumbers, type NumberedBank } from '../../src/lib/teach/questionIndex';
import { readBank, readQuestionIndex } from '../support/questionBank';

const bank: NumberedBank = { index: readQuestionIndex(), questions: readBank() };
const ids = [...questionNumbers(bank.index).keys()];
const key = (prefix: 2 | 3) => Uint8Array.from({ length: 33 }, (_, index) => (index === 0 ? prefix : index));
const base: Assignment = {
  title: 'Week 3: the three roles',
  instructions: 'Answer alone.\nYou have until Friday.',
  due: '2026-12-04',
  questionIds: ids.slice(0, 3),
  order: 'shuffled',
  feedback: 'end',
  passPercent: 80,
  teacherKey: key(2),
};
const link = async (assignment: Assignment = base) => (await encodeAssignmentLink(assignment, bank)).fragment;
const bytesOf = async (assignment: Assignment = base) => fromBase64Url(await link(assignment))!;
const failure = (result: DecodedAssignmentLink) => (result.ok ? 'ok' : result.reason);
const FAILURES: readonly AssignmentLinkFailure[] = [
  'empty',
  'too-long',
  'not-base64url',
  'truncated',
  'trailing-bytes',
  'not-a-link',
  'newer-version',
  'invalid-settings',
  'unknown-question',
  'retired-question',
  'duplicate-question',
  'title-too-long',
  'instructions-too-long',
  'not-utf8',
  'bad-key',
];

/** Opens anything without a crash, and checks a failure is one of the kinds, with a message. */
async function openSafely(fragment: string): Promise<DecodedAssignmentLink> {
  const result = await decodeAssignmentLink(fragment, bank);
  if (!result.ok) {
    expect(FAILURES).toContain(result.reason);
    expect(result.message.length).toBeGreaterThan(20);
  }
  return result;
}

/** A valid assignment over the real bank: any plain text, any settings, any questions in any order. */
const arbitraryAssignment: fc.Arbitrary<Assignment> = fc.record({
  title: fc
    .string({ unit: 'binary', minLength: 1, maxLength: TITLE_MAX })
    .map((text) => plainText(text, { newlines: false }))
    .filter((text) => /\S/u.test(text)),
  instructions: fc.string({ unit: 'binary', maxLength: INSTRUCTIONS_MAX }).map((text) => plainText(text, { newlines: true })),
  due: fc.option(fc.nat(0xffff).map(dueDayText), { nil: undefined }),
  questionIds: fc.shuffledSubarray(ids, { minLength: 1, maxLength: Math.min(MAX_QUESTIONS, ids.length) }),
  order: fc.constantFrom('fixed' as const, 'shuffled' as const),
  feedback: fc.constantFrom('each' as const, 'end' as const, 'graded' as const),
  passPercent: fc.integer({ min: 0, max: 100 }),
  teacherKey: fc.option(
    fc
      .tuple(fc.constantFrom(2, 3), fc.uint8Array({ minLength: 32, maxLength: 32 }))
      .map(([prefix, rest]) => Uint8Array.of(prefix, ...rest)),
    { nil: undefined },
  ),
});

describe('encodeAssignmentLink and decodeAssignmentLink', () => {
  it('round-trip any valid assignment over the real bank, with a stable id and the fingerprint matching', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryAssignment, async (assignment) => {
        const made = await encodeAssignmentLink(assignment, bank);
        expect(made.fragment).toMatch(/^[\w-]+$/);
        expect(made.fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
        const opened = await decodeAssignmentLink(`#${made.fragment}`, bank);
        expect(opened).toEqual({
          ok: true,
          assignment: { due: undefined, teacherKey: undefined, ...assignment },
          assignmentId: made.assignmentId,
          fingerprintMatches: true,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('makes a 12-character assignment id that differs when anything in the link differs', async () => {
    const { assignmentId } = await encodeAssignmentLink(base, bank);
    expect(assignmentId).toMatch(/^[\w-]{12}$/);
    expect((await encodeAssignmentLink(base, bank)).assignmentId).toBe(assignmentId);
    expect((await encodeAssignmentLink({ ...base, teacherKey: key(3) }, bank)).assignmentId).not.toBe(assignmentId);
    expect((await encodeAssignmentLink({ ...base, passPercent: 79 }, bank)).assignmentId).not.toBe(assignmentId);
  });

  it('writes plain text: control characters are dropped before encoding', async () => {
    const opened = await decodeAssignmentLink(await link({ ...base, title: 'Week\u0007 3\n', instructions: 'a\r\nb\u0000' }), bank);
    expect(opened).toMatchObject({ ok: true, assignment: { title: 'Week 3 ', instructions: 'a\nb' } });
  });

  it('keeps markup as the text it is (the page renders text, never HTML)', async () => {
    const title = '<img src=x onerror=alert(1)>';
    expect(await decodeAssignmentLink(await link({ ...base, title }), bank)).toMatchObject({ ok: true, assignment: { title } });
  });

  it('refuses to encode an assignment with problems, naming them', async () => {
    await expect(encodeAssignmentLink({ ...base, questionIds: [] }, bank)).rejects.toThrow(
      'This assignment cannot become a link: Choose at least one question.',
    );
  });

  it('says when a chosen question changed since the link was made, and still opens it', async () => {
    const [first = ''] = base.questionIds;
    const changed = new Map(bank.questions);
    changed.set(first, { ...bank.questions.get(first)!, prompt: 'Reworded.' });
    const opened = await decodeAssignmentLink(await link(), { ...bank, questions: changed });
    expect(opened).toMatchObject({ ok: true, fingerprintMatches: false, assignment: { questionIds: base.questionIds } });
  });

  it('ignores changes to questions the assignment does not hold', async () => {
    const other = ids.find((id) => !base.questionIds.includes(id))!;
    const changed = new Map(bank.questions);
    changed.set(other, { ...bank.questions.get(other)!, prompt: 'Reworded.' });
    expect(await decodeAssignmentLink(await link(), { ...bank, questions: changed })).toMatchObject({ ok: true, fingerprintMatches: true });
  });
});

describe('link length, measured on the real bank', () => {
  const twenty = Math.min(20, ids.length);
  const settings = {
    title: 'Week 3: the three roles, before Friday!!',
    instructions: '',
    due: '2026-12-04',
    order: 'shuffled',
    feedback: 'end',
    passPercent: 80,
  } as const;

  it('has a 40-character title in the measured case', () => {
    expect(settings.title).toHaveLength(40);
  });

  it('is at most 100 characters for 20 questions in any order, a 40-character title and settings; at most 150 with the key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(ids, { minLength: twenty, maxLength: twenty }), async (questionIds) => {
        expect((await link({ ...settings, questionIds })).length).toBeLessThanOrEqual(100);
        expect((await link({ ...settings, questionIds, teacherKey: key(2) })).length).toBeLessThanOrEqual(150);
      }),
      { numRuns: 50 },
    );
  });

  it('fits the largest assignment the site makes within the fragment cap', async () => {
    const most = ids.slice(-Math.min(MAX_QUESTIONS, ids.length)).reverse();
    const fragment = await link({ ...base, title: '🦊'.repeat(TITLE_MAX), instructions: '🦊'.repeat(INSTRUCTIONS_MAX), questionIds: most });
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
    // The cap assumes 16 bits a question at most; the text alone is 5,600 base64 characters.
    expect(Math.ceil(((TITLE_MAX + INSTRUCTIONS_MAX) * 4 + 3 + 2 + 4 + 33 + 6 + MAX_QUESTIONS * 2 + 2) * (4 / 3))).toBeLessThanOrEqual(
      MAX_FRAGMENT_LENGTH,
    );
  });
});

/** Writes a link field by field, so a test can put in what the encoder never would. */
function craft(fields: {
  version?: number;
  pass?: number;
  feedback?: number;
  reserved?: number;
  numbers?: number[];
  title?: Uint8Array;
  instructions?: Uint8Array;
  key?: Uint8Array;
}): string {
  const { version = LINK_VERSION, pass = 80, feedback = 0, reserved = 0, numbers = [0], key } = fields;
  const { title = new TextEncoder().encode('Title'), instructions } = fields;
  const writer = new ByteWriter().bits(version, 8).bits(pass, 7).bits(0, 1).bits(feedback, 2);
  writer
    .bits(0, 1)
    .bits(key ? 1 : 0, 1)
    .bits(instructions ? 1 : 0, 1)
    .bits(reserved, 3);
  writer
    .varint(numbers.length)
    .bits(0, 1)
    .bits(15, 4)
    .bits(numbers[0] ?? 0, 16);
  if (numbers.length > 1) writer.bits(15, 4);
  for (const number of numbers.slice(1)) writer.bits(number, 16);
  writer.raw(new Uint8Array(4)).varint(title.length).raw(title);
  if (instructions) writer.varint(instructions.length).raw(instructions);
  if (key) writer.raw(key);
  return toBase64Url(writer.finish());
}

describe('decodeAssignmentLink refuses what it cannot open, with a message to act on', () => {
  const again = 'Copy the whole link from your teacher again.';

  it('opens a crafted link that is valid (so the failures below come from one field each)', async () => {
    expect(await decodeAssignmentLink(craft({}), bank)).toMatchObject({ ok: true, assignment: { title: 'Title', questionIds: [ids[0]] } });
  });

  it.each<[string, () => Promise<string>, AssignmentLinkFailure, string]>([
    ['nothing after #', async () => '#', 'empty', `This assignment link is incomplete: the part after "#" is missing. ${again}`],
    [
      'an oversized paste',
      async () => 'A'.repeat(MAX_FRAGMENT_LENGTH + 1),
      'too-long',
      `This link is far longer than any assignment link (over ${MAX_FRAGMENT_LENGTH} characters after "#"). ${again}`,
    ],
    [
      'characters outside base64url',
      async () => `${await link()}%20`,
      'not-base64url',
      `This link was changed when it was copied: after "#" it holds characters an assignment link never has. ${again}`,
    ],
    [
      'a link cut short',
      async () => toBase64Url((await bytesOf()).slice(0, -1)),
      'truncated',
      `This link is cut short: part of it was lost, perhaps when it was copied. ${again}`,
    ],
    [
      'bytes after the end',
      async () => toBase64Url(Uint8Array.of(...(await bytesOf()), 0)),
      'trailing-bytes',
      `This link has extra characters at its end, perhaps added when it was copied. ${again}`,
    ],
    ['version 0', async () => craft({ version: 0 }), 'not-a-link', `This is not an assignment link of this course. ${again}`],
    [
      'a newer version',
      async () => craft({ version: LINK_VERSION + 1 }),
      'newer-version',
      'This assignment link was made by a newer version of the site: reload the page, or ask your teacher for a new link.',
    ],
    [
      'a pass mark above 100',
      async () => craft({ pass: 101 }),
      'invalid-settings',
      `This link is damaged: its pass mark is 101 %, which the site never writes. ${again}`,
    ],
    [
      'an unknown feedback setting',
      async () => craft({ feedback: 3 }),
      'invalid-settings',
      `This link is damaged: its feedback setting is unknown, which the site never writes. ${again}`,
    ],
    [
      'reserved bits set',
      async () => craft({ reserved: 1 }),
      'invalid-settings',
      `This link is damaged: it sets options no version has, which the site never writes. ${again}`,
    ],
    [
      'no questions',
      async () => craft({ numbers: [] }),
      'invalid-settings',
      `This link is damaged: it holds 0 questions, not 1 to ${MAX_QUESTIONS}, which the site never writes. ${again}`,
    ],
    [
      'a count written longer than needed',
      async () => toBase64Url(Uint8Array.of(LINK_VERSION, 80 << 1, 0, 0x81, 0x00)),
      'invalid-settings',
      `This link is damaged: it holds a number in a longer form than needed, which the site never writes. ${again}`,
    ],
    [
      'a blank title',
      async () => craft({ title: new TextEncoder().encode(' \n ') }),
      'invalid-settings',
      `This link is damaged: its title is blank, which the site never writes. ${again}`,
    ],
    [
      'a question number the index does not have',
      async () => craft({ numbers: [bank.index.length] }),
      'unknown-question',
      `This link names question number ${bank.index.length}, which this version of the course does not have. Reload the page to get the newest version of the site; if that does not help, ask your teacher for a new link.`,
    ],
    [
      'a question twice',
      async () => craft({ numbers: [1, 0, 1] }),
      'duplicate-question',
      `This link is damaged: it names question number 1 twice, which the site never writes. ${again}`,
    ],
    [
      'a title over the limit',
      async () => craft({ title: new TextEncoder().encode('x'.repeat(TITLE_MAX + 1)) }),
      'title-too-long',
      `This link is damaged: its title is longer than ${TITLE_MAX} characters, which the site never writes. ${again}`,
    ],
    [
      'a title with more bytes than the limit allows',
      async () => craft({ title: new Uint8Array(TITLE_MAX * 4 + 1).fill(0x61) }),
      'title-too-long',
      `This link is damaged: its title is longer than ${TITLE_MAX} characters, which the site never writes. ${again}`,
    ],
    [
      'instructions over the limit',
      async () => craft({ instructions: new TextEncoder().encode('é'.repeat(INSTRUCTIONS_MAX + 1)) }),
      'instructions-too-long',
      `This link is damaged: its instructions are longer than ${INSTRUCTIONS_MAX} characters, which the site never writes. ${again}`,
    ],
    [
      'a title that is not UTF-8',
      async () => craft({ title: Uint8Array.of(0x41, 0xff, 0x41) }),
      'not-utf8',
      `This link is damaged: its title or instructions are not readable text. ${again}`,
    ],
    [
      'instructions that are not UTF-8 (a lone surrogate)',
      async () => craft({ instructions: Uint8Array.of(0xed, 0xa0, 0x80) }),
      'not-utf8',
      `This link is damaged: its title or instructions are not readable text. ${again}`,
    ],
    [
      'a key that is not a compressed point',
      async () => craft({ key: new Uint8Array(33).fill(4) }),
      'bad-key',
      `The teacher's key in this link is damaged, so your results could not be sealed for your teacher. ${again}`,
    ],
  ])('%s', async (_case, fragment, reason, message) => {
    expect(await decodeAssignmentLink(await fragment(), bank)).toEqual({ ok: false, reason, message });
  });

  it('a question retired since the link was made: it cannot be taken', async () => {
    const fragment = await link();
    const [first = ''] = base.questionIds;
    const number = questionNumbers(bank.index).get(first)!;
    const index = bank.index.map((entry, at) => (at === number ? { ...entry, retired: true } : entry));
    expect(await decodeAssignmentLink(fragment, { ...bank, index })).toEqual({
      ok: false,
      reason: 'retired-question',
      message: `Question "${first}" (number ${number}) was removed from the course after this assignment was made, so the assignment cannot be taken. Ask your teacher for a new link.`,
    });
  });

  it('a link from a site with more questions than this one', async () => {
    const fragment = await link({ ...base, questionIds: [ids.at(-1)!] });
    expect(failure(await decodeAssignmentLink(fragment, { ...bank, index: bank.index.slice(0, -1) }))).toBe('unknown-question');
  });
});

describe('decodeAssignmentLink on anything at all', () => {
  it('never throws on arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => void (await openSafely(text))));
  });

  it('never throws on arbitrary bytes, nor on bytes that start like a link', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (bytes, asVersion1) => {
        if (asVersion1 && bytes.length > 0) bytes[0] = LINK_VERSION;
        await openSafely(toBase64Url(bytes));
      }),
    );
  });

  it('never throws on a real link with a bit flipped, and fails on every cut', async () => {
    const bytes = await bytesOf();
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length * 8 - 1), async (bit) => {
        const flipped = Uint8Array.from(bytes);
        flipped[bit >> 3]! ^= 0x80 >> (bit & 7);
        await openSafely(toBase64Url(flipped));
      }),
    );
    const fragment = toBase64Url(bytes);
    for (let length = 0; length < fragment.length; length++) {
      expect(failure(await openSafely(fragment.slice(0, length)))).not.toBe('ok');
    }
  });
});
