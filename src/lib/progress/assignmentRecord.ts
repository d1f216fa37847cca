import type { Attempt } from '../quiz/quizMachine';
import type { AnswerValue } from '../quiz/questionTypes';
import { MAX_NAME_LENGTH } from '../teach/resultCode';
import type { RecordJoin, RecordKind } from './recordCodec';
import { isCount, isObject, isTime, RECORD_VERSIONS } from './recordFields';
import { isAnswerValue, quizRecordKind } from './quizRecord';

/*
 * A learner's work on one teacher's assignment, stored as `…progress:assignment:<assignment id>` (the id comes
 * from the link's bytes, so two links never share a record). It keeps the attempt in progress, to resume after
 * a reload, and once handed in what was handed in: the answers in the assignment's order and the result code,
 * so a reload shows the same code again. No score: the teacher grades (and with 'graded' feedback the learner
 * must not see one).
 */

/** What was handed in. */
export interface HandIn {
  /** When the learner finished, ms since 1970. */
  at: number;
  /** Time taken, whole seconds. */
  seconds: number;
  /** One per question in the assignment's order; null when not answered. */
  answers: (AnswerValue | null)[];
  /** The sealed result code, when the link had a teacher's key. */
  code?: string;
}

export interface AssignmentRecord {
  v: 1;
  /** The assignment's title, to name the record in an import's preview (plain text, from the link). */
  title?: string;
  /** The learner's name as typed. */
  name?: string;
  /** When the learner pressed Start, ms since 1970: the time taken counts from here. */
  startedAt?: number;
  /** The attempt in progress. */
  current?: Attempt;
  handedIn?: HandIn;
}

const TITLE_LIMIT = 200;
const isText = (value: unknown, limit: number): value is string => typeof value === 'string' && [...value].length <= limit;

function readHandIn(value: unknown): HandIn | undefined {
  if (!isObject(value)) return undefined;
  const { at, seconds, answers, code } = value;
  if (!isTime(at) || !isCount(seconds) || !Array.isArray(answers) || !answers.every(isAnswerValue)) return undefined;
  if (code !== undefined && !isText(code, 4096)) return undefined;
  return { at, seconds, answers: answers as (AnswerValue | null)[], ...(code === undefined ? {} : { code }) };
}

export const assignmentRecordKind: RecordKind<AssignmentRecord> = {
  name: 'assignment',
  version: RECORD_VERSIONS.assignment,
  migrations: {},
  empty: () => ({ v: 1 }),
  read(data, dropped) {
    const record: AssignmentRecord = { v: 1 };
    const field = <K extends 'title' | 'name' | 'startedAt' | 'current' | 'handedIn'>(key: K, value: AssignmentRecord[K] | undefined) => {
      if (value !== undefined) record[key] = value;
      else if (key in data) dropped.push(key);
    };
    field('title', isText(data['title'], TITLE_LIMIT) ? data['title'] : undefined);
    field('name', isText(data['name'], MAX_NAME_LENGTH * 2) ? data['name'] : undefined);
    field('startedAt', isTime(data['startedAt']) ? data['startedAt'] : undefined);
    // An attempt in progress is read as a quiz record reads its own (one reader, already on every island's page).
    field('current', quizRecordKind.read({ current: data['current'] }, []).current);
    field('handedIn', readHandIn(data['handedIn']));
    // Handed in is final: an attempt in progress beside it can only be a stale copy.
    if (record.handedIn) delete record.current;
    return record;
  },
};

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Two copies of one assignment's record as one: a hand-in wins over an attempt in progress (of two, the one
 * handed in first, as the teacher may already have it; then by content, so either order agrees); else the
 * attempt started later (attempt ids start with their start time). Commutative and idempotent.
 */
export function mergeAssignmentRecords(a: AssignmentRecord, b: AssignmentRecord): AssignmentRecord {
  const handIns = [a, b].filter((record) => record.handedIn !== undefined);
  if (handIns.length > 0) {
    const first = handIns.sort(
      (x, y) =>
        x.handedIn!.at - y.handedIn!.at ||
        compare(JSON.stringify(x.handedIn), JSON.stringify(y.handedIn)) ||
        // Two hand-ins alike but for the name (two devices, a name typed differently): still one answer in either order.
        compare(JSON.stringify({ ...x, current: undefined }), JSON.stringify({ ...y, current: undefined })),
    )[0]!;
    const { current: _dropped, ...rest } = first;
    const title = first.title ?? a.title ?? b.title;
    return title === undefined ? rest : { ...rest, title };
  }
  const later = [a, b].sort(
    (x, y) => compare(x.current?.id ?? '', y.current?.id ?? '') || compare(JSON.stringify(x), JSON.stringify(y)),
  )[1]!;
  return later;
}

export const assignmentRecordJoin: RecordJoin<AssignmentRecord> = {
  merge: mergeAssignmentRecords,
  // This tab's attempt in progress is what it is now; but a hand-in (here or in another tab) is final.
  onWrite: (stored, mine) => (stored.handedIn && !mine.handedIn ? stored : mine.handedIn ? mergeAssignmentRecords(stored, mine) : mine),
};

/** The record once the learner starts: their name and the moment the clock starts. */
export function startedRecord(record: AssignmentRecord, title: string, name: string, now: number): AssignmentRecord {
  return { v: 1, title, name, startedAt: record.startedAt ?? now, ...(record.current ? { current: record.current } : {}) };
}
