import type { AnswerValue } from '../quiz/questionTypes';
import { duplicateKey, type ResultCodeFailure, type ResultContent } from './resultCode';
import { gradebook, type Gradebook, type GradebookEntry } from './gradebook';
import type { Assignment } from './assignment';
import type { QuestionsById } from './grading';

/*
 * The gradebook's class for one assignment, as this browser keeps it: the assignment link's fragment and
 * every code pasted, in order, each with what opening it gave (the learner's result, or why it could not be
 * opened). Results are kept opened, so a reload shows the class without the key; grades are always
 * recomputed from the answers against the bank, never stored.
 */

/** One pasted code and what opening it gave. */
export type ClassEntry =
  { code: string; ok: true; result: ResultContent } | { code: string; ok: false; reason: ResultCodeFailure['reason']; message: string };

export interface ClassRecord {
  /** The assignment link's fragment (without '#'). */
  link: string;
  entries: ClassEntry[];
}

/** Codes kept per class at most: far more than a class, little enough for storage. */
export const MAX_ENTRIES = 2000;
const RECORD_VERSION = 1;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isAnswer = (value: unknown): value is AnswerValue =>
  value === null || ['boolean', 'number', 'string'].includes(typeof value) || (Array.isArray(value) && value.every(isAnswer));

function readResult(value: unknown): ResultContent | undefined {
  if (!isRecord(value)) return undefined;
  const { name, answers, seconds, finishedAt, assignmentId } = value;
  if (typeof name !== 'string' || typeof assignmentId !== 'string' || !Array.isArray(answers) || !answers.every(isAnswer)) return undefined;
  if (typeof seconds !== 'number' || typeof finishedAt !== 'number' || !Number.isFinite(seconds) || !Number.isFinite(finishedAt))
    return undefined;
  // JSON keeps an unanswered question (undefined) as null: give it back as unanswered.
  return { name, assignmentId, seconds, finishedAt, answers: answers.map((answer) => (answer === null ? undefined : answer)) };
}

function readEntry(value: unknown): ClassEntry | undefined {
  if (!isRecord(value) || typeof value['code'] !== 'string') return undefined;
  const code = value['code'];
  if (value['ok'] === true) {
    const result = readResult(value['result']);
    return result ? { code, ok: true, result } : undefined;
  }
  if (value['ok'] === false && typeof value['reason'] === 'string' && typeof value['message'] === 'string') {
    return { code, ok: false, reason: value['reason'] as ResultCodeFailure['reason'], message: value['message'] };
  }
  return undefined;
}

/** A class as storage keeps it, or undefined when there is none or it is damaged (a damaged entry is left out). */
export function readClassRecord(text: string | null): ClassRecord | undefined {
  let data: unknown;
  try {
    data = text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['version'] !== RECORD_VERSION || typeof data['link'] !== 'string' || !Array.isArray(data['entries'])) {
    return undefined;
  }
  const entries = data['entries'].map(readEntry).filter((entry): entry is ClassEntry => entry !== undefined);
  return { link: data['link'], entries: entries.slice(0, MAX_ENTRIES) };
}

/** The class as storage keeps it (JSON). */
export function classRecordText(record: ClassRecord): string {
  return JSON.stringify({ version: RECORD_VERSION, link: record.link, entries: record.entries.slice(0, MAX_ENTRIES) });
}

/** A code's first and last characters, to name it in a list without showing all of it. */
export function codeExcerpt(code: string): string {
  const flat = code.replace(/\s+/g, '');
  return flat.length <= 24 ? flat : `${flat.slice(0, 14)}…${flat.slice(-6)}`;
}

/** A code that could not be counted, with why: not opened, not gradable, or the same hand-in as an earlier one. */
export interface RefusedCode {
  /** Position among the pasted codes, from 1. */
  number: number;
  excerpt: string;
  kind: 'refused' | 'duplicate';
  message: string;
}

export interface ClassView extends Gradebook {
  /** Every code that is not a learner in the table, in the order pasted. */
  refused: RefusedCode[];
}

/** The class graded from its entries: the gradebook over what opened, and every other code with its reason. */
export function classView(assignment: Assignment, bank: QuestionsById, entries: readonly ClassEntry[]): ClassView {
  const opened = entries.flatMap((entry, position) => (entry.ok ? [{ entry, position }] : []));
  const input: GradebookEntry[] = opened.map(({ entry }) => ({ result: entry.result, duplicateKey: duplicateKey(entry.result) }));
  const book = gradebook(assignment, bank, input);
  const positionOf = (index: number) => opened[index]!.position;
  const refused: RefusedCode[] = [];
  entries.forEach((entry, position) => {
    if (!entry.ok) refused.push({ number: position + 1, excerpt: codeExcerpt(entry.code), kind: 'refused', message: entry.message });
  });
  for (const duplicate of book.duplicates) {
    const position = positionOf(duplicate.index);
    refused.push({
      number: position + 1,
      excerpt: codeExcerpt(entries[position]!.code),
      kind: 'duplicate',
      message: `${duplicate.name}: the same hand-in as code ${positionOf(duplicate.sameAs) + 1}, so it is counted once.`,
    });
  }
  for (const rejected of book.rejected) {
    const position = positionOf(rejected.index);
    refused.push({
      number: position + 1,
      excerpt: codeExcerpt(entries[position]!.code),
      kind: 'refused',
      message: `${rejected.name}: ${rejected.error.message}`,
    });
  }
  refused.sort((a, b) => a.number - b.number);
  return { ...book, refused };
}
