/**
 * Every key this site writes to localStorage starts with this prefix, because a host may serve
 * other apps on the same origin and they must not read or clobber each other's data.
 */
export const STORAGE_PREFIX = 'digital-ecosystems:';

export const THEME_KEY = `${STORAGE_PREFIX}theme`;

/**
 * All progress lives under one prefix, one storage key per item, so two tabs finishing different
 * quizzes never overwrite each other's records: `digital-ecosystems:progress:<kind>:<id>`, where the
 * kind (quiz, lesson, game…) says which decoder reads it.
 */
export const PROGRESS_PREFIX = `${STORAGE_PREFIX}progress:`;

/** The prefix of every record of one kind. */
export function progressPrefix(kind: string): string {
  return `${PROGRESS_PREFIX}${kind}:`;
}

/** The storage key of one record. */
export function progressKey(kind: string, id: string): string {
  return `${progressPrefix(kind)}${id}`;
}

/** The review queue and answer log are one record, under this id: `…progress:review:questions`. */
export const REVIEW_RECORD_ID = 'questions';

/**
 * The teacher's pages (/teach/): the teacher's key pair as a key file's JSON (teacherKeys.ts, the private key as a JWK),
 * and the assignment links made in this browser (src/lib/teach/builder.ts `SavedAssignment[]`). Outside the progress
 * prefix on purpose: a learner's progress export, import or reset never carries or clears a teacher's key.
 */
export const TEACHER_KEY_KEY = `${STORAGE_PREFIX}teach:key`;
export const TEACHER_ASSIGNMENTS_KEY = `${STORAGE_PREFIX}teach:assignments`;
/** The gradebook (/teach/grade/): the class of one assignment (src/lib/teach/classRecord.ts), and which assignment was open last. */
export const teacherClassKey = (assignmentId: string): string => `${STORAGE_PREFIX}teach:class:${assignmentId}`;
export const TEACHER_GRADING_KEY = `${STORAGE_PREFIX}teach:grading`;
