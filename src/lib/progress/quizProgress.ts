import { defineRecordStore } from './progressStore';
import { quizRecordKind } from './quizRecord';

/** Each quiz's saved record (lesson quizzes by lesson slug, and the final exam), over the shared storage engine. */
export const quizProgress = defineRecordStore(quizRecordKind);
