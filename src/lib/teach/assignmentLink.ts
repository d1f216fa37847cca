import type { Assignment, FeedbackTiming } from './assignment';
import {
  assignmentProblems,
  characterCount,
  dueDayNumber,
  dueDayText,
  INSTRUCTIONS_MAX,
  MAX_QUESTIONS,
  plainText,
  TEACHER_KEY_BYTES,
  TITLE_MAX,
} from './assignmentRules';
import { bankFingerprint, FINGERPRINT_BYTES } from './bankFingerprint';
import { fromBase64Url, ByteReader, ByteReadError, ByteWriter, toBase64Url } from './bytes';
import { fail, failureMessages, LinkFailure, questionCountProblem, type AssignmentLinkFailure } from './linkFailures';

export type { AssignmentLinkFailure } from './linkFailures';
import { questionNumbers, type NumberedBank } from './questionIndex';
import { readQuestionList, writeQuestionList } from './questionList';

/*
 * The assignment link: the whole assignment in the URL fragment (`#…`, which browsers never send), as a
 * small versioned binary format in base64url. Questions are named by their number in the append-only
 * question index, never by a seed, so later changes to the bank cannot change an assignment. Layout (bits,
 * most significant first; README "Teachers" has the table):
 *
 *   version 8 | pass mark 7 | shuffled 1 | feedback 2 | has due 1 | has key 1 | has instructions 1 | 0 0 0
 *   [due: days since 2020-01-01, 16] | question list (questionList.ts) | bank fingerprint 32
 *   title: byte length varint + UTF-8 | [instructions: the same] | [teacher key: 33 bytes] | zero padding
 */

/** The format version this site writes and reads; a link from a newer site is refused with a clear message. */
export const LINK_VERSION = 1;
/**
 * The longest fragment read at all (characters after `#`): longer than any link the site makes (the
 * limits at most: 250 questions, 120 and 1000 characters of four-byte UTF-8 text, a key), so an oversized
 * paste is refused before any decoding.
 */
export const MAX_FRAGMENT_LENGTH = 8192;

const FEEDBACK: readonly FeedbackTiming[] = ['each', 'end', 'graded'];
const TITLE_MAX_BYTES = TITLE_MAX * 4;
const INSTRUCTIONS_MAX_BYTES = INSTRUCTIONS_MAX * 4;

/** A link made for an assignment: the fragment to put after `#`, and the assignment's id. */
export interface AssignmentLink {
  fragment: string;
  /** 12 base64url characters derived from the link's bytes: keys the learner's progress, bound into sealed results. */
  assignmentId: string;
}

/** A link opened: the assignment, its id, and whether its questions are still as the teacher chose them. */
export type DecodedAssignmentLink =
  | { ok: true; assignment: Assignment; assignmentId: string; fingerprintMatches: boolean }
  | { ok: false; reason: AssignmentLinkFailure; message: string };

/** The assignment id of a link's bytes: the first 9 bytes of their SHA-256, in base64url (12 characters). */
async function assignmentIdOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return toBase64Url(digest.slice(0, 9));
}

/** The link for an assignment; throws a RangeError listing `assignmentProblems` when it has any (check them first). */
export async function encodeAssignmentLink(assignment: Assignment, bank: NumberedBank): Promise<AssignmentLink> {
  const problems = assignmentProblems(assignment, bank);
  if (problems.length > 0) throw new RangeError(`This assignment cannot become a link: ${problems.join(' ')}`);
  const numbers = questionNumbers(bank.index);
  const title = new TextEncoder().encode(plainText(assignment.title, { newlines: false }));
  const instructions = new TextEncoder().encode(plainText(assignment.instructions, { newlines: true }));
  const due = assignment.due === undefined ? undefined : dueDayNumber(assignment.due)!;
  const key = assignment.teacherKey;
  const writer = new ByteWriter()
    .bits(LINK_VERSION, 8)
    .bits(assignment.passPercent, 7)
    .bits(assignment.order === 'shuffled' ? 1 : 0, 1)
    .bits(FEEDBACK.indexOf(assignment.feedback), 2)
    .bits(due === undefined ? 0 : 1, 1)
    .bits(key ? 1 : 0, 1)
    .bits(instructions.length > 0 ? 1 : 0, 1)
    .bits(0, 3);
  if (due !== undefined) writer.bits(due, 16);
  writeQuestionList(
    writer,
    assignment.questionIds.map((id) => numbers.get(id)!),
  );
  writer.raw(await bankFingerprint(assignment.questionIds.map((id) => bank.questions.get(id)!)));
  writer.varint(title.length).raw(title);
  if (instructions.length > 0) writer.varint(instructions.length).raw(instructions);
  if (key) writer.raw(key);
  const bytes = writer.finish();
  return { fragment: toBase64Url(bytes), assignmentId: await assignmentIdOf(bytes) };
}

/**
 * Opens a link's fragment (with or without its `#`) against this site's bank. Never throws: a damaged,
 * cut, oversized or newer link, or one naming questions this site cannot give, is a failure with a message
 * for the learner. Title and instructions come back as plain text, control characters dropped.
 */
export async function decodeAssignmentLink(fragment: string, bank: NumberedBank): Promise<DecodedAssignmentLink> {
  try {
    const bytes = linkBytes(fragment);
    const { assignment, fingerprint } = readAssignment(new ByteReader(bytes), bank);
    const current = await bankFingerprint(assignment.questionIds.map((id) => bank.questions.get(id)!));
    const fingerprintMatches = current.every((byte, index) => byte === fingerprint[index]);
    return { ok: true, assignment, assignmentId: await assignmentIdOf(bytes), fingerprintMatches };
  } catch (error) {
    if (error instanceof LinkFailure) return { ok: false, reason: error.reason, message: error.message };
    if (error instanceof ByteReadError && error.kind === 'truncated')
      return { ok: false, reason: 'truncated', message: failureMessages.truncated() };
    return {
      ok: false,
      reason: 'invalid-settings',
      message: failureMessages['invalid-settings']('it holds a number in a longer form than needed'),
    };
  }
}

/** The bytes of a fragment, checked for size and alphabet before anything is decoded. */
function linkBytes(fragment: string): Uint8Array<ArrayBuffer> {
  const text = typeof fragment === 'string' ? fragment.replace(/^#/, '') : '';
  if (text === '') fail('empty');
  if (text.length > MAX_FRAGMENT_LENGTH) fail('too-long', MAX_FRAGMENT_LENGTH);
  const bytes = fromBase64Url(text);
  if (!bytes) fail('not-base64url');
  return new Uint8Array(bytes);
}

/** The assignment and the fingerprint it was made with, read field by field in the layout's order. */
function readAssignment(reader: ByteReader, bank: NumberedBank): { assignment: Assignment; fingerprint: Uint8Array } {
  const version = reader.bits(8);
  if (version > LINK_VERSION) fail('newer-version');
  if (version === 0) fail('not-a-link');
  const passPercent = reader.bits(7);
  const shuffled = reader.bits(1) === 1;
  const feedback = FEEDBACK[reader.bits(2)];
  const [hasDue, hasKey, hasInstructions, reserved] = [reader.bits(1), reader.bits(1), reader.bits(1), reader.bits(3)];
  if (passPercent > 100) fail('invalid-settings', `its pass mark is ${passPercent} %`);
  if (feedback === undefined) fail('invalid-settings', 'its feedback setting is unknown');
  if (reserved !== 0) fail('invalid-settings', 'it sets options no version has');
  const due = hasDue ? dueDayText(reader.bits(16)) : undefined;
  const questionIds = readQuestionIds(reader, bank);
  const fingerprint = reader.raw(FINGERPRINT_BYTES);
  const title = readText(reader, TITLE_MAX_BYTES, TITLE_MAX, 'title-too-long');
  if (!/\S/u.test(title)) fail('invalid-settings', 'its title is blank');
  const instructions = hasInstructions ? readText(reader, INSTRUCTIONS_MAX_BYTES, INSTRUCTIONS_MAX, 'instructions-too-long') : '';
  const teacherKey = hasKey ? reader.raw(TEACHER_KEY_BYTES) : undefined;
  if (teacherKey && teacherKey[0] !== 2 && teacherKey[0] !== 3) fail('bad-key');
  if (!reader.atPaddedEnd()) fail('trailing-bytes');
  const assignment: Assignment = {
    title: plainText(title, { newlines: false }),
    instructions: plainText(instructions, { newlines: true }),
    due,
    questionIds,
    order: shuffled ? 'shuffled' : 'fixed',
    feedback,
    passPercent,
    teacherKey,
  };
  return { assignment, fingerprint };
}

/** The chosen questions' ids: each number must name a question this site has, once, and not retired. */
function readQuestionIds(reader: ByteReader, bank: NumberedBank): string[] {
  const numbers = readQuestionList(reader);
  if (numbers.length === 0 || numbers.length > MAX_QUESTIONS) fail('invalid-settings', questionCountProblem(numbers.length));
  const seen = new Set<number>();
  return numbers.map((number) => {
    if (seen.has(number)) fail('duplicate-question', number);
    seen.add(number);
    const entry = bank.index[number];
    if (!entry || (!entry.retired && !bank.questions.has(entry.id))) fail('unknown-question', number);
    if (entry.retired) fail('retired-question', entry.id, number);
    return entry.id;
  });
}

/** A length-prefixed UTF-8 text: refused when longer than its limit (in bytes before decoding, in characters after) or not UTF-8. */
function readText(
  reader: ByteReader,
  maxBytes: number,
  maxCharacters: number,
  tooLong: 'title-too-long' | 'instructions-too-long',
): string {
  const length = reader.varint();
  if (length > maxBytes) fail(tooLong);
  const bytes = reader.raw(length);
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail('not-utf8');
  }
  if (characterCount(text) > maxCharacters) fail(tooLong);
  return text;
}
