import { browserStorage } from '../progress/storageArea';
import { STORAGE_PREFIX } from '../storageKeys';

/*
 * The teacher's pages read and write this browser's storage through here (the key file, the saved links,
 * each class's codes). The keys live here, not in storageKeys.ts: that module rides on every page. Storage may be blocked or full: reading gives null, writing false.
 */

/**
 * The teacher's pages (/teach/): the teacher's key pair as a key file's JSON (teacherKeys.ts, the private key as a JWK),
 * and the assignment links made in this browser (src/lib/teach/builder.ts `SavedAssignment[]`). Outside the progress
 * prefix on purpose: a learner's progress export, import or reset never carries or clears a teacher's key.
 */
export const TEACHER_KEY_KEY = `${STORAGE_PREFIX}teach:key`;
export const TEACHER_ASSIGNMENTS_KEY = `${STORAGE_PREFIX}teach:assignments`;
/** The builder's draft (the questions chosen and the settings typed), so a reload or a closed tab loses nothing. */
export const TEACHER_DRAFT_KEY = `${STORAGE_PREFIX}teach:draft`;
/** The gradebook (/teach/grade/): the class of one assignment (src/lib/teach/classRecord.ts), and which assignment was open last. */
export const teacherClassKey = (assignmentId: string): string => `${STORAGE_PREFIX}teach:class:${assignmentId}`;
export const TEACHER_GRADING_KEY = `${STORAGE_PREFIX}teach:grading`;

/** One item of this browser's storage; null when there is none or storage refuses. Never throws. */
export function readStored(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes to this browser's storage; false when it refuses (full, blocked). */
export function writeStored(key: string, value: string): boolean {
  try {
    const storage = browserStorage();
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes an item; false when storage refuses. */
export function removeStored(key: string): boolean {
  try {
    const storage = browserStorage();
    if (!storage) return false;
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
