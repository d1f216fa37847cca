import { assignmentRecordJoin, assignmentRecordKind } from './assignmentRecord';
import { gameRecordKind } from './gameRecord';
import { gameRecordJoin } from './gameRecordUpdates';
import { lessonRecordJoin, lessonRecordKind } from './lessonRecord';
import { quizRecordKind } from './quizRecord';
import { quizRecordJoin } from './quizRecordUpdates';
import type { RecordJoin, RecordKind } from './recordCodec';
import type { RecordKindName } from './recordFields';
import { reviewRecordJoin, reviewRecordKind } from './reviewRecord';

/** A kind of record with how its copies join: what moving progress between devices (export, import) works with. */
export interface JoinableKind<R = unknown> {
  kind: RecordKind<R>;
  join: RecordJoin<R>;
}

/**
 * Every kind of progress record, by its storage name. Only the progress page loads this (it brings every
 * reader and every join); a kind missing here is one an import cannot bring in, so the test suite checks
 * it against RECORD_VERSIONS.
 */
export const RECORD_KINDS: { readonly [name in RecordKindName]: JoinableKind } = {
  quiz: { kind: quizRecordKind, join: quizRecordJoin } as JoinableKind,
  game: { kind: gameRecordKind, join: gameRecordJoin } as JoinableKind,
  lesson: { kind: lessonRecordKind, join: lessonRecordJoin } as JoinableKind,
  review: { kind: reviewRecordKind, join: reviewRecordJoin } as JoinableKind,
  assignment: { kind: assignmentRecordKind, join: assignmentRecordJoin } as JoinableKind,
};
