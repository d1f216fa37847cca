import { STORAGE_PREFIX } from '../storageKeys';

/**
 * Progress lives under one prefix, one storage key per item (`…progress:quiz:three-roles`), so two
 * tabs finishing different quizzes never overwrite each other's records. Lesson-read marks and game
 * scores will take their own kinds under the same prefix.
 */
export const PROGRESS_PREFIX = `${STORAGE_PREFIX}progress:`;

export type ProgressKind = 'quiz';

/** The key of one item inside the progress map (without the storage prefix). */
export function progressKey(kind: ProgressKind, id: string): string {
  return `${kind}:${id}`;
}

/** The quiz id the final exam's progress is saved under (lesson quizzes use their lesson's slug). */
export const FINAL_EXAM_ID = 'final-exam';
