import { formatDuration } from '../lib/game/formatDuration';
import { gameRecordKind } from '../lib/progress/gameRecord';
import { hasPassed, quizRecordKind } from '../lib/progress/quizRecord';
import { decodeRecord, recordOf, type RecordKind } from '../lib/progress/recordCodec';
import { onProgressChange, readItem } from '../lib/progress/storageArea';
import { progressKey } from '../lib/storageKeys';

/*
 * Marks progress wherever lessons are listed (navigation, home page), without Preact: each lesson whose
 * quiz the learner has passed, and each game's best result. It reads through the same storage area and
 * record models the islands use, so it agrees with them even when progress is only kept in memory. It
 * only reads: repairing records is the islands' job.
 */

function read<R>(kind: RecordKind<R>, id: string): R {
  const raw = readItem(progressKey(kind.name, id));
  return recordOf(kind, raw === null ? undefined : decodeRecord(kind, raw, id)).record;
}

function markProgress(): void {
  for (const link of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const done = hasPassed(read(quizRecordKind, link.dataset['lesson']!));
    link.classList.toggle('quiz-passed', done);
    const note = link.querySelector<HTMLElement>('[data-passed-note]');
    if (note) note.textContent = done ? ' (quiz passed)' : '';
  }
  // The line is always there ("not played yet"), so filling it in moves nothing on the page.
  for (const line of document.querySelectorAll<HTMLElement>('[data-game-best]')) {
    const best = read(gameRecordKind, line.dataset['gameBest']!).best;
    const result = line.querySelector<HTMLElement>('[data-game-result]');
    if (result) result.textContent = best ? `best ${best.score} of ${best.total} in ${formatDuration(best.seconds)}` : 'not played yet';
  }
}

markProgress();
onProgressChange(markProgress);
