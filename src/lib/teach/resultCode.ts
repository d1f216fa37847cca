import type { LearnerResult } from './grading';
import { decodeAnswer, encodeAnswer, isAnswerFor, type AnswerValue, type Question } from '../quiz/questionTypes';
import { ByteReader, ByteWriter, fromBase64Url, MAX_VARINT, toBase64Url } from './bytes';
import { openResult, sealResult, SEAL_OVERHEAD } from './seal';

/*
 * A learner's result as the text code they hand in: `DE1-` and the sealed bytes in base64url. The content,
 * before sealing, is bit-packed (bytes.ts), in this order:
 *   name            string (varint UTF-8 length + bytes), ≤ 60 characters, control characters stripped
 *   seconds taken   varint
 *   finished at     varint, whole minutes since 2020-01-01T00:00Z
 *   question count  varint
 *   per question    1 bit "answered", then the answer as its type's encodeAnswer writes it
 *   zero bits to the end of the last byte
 * No score: the gradebook re-grades the answers against the bank. The assignment id is in the code as the seal's
 * binding (HKDF info and GCM additional data), not as bytes: a code opens only with its own assignment's id, so
 * a copy inside would cost 13 bytes (17 characters) and could only ever disagree in a forged code. The
 * prefix's number is the code format's version; a change to the content or the seal makes it DE2-.
 */

/** The start of every result code this version makes. */
export const RESULT_CODE_PREFIX = 'DE1-';
const CODE_VERSION = 1;
/** The longest name a code keeps, in characters. */
export const MAX_NAME_LENGTH = 60;
/** Codes longer than this (characters, as pasted) are not decoded at all: no real result comes near it. */
export const MAX_CODE_LENGTH = 4096;
/** 2020-01-01T00:00:00Z, the zero of `finished at`. */
const EPOCH = Date.UTC(2020, 0, 1);
const MINUTE = 60_000;

/** What a result code holds. */
/** What a result code holds: the learner's result (graded by grading.ts) and the assignment it was made for. */
export interface ResultContent extends LearnerResult {
  /** The assignment it was made for (bound by the seal rather than stored). */
  assignmentId: string;
}

/** Why a result code could not be read. */
export type ResultCodeFailureReason =
  'not-a-code' | 'oversized' | 'truncated' | 'damaged' | 'newer-version' | 'not-opened' | 'unreadable-content' | 'answers-do-not-fit';

export interface ResultCodeFailure {
  ok: false;
  reason: ResultCodeFailureReason;
  /** What went wrong and what to do, for the teacher. */
  message: string;
  /** The question the answers stopped fitting at, when there is one. */
  questionId?: string;
}

const failure = (reason: ResultCodeFailureReason, message: string, questionId?: string): ResultCodeFailure =>
  questionId === undefined ? { ok: false, reason, message } : { ok: false, reason, message, questionId };

// Bidirectional overrides and isolates could make a name display as another in the gradebook.
const UNSAFE_CHARACTERS = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A name as a code keeps it: control and direction characters removed, spaces trimmed, at most 60 characters. */
export function cleanName(name: string): string {
  const cleaned = name.replace(LONE_SURROGATE, '\ufffd').replace(UNSAFE_CHARACTERS, '').trim();
  return [...cleaned].slice(0, MAX_NAME_LENGTH).join('').trim();
}

const clampWhole = (value: number) => (Number.isFinite(value) ? Math.min(MAX_VARINT, Math.max(0, Math.floor(value))) : 0);

/**
 * The result's content as bytes, before sealing (all but the assignment id, which the seal binds); `questions`
 * are the assignment's, in its order. Throws on an answer that does not fit.
 */
export function encodeResultContent(result: ResultContent, questions: Question[]): Uint8Array<ArrayBuffer> {
  if (result.answers.length !== questions.length) {
    throw new RangeError(`${result.answers.length} answers for ${questions.length} questions`);
  }
  const writer = new ByteWriter()
    .string(cleanName(result.name))
    .varint(clampWhole(result.seconds))
    .varint(clampWhole((result.finishedAt - EPOCH) / MINUTE))
    .varint(questions.length);
  questions.forEach((question, index) => {
    const answer = result.answers[index];
    writer.bit(answer !== undefined);
    if (answer === undefined) return;
    if (!isAnswerFor(question, answer)) throw new RangeError(`the answer to question "${question.id}" does not fit it`);
    encodeAnswer(question, answer, writer);
  });
  return writer.finish();
}

/** The content of an opened code for `assignmentId`, each answer checked against its question; a failure names what does not fit. Never throws. */
export function decodeResultContent(
  bytes: Uint8Array,
  questions: Question[],
  assignmentId: string,
): { ok: true; result: ResultContent } | ResultCodeFailure {
  const reader = new ByteReader(bytes);
  let header: Omit<ResultContent, 'answers'> & { count: number };
  try {
    header = {
      assignmentId,
      name: cleanName(reader.string(MAX_NAME_LENGTH * 4)),
      seconds: reader.varint(),
      finishedAt: EPOCH + reader.varint() * MINUTE,
      count: reader.varint(),
    };
  } catch {
    return failure(
      'unreadable-content',
      'This code opened, but what it holds cannot be read: it was not made by this site. Ask the learner for a new code.',
    );
  }
  const { count, ...rest } = header;
  if (count !== questions.length) {
    return failure(
      'answers-do-not-fit',
      `This code holds answers to ${count} questions, but the assignment has ${questions.length}. Ask the learner to take the assignment again from your link.`,
    );
  }
  const answers: (AnswerValue | undefined)[] = [];
  for (const [index, question] of questions.entries()) {
    const doesNotFit = failure(
      'answers-do-not-fit',
      `The answer to question ${index + 1} ("${question.id}") does not fit it: the question may have changed since the code was made. Ask the learner to take the assignment again from a new link.`,
      question.id,
    );
    try {
      if (!reader.bit()) {
        answers.push(undefined);
        continue;
      }
      const answer = decodeAnswer(question, reader);
      if (answer === undefined) return doesNotFit;
      answers.push(answer);
    } catch {
      // The answers ran past the end: the bits were written for other questions.
      return doesNotFit;
    }
  }
  if (!reader.atPaddedEnd()) {
    return failure(
      'answers-do-not-fit',
      "This code holds more than answers to this assignment's questions: the questions may have changed since it was made. Ask the learner to take the assignment again from a new link.",
    );
  }
  return { ok: true, result: { ...rest, answers } };
}

/** The learner's result code: the content sealed to the teacher's 33-byte public key, as `DE1-` + base64url. */
export async function makeResultCode(result: ResultContent, questions: Question[], teacherPublicKey: Uint8Array): Promise<string> {
  const sealed = await sealResult(encodeResultContent(result, questions), teacherPublicKey, result.assignmentId);
  return RESULT_CODE_PREFIX + toBase64Url(sealed);
}

/** What the gradebook needs to open codes for one assignment. */
export interface OpeningContext {
  assignmentId: string;
  /** The assignment's questions, in its order. */
  questions: Question[];
  /** The teacher's private key (from their browser or key file). */
  teacherPrivateKey: CryptoKey;
}

const NOT_A_CODE = `This is not a result code: a code starts with ${RESULT_CODE_PREFIX}. Check that the whole code was copied.`;

/** A pasted result code opened and checked against the assignment, or a typed failure saying why not. Never throws. */
export async function readResultCode(
  text: string,
  context: OpeningContext,
): Promise<{ ok: true; result: ResultContent } | ResultCodeFailure> {
  if (text.length > MAX_CODE_LENGTH) {
    return failure(
      'oversized',
      `This is too long to be a result code (${text.length} characters; codes are much shorter). Paste one code at a time, or one per line.`,
    );
  }
  const compact = text.replace(/\s+/g, '');
  const prefix = /^DE(\d{1,4})-/i.exec(compact);
  if (!prefix) return failure('not-a-code', NOT_A_CODE);
  const version = Number(prefix[1]);
  if (version > CODE_VERSION) {
    return failure(
      'newer-version',
      'This code was made by a newer version of the site. Reload the page to get the newest version, then try again.',
    );
  }
  if (version !== CODE_VERSION) return failure('not-a-code', NOT_A_CODE);
  const sealed = fromBase64Url(compact.slice(prefix[0].length));
  if (!sealed) {
    return failure(
      'damaged',
      'This code is damaged: it holds characters a code never has, or a character was lost. Ask the learner to copy the code again.',
    );
  }
  if (sealed.length <= SEAL_OVERHEAD) {
    return failure('truncated', 'This code is too short: part of it is missing. Ask the learner to copy the whole code again.');
  }
  const opened = await openResult(sealed, context.teacherPrivateKey, context.assignmentId);
  if (!opened.ok) {
    // The prefix already said which version made the code, so a seal version that disagrees is damage.
    const reason = opened.reason === 'newer-version' || opened.reason === 'unknown-version' ? 'damaged' : opened.reason;
    return failure(
      reason,
      reason === 'damaged' ? 'This code is damaged: a character was changed. Ask the learner to copy the code again.' : opened.message,
    );
  }
  return decodeResultContent(opened.bytes, context.questions, context.assignmentId);
}

/**
 * A key that is equal for two codes holding the same result — the same code pasted twice, or the same result
 * sealed twice (each sealing gives a different code) — so the gradebook can show it once, flagged.
 */
export function duplicateKey(result: ResultContent): string {
  return JSON.stringify([
    result.assignmentId,
    result.name,
    result.answers.map((answer) => answer ?? null),
    result.seconds,
    result.finishedAt,
  ]);
}

/**
 * Pasted text split into one entry per code: each `DE<n>-` at the start or after a space, comma or line break
 * starts one (so a code wrapped over lines stays whole), and text before the first is an entry of its own.
 */
export function splitResultCodes(text: string): string[] {
  return text
    .split(/(?<=^|[\s,;])(?=DE\d{1,4}-)/i)
    .map((part) => part.replace(/^[\s,;]+|[\s,;]+$/g, ''))
    .filter(Boolean);
}
