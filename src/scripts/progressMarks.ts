import { decodeRecord, recordOf } from '../lib/progress/recordCodec';
import { hasPassed, quizRecordKind } from '../lib/progress/quizRecord';
import { onProgressChange, readItem } from '../lib/progress/storageArea';
import { progressKey } from '../lib/storageKeys';

/*
 * Marks each lesson whose quiz the learner has passed, wherever lessons are listed (navigation, home
 * page), without Preact: it reads progress through the same storage area and record model the islands
 * use, so it agrees with them even when progress is only kept in memory. It only reads: repairing
 * records is the islands' job.
 */

function passed(lesson: string): boolean {
  const raw = readItem(progressKey(quizRecordKind.name, lesson));
  return raw !== null && hasPassed(recordOf(quizRecordKind, decodeRecord(quizRecordKind, raw, lesson)).record);
}

function markPassedLessons(): void {
  for (const link of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const done = passed(link.dataset['lesson']!);
    link.classList.toggle('quiz-passed', done);
    const note = link.querySelector<HTMLElement>('[data-passed-note]');
    if (note) note.textContent = done ? ' (quiz passed)' : '';
  }
}

markPassedLessons();
onProgressChange(markPassedLessons);
