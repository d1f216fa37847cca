import type { JudgedAnswer } from '../quiz/quizMachine';
import { progressKey, REVIEW_RECORD_ID } from '../storageKeys';
import { localDay } from './leitner';
import { decodeRecord, recordOf } from './recordCodec';
import { reviewProgress } from './reviewProgress';
import { reviewRecordJoin, reviewRecordKind, withAnswers } from './reviewRecord';
import { saveRecord } from './saveRecord';
import { readItem } from './storageArea';

/**
 * Logs answers just judged (in a lesson quiz, the exam or a review) and moves the review queue on: a wrong
 * answer puts its question in the queue, a right one after its wait moves it up. Reads the record as
 * storage holds it now, so the boxes move from where they really are.
 */
export function logAnswers(answers: readonly JudgedAnswer[], now: number): void {
  if (answers.length === 0) return;
  const raw = readItem(progressKey(reviewRecordKind.name, REVIEW_RECORD_ID));
  const { record } = recordOf(reviewRecordKind, raw === null ? undefined : decodeRecord(reviewRecordKind, raw, REVIEW_RECORD_ID));
  saveRecord(reviewProgress, reviewRecordJoin, REVIEW_RECORD_ID, withAnswers(record, answers, now, localDay(now)));
}
