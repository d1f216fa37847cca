import type { RecordJoin, RecordKind } from './recordCodec';
import { isTime, RECORD_VERSIONS } from './recordFields';

/** That a lesson has been read, stored as `…progress:lesson:<slug>`: when the learner reached its end or said so. */
export interface LessonRecord {
  v: 1;
  /** When it was first marked read, in ms since 1970. */
  readAt?: number;
}

export const lessonRecordKind: RecordKind<LessonRecord> = {
  name: 'lesson',
  version: RECORD_VERSIONS.lesson,
  migrations: {},
  empty: () => ({ v: 1 }),
  read(data, dropped) {
    const readAt = data['readAt'];
    if (isTime(readAt)) return { v: 1, readAt };
    if ('readAt' in data) dropped.push('readAt');
    return { v: 1 };
  },
};

export const lessonRecordJoin: RecordJoin<LessonRecord> = {
  // Read on either device is read; the earlier time is when it happened first.
  merge: (a, b) => (a.readAt === undefined ? b : b.readAt === undefined ? a : { v: 1, readAt: Math.min(a.readAt, b.readAt) }),
};

/** The record once the lesson is read (the first time counts). */
export function markedRead(record: LessonRecord, now: number): LessonRecord {
  return record.readAt === undefined ? { v: 1, readAt: now } : record;
}

export function isRead(record: LessonRecord | undefined): boolean {
  return record?.readAt !== undefined;
}
