import { decodeQuizRecord, hasPassed } from '../lib/progress/quizRecord';
import { PROGRESS_PREFIX, quizStorageKey } from '../lib/progress/keys';

/*
 * Marks each lesson whose quiz the learner has passed, wherever lessons are listed (navigation, home
 * page), without Preact: it reads the same progress model the quiz island writes. Runs on every page,
 * so it stays tiny, and it only reads: repairing records is the island's job.
 */

function passed(lesson: string): boolean {
  try {
    const raw = localStorage.getItem(quizStorageKey(lesson));
    if (raw === null) return false;
    const decoded = decodeQuizRecord(raw);
    return decoded.status === 'ok' && hasPassed(decoded.record);
  } catch {
    return false; // storage blocked: nothing to show
  }
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
// The quiz island announces changes on this page; other tabs' changes arrive as storage events.
document.addEventListener('course:progress-changed', markPassedLessons);
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith(PROGRESS_PREFIX)) markPassedLessons();
});
