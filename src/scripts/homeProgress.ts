import { formatDuration } from '../lib/game/formatDuration';
import { courseProgress, describeCourseProgress, describeDue, type LessonSteps } from '../lib/progress/courseProgress';
import { dueQuestions, localDay } from '../lib/progress/leitner';
import { gameBest, lessonStepsOf, quizBest, reviewCards } from '../lib/progress/progressSummary';
import { onProgressChange } from '../lib/progress/storageArea';
import { FINAL_EXAM_ID } from '../lib/quiz/quizIds';
import { isPassing } from '../lib/quiz/passMark';

/*
 * The home page's view of progress, without Preact: each lesson's steps, each game's best, the course's
 * progress bar and how many questions are due for review today. Only reads; every line it fills in is
 * already on the page, so nothing moves.
 */

const ids = (element: HTMLElement, name: string) => (element.dataset[name] ?? '').split(' ').filter(Boolean);

/** The home page: each lesson's steps, each game's best, the course's progress and what is due for review. */
function markHome(): void {
  const lessons: LessonSteps[] = [];
  for (const list of document.querySelectorAll<HTMLElement>('[data-lesson-steps]')) {
    const steps = lessonStepsOf(list.dataset['lessonSteps']!, ids(list, 'decks'));
    lessons.push(steps);
    const done = { read: steps.read, quiz: steps.quizPassed, game: steps.gamesPlayed === steps.games };
    for (const item of list.querySelectorAll<HTMLElement>('[data-step]')) {
      const isDone = done[item.dataset['step'] as keyof typeof done];
      item.classList.toggle('is-done', isDone);
      const state = item.querySelector('[data-step-state]');
      if (state) state.textContent = isDone ? '(done)' : '(not yet)';
    }
  }
  for (const line of document.querySelectorAll<HTMLElement>('[data-game-best]')) {
    const best = gameBest(line.dataset['gameBest']!);
    const result = line.querySelector<HTMLElement>('[data-game-result]');
    if (result) result.textContent = best ? `best ${best.score} of ${best.total} in ${formatDuration(best.seconds)}` : 'not played yet';
  }
  const summary = document.querySelector<HTMLElement>('[data-course-progress]');
  if (!summary) return;
  const exam = quizBest(FINAL_EXAM_ID);
  const progress = courseProgress(lessons, exam !== undefined && isPassing(exam));
  const bar = summary.querySelector('progress');
  if (bar) {
    bar.max = progress.steps;
    bar.value = progress.done;
  }
  const fill = (name: string, text: string) => {
    const target = summary.querySelector(`[data-${name}]`);
    if (target) target.textContent = text;
  };
  fill('steps-done', `${progress.done} of ${progress.steps} steps done`);
  fill('steps-detail', describeCourseProgress(progress));
  fill('due', `${describeDue(dueQuestions(reviewCards(), localDay(Date.now())).length)} today`);
}

markHome();
onProgressChange(markHome);
