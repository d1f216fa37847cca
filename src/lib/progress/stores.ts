import { defineRecordStore } from './progressStore';
import { quizRecordKind } from './quizRecord';

/*
 * One persistent store per kind of progress record. Every kind is defined here, so the engine's
 * newer-version check and repairs see them all on whichever page runs first.
 */

/** Each quiz's record (lesson quizzes by lesson slug, and the final exam). */
export const quizProgress = defineRecordStore(quizRecordKind);
