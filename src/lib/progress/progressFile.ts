import { PROGRESS_PREFIX, progressKey } from '../storageKeys';
import { changeSummary } from './importSummary';
import { isQuotaError } from './progressStore';
import { decodeRecord, encodeRecord } from './recordCodec';
import { isCount, isObject, type RecordKindName } from './recordFields';
import { RECORD_KINDS } from './recordKinds';
import type { StorageArea } from './storageArea';

/*
 * The progress file: a learner exports all their progress of the course and imports it on another device,
 * or after clearing the browser. Pure: the page reads storage into a map, shows the plan, applies it. A file:
 *
 *   {
 *     "format": "digital-ecosystems-progress",
 *     "version": 1,
 *     "course": "Digital Ecosystems",
 *     "exportedAt": "2026-11-26T10:00:00.000Z",
 *     "records": {
 *       "lesson:amazon-case-study": { "readAt": 1795660004000, "v": 1 },
 *       "quiz:three-roles": { "best": { "at": 1795660004000, "score": 9, "total": 10 }, "earlier": 0, "history": [ … ], "v": 3 }
 *     }
 *   }
 *
 * `records` maps `<kind>:<id>` (the storage key without its prefix) to the record as JSON, each with its own
 * version `v` and its own migrations; `version` is the envelope's, to bump only when the envelope changes.
 * Keys are sorted at every depth, so the same progress always exports to the same bytes. Importing joins each
 * record with the device's own (the kind's merge, as two tabs do): nothing on either side is lost, the order
 * of imports does not matter, and importing a file twice changes nothing the second time.
 */

export const PROGRESS_FILE_FORMAT = 'digital-ecosystems-progress';
/** The envelope's version this code writes, and the newest it reads. */
export const PROGRESS_FILE_VERSION = 1;
/** The longest text read as a file, in characters: real exports are far smaller (every record is bounded), and a wrong file this long would stall the page parsing it. */
export const MAX_FILE_LENGTH = 5 * 1024 * 1024;

/** One record of a file, read and upgraded to the version this code writes. */
export interface FileRecord {
  kind: RecordKindName;
  id: string;
  record: unknown;
}

/** A progress file this code can import. */
export interface ProgressFile {
  course: string;
  /** When it was exported, as the file says (ISO 8601); undefined when it does not say. */
  exportedAt: string | undefined;
  /** In key order. */
  records: FileRecord[];
}

/** Why a file cannot be imported: each kind a different reason, `message` in words for the learner. */
export interface FileProblem {
  kind:
    | 'too-large'
    | 'damaged'
    | 'not-progress-file'
    | 'other-course'
    | 'newer-file'
    | 'no-records'
    | 'unknown-record'
    | 'unreadable-record'
    | 'partly-readable-record'
    | 'newer-record';
  message: string;
}

type Refusal = { ok: false; problem: FileProblem };
export type FileReading = { ok: true; file: ProgressFile } | Refusal;

/** What a record is called in the preview, e.g. ('quiz', 'three-roles') → 'Quiz of lesson 4, Three roles'. */
/** What a record is called in messages; `record` (as the file holds it) lets a name come from inside it, like an assignment's title. */
export type RecordNames = (kind: RecordKindName, id: string, record?: unknown) => string;

/** A record that importing changes. */
export interface ImportChange {
  /** The storage key it is written to. */
  key: string;
  kind: RecordKindName;
  id: string;
  /** What this device holds now, read; undefined when it holds nothing it can read. */
  current: unknown;
  /** The file's record joined with the current one. */
  joined: unknown;
  /** `joined` as it is written to storage. */
  text: string;
  /** A line for the preview: the record's name and what changes in it. */
  summary: string;
}

export type ImportPlan =
  | { ok: true; changes: ImportChange[]; unchanged: number; writes: [string, string][] }
  | { ok: false; problem: { kind: 'newer-here'; message: string } };

export type ImportResult = { ok: true } | { ok: false; reason: 'full' | 'blocked' };

/** `<kind>:<id>` as a kind this code knows and a non-empty id; undefined otherwise. */
function recordName(name: string): { kind: RecordKindName; id: string } | undefined {
  const colon = name.indexOf(':');
  const kind = name.slice(0, colon);
  const id = name.slice(colon + 1);
  return colon > 0 && id !== '' && Object.hasOwn(RECORD_KINDS, kind) ? { kind: kind as RecordKindName, id } : undefined;
}

/** JSON with the keys of every object sorted: the same value always gives the same text, whatever order it was built in. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys(value[key])]),
  );
}

const canonicalJson = (value: unknown): string => JSON.stringify(sortedKeys(value));

/**
 * A stored record as the file carries it: as this code reads it (upgraded, and without the parts it cannot
 * read, which an import would refuse), or untouched when a newer version of the site wrote it (that version
 * can import it back). Unreadable items are left out: nothing in them can be kept anyway.
 */
function exportedRecord(kind: RecordKindName, id: string, raw: string): unknown {
  const decoded = decodeRecord(RECORD_KINDS[kind].kind, raw, id);
  if (decoded.status === 'ok') return decoded.record;
  return decoded.status === 'newer' ? JSON.parse(decoded.raw) : undefined;
}

/** The progress file of every progress item in `items` (storage key → stored text); other keys are never exported. */
export function exportProgress(items: ReadonlyMap<string, string>, course: string, now: Date): string {
  const records: Record<string, unknown> = {};
  for (const key of [...items.keys()].sort()) {
    const name = key.startsWith(PROGRESS_PREFIX) ? key.slice(PROGRESS_PREFIX.length) : '';
    const known = recordName(name);
    const record = known && exportedRecord(known.kind, known.id, items.get(key)!);
    if (record !== undefined) records[name] = sortedKeys(record);
  }
  const file = { format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION, course, exportedAt: now.toISOString(), records };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const refused = (kind: FileProblem['kind'], message: string): Refusal => ({
  ok: false,
  problem: { kind, message: `${message} Nothing was imported.` },
});

const DAMAGED = 'This file is damaged or incomplete. Export your progress again and import the new file.';
const RELOAD = 'Reload this page to get the newer version, then import the file again.';

/**
 * Reads a progress file for `course`, or says why it cannot be imported. All or nothing: a file with one
 * record this code cannot read cleanly is refused whole (a file this site exported never has one; importing
 * half of an edited file would lose track of what came from where). Never throws.
 */
export function readProgressFile(text: string, course: string): FileReading {
  if (text.length > MAX_FILE_LENGTH) {
    return refused('too-large', 'This file is too large to be a progress file (over 5 MB). Choose the file you exported from this course.');
  }
  try {
    return readEnvelope(text, course);
  } catch {
    // JSON nested deeper than the stack allows (only a made-up file has that) overflows a parser or a reader.
    return refused('damaged', DAMAGED);
  }
}

function readEnvelope(text: string, course: string): FileReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refused('damaged', DAMAGED);
  }
  if (!isObject(data) || data['format'] !== PROGRESS_FILE_FORMAT) {
    return refused('not-progress-file', 'This is not a progress file of this course. Choose the file you exported from this course.');
  }
  const { version, course: from, exportedAt, records } = data;
  if (!isCount(version) || version < 1) return refused('damaged', DAMAGED);
  // Before anything else is judged: a newer envelope may keep its fields differently.
  if (version > PROGRESS_FILE_VERSION) return refused('newer-file', `This file was made by a newer version of this course. ${RELOAD}`);
  if (typeof from !== 'string') return refused('damaged', DAMAGED);
  if (from !== course) {
    return refused(
      'other-course',
      `This progress file is from another course, “${from}”, not from “${course}”. Import it into that course.`,
    );
  }
  if (!isObject(records)) {
    return refused('no-records', 'This file is damaged: its list of progress is missing or broken. Export your progress again.');
  }
  const read: FileRecord[] = [];
  // In key order, as an export writes them: the first problem named is the first a reader of the file meets.
  for (const key of Object.keys(records).sort()) {
    const record = readFileRecord(key, records[key]);
    if ('problem' in record) return record;
    read.push(record);
  }
  const when = typeof exportedAt === 'string' && !Number.isNaN(Date.parse(exportedAt)) ? exportedAt : undefined;
  return { ok: true, file: { course: from, exportedAt: when, records: read } };
}

function readFileRecord(key: string, value: unknown): FileRecord | Refusal {
  const name = recordName(key);
  if (!name) {
    return refused(
      'unknown-record',
      `This file holds “${key}”, which is not progress this version of the course knows. The file may have been edited, or made by a newer version of the course.`,
    );
  }
  const decoded = decodeRecord(RECORD_KINDS[name.kind].kind, JSON.stringify(value), name.id);
  if (decoded.status === 'newer') {
    return refused('newer-record', `The progress “${key}” in this file was saved by a newer version of this course. ${RELOAD}`);
  }
  if (decoded.status === 'unreadable') {
    return refused('unreadable-record', `This file is damaged: its progress “${key}” cannot be read.`);
  }
  if (decoded.dropped.length > 0) {
    return refused(
      'partly-readable-record',
      `This file is damaged: parts of its progress “${key}” cannot be read (${decoded.dropped.join(', ')}).`,
    );
  }
  return { ...name, record: decoded.record };
}

/**
 * What importing `file` would do to the progress in `items` (storage key → stored text): each record of the
 * file joined with this device's, and the records that changes, each with a line for the preview. Refuses
 * when this device holds one of the file's records in a newer version's shape (it cannot know how to join).
 */
export function planImport(items: ReadonlyMap<string, string>, file: ProgressFile, names: RecordNames): ImportPlan {
  const changes: ImportChange[] = [];
  let unchanged = 0;
  for (const { kind, id, record } of file.records) {
    const key = progressKey(kind, id);
    const { kind: reader, join } = RECORD_KINDS[kind];
    const raw = items.get(key);
    const stored = raw === undefined ? undefined : decodeRecord(reader, raw, id);
    if (stored?.status === 'newer') {
      const message = `Your progress on “${names(kind, id, record)}” in this browser was saved by a newer version of this course, so this version cannot add to it. ${RELOAD} Nothing was imported.`;
      return { ok: false, problem: { kind: 'newer-here', message } };
    }
    // An unreadable record is as good as none: the site shows it as empty and replaces it on the next save.
    const current = stored?.status === 'ok' ? stored.record : undefined;
    const before = current ?? reader.empty();
    const joined = join.merge(before, record);
    // Compared with keys sorted: a join may build the same record with its fields in another order.
    if (canonicalJson(joined) === canonicalJson(before)) {
      unchanged++;
      continue;
    }
    const summary = `${names(kind, id, record)}: ${changeSummary(kind, current, joined)}`;
    changes.push({ key, kind, id, current, joined, text: encodeRecord(joined), summary });
  }
  return { ok: true, changes, unchanged, writes: changes.map(({ key, text }) => [key, text]) };
}

/**
 * Writes a plan's `writes` to storage, all or nothing: if one write fails, every key already written gets its
 * old value back (or is removed, if it had none), and the reason is given. Never throws. The page tells the
 * other islands (notifyProgressChange) once it has succeeded.
 */
export function applyImport(storage: StorageArea, writes: readonly (readonly [string, string])[]): ImportResult {
  const written: [string, string | null][] = [];
  try {
    for (const [key, text] of writes) {
      const old = storage.getItem(key);
      storage.setItem(key, text);
      written.push([key, old]);
    }
    return { ok: true };
  } catch (error) {
    // Last write first, so a key written twice ends as it was before both.
    for (const [key, old] of written.reverse()) {
      try {
        if (old === null) storage.removeItem(key);
        else storage.setItem(key, old);
      } catch {
        // A value that was there a moment ago needs no new space; a storage that refuses even this cannot be helped.
      }
    }
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'blocked' };
  }
}
