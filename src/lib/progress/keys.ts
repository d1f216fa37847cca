import { STORAGE_PREFIX } from '../storageKeys';

/**
 * All progress lives under one prefix, one storage key per item, so two tabs finishing different
 * quizzes never overwrite each other's records. Each kind of item has its own prefix below it and
 * its own persistent map and record decoder: quizzes now; lesson-read marks and game scores will
 * add `…progress:lesson:` and `…progress:game:` beside them.
 */
export const PROGRESS_PREFIX = `${STORAGE_PREFIX}progress:`;

/** Quiz records: `digital-ecosystems:progress:quiz:<quiz id>`. */
export const QUIZ_PREFIX = `${PROGRESS_PREFIX}quiz:`;

/** The storage key of one quiz's record. */
export function quizStorageKey(quizId: string): string {
  return `${QUIZ_PREFIX}${quizId}`;
}

/** The quiz id the final exam's progress is saved under (lesson quizzes use their lesson's slug). */
export const FINAL_EXAM_ID = 'final-exam';
