import { lessonStepsOf } from '../lib/progress/progressSummary';
import { onProgressChange } from '../lib/progress/storageArea';

/*
 * Marks progress wherever lessons are linked, on every page and without Preact: each lesson read and each
 * quiz passed (the home page adds more, in homeProgress.ts). It reads through the same storage area the
 * islands use (so it agrees with them even when progress is only kept in memory), and only reads. What it
 * changes has its place in the page already, so nothing moves when marks appear.
 */

function markLessonLinks(): void {
  for (const link of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const steps = lessonStepsOf(link.dataset['lesson']!, []);
    link.classList.toggle('is-read', steps.read);
    link.classList.toggle('quiz-passed', steps.quizPassed);
    const done = [steps.read && 'read', steps.quizPassed && 'quiz passed'].filter(Boolean);
    const note = link.querySelector<HTMLElement>('[data-progress-note]');
    if (note) note.textContent = done.length > 0 ? ` (${done.join(', ')})` : '';
  }
}

markLessonLinks();
onProgressChange(markLessonLinks);
