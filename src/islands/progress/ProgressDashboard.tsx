import '../../styles/quiz.css';
import '../../styles/progress.css';
import { useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { describeCourseProgress, describeDue } from '../../lib/progress/courseProgress';
import type { CourseOutline } from '../../lib/progress/courseOutline';
import { gameProgress } from '../../lib/progress/gameProgress';
import { localDay } from '../../lib/progress/leitner';
import { dayLabel } from '../../lib/progress/reviewCalendar';
import { lessonProgress } from '../../lib/progress/lessonProgress';
import { $repaired, $storageState } from '../../lib/progress/progressStore';
import { progressView } from '../../lib/progress/progressView';
import { quizProgress } from '../../lib/progress/quizProgress';
import { reviewProgress } from '../../lib/progress/reviewProgress';
import { FINAL_EXAM_ID } from '../../lib/quiz/quizIds';
import { REVIEW_RECORD_ID } from '../../lib/storageKeys';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { StorageNotice } from '../shared/StorageNotice';
import { useRecords } from '../shared/useRecord';
import { DataControls } from './DataControls';
import { LessonCard, QuizFacts } from './LessonCard';
import { NextStepsList } from './NextStepsList';
import { ScoreChartView } from './ScoreChartView';

interface Props {
  outline: CourseOutline;
}

/**
 * The "My progress" page: the course at a glance and what to do next, each lesson's standing, the exam,
 * the review queue, and the learner's data (export, import, reset, persistent storage). Rendered in the
 * browser only (client:only): everything it shows is in this browser's storage, and it stays live as
 * other tabs save progress.
 */
export default function ProgressDashboard({ outline }: Props) {
  return (
    <ErrorBoundary activity="progress">
      <Dashboard outline={outline} />
    </ErrorBoundary>
  );
}

function Dashboard({ outline }: Props) {
  const lessonIds = useMemo(() => outline.lessons.map((lesson) => lesson.id), [outline]);
  const quizIds = useMemo(() => [...lessonIds, FINAL_EXAM_ID], [lessonIds]);
  const deckIds = useMemo(() => outline.lessons.flatMap((lesson) => lesson.decks.map((deck) => deck.id)), [outline]);
  const reviewIds = useMemo(() => [REVIEW_RECORD_ID], []);
  const quizzes = useRecords(quizProgress, quizIds);
  const lessons = useRecords(lessonProgress, lessonIds);
  const games = useRecords(gameProgress, deckIds);
  const review = useRecords(reviewProgress, reviewIds).get(REVIEW_RECORD_ID)!;
  const storageState = useStore($storageState);
  const repaired = useStore($repaired);
  const today = localDay(Date.now());
  const view = progressView(
    outline,
    {
      quizzes,
      lessons: new Map([...lessons].map(([id, { record }]) => [id, record])),
      games: new Map([...games].map(([id, { record }]) => [id, record])),
      review: review.record,
    },
    today,
  );

  return (
    <div class="progress-dashboard">
      <StorageNotice state={storageState} repaired={repaired.length > 0} activity="progress" />
      <section class="course-progress" aria-labelledby="progress-overview-heading">
        <h2 id="progress-overview-heading">The course at a glance</h2>
        <div class="course-progress-bar">
          <progress
            max={view.course.steps}
            value={view.course.done}
            aria-labelledby="progress-overview-heading"
            aria-describedby="progress-steps"
          />
          <p id="progress-steps">
            {view.course.done} of {view.course.steps} steps done
          </p>
        </div>
        <p class="course-progress-detail">{describeCourseProgress(view.course)}</p>
        <h3>What to do next</h3>
        <NextStepsList steps={view.next} outline={outline} />
      </section>

      <section aria-labelledby="progress-lessons-heading">
        <h2 id="progress-lessons-heading">Lessons</h2>
        <p class="progress-note">
          An objective counts as mastered when at least two of its questions are right at your latest answer, and at least 80 % of those you
          have answered.
        </p>
        <div class="progress-lessons">
          {view.lessons.map((lesson) => (
            <LessonCard lesson={lesson} />
          ))}
        </div>
      </section>

      <section class="progress-panel" aria-labelledby="progress-exam-heading">
        <h2 id="progress-exam-heading">
          <a href={outline.examHref}>Final exam</a>
        </h2>
        <QuizFacts quiz={view.exam} />
        {view.exam.lastDraw !== undefined && !view.exam.newer && (
          <p>
            Your last exam was draw {view.exam.lastDraw}:{' '}
            <a href={`${outline.examHref}?draw=${view.exam.lastDraw}`}>take the same questions again</a>.
          </p>
        )}
        <ScoreChartView scores={view.exam.scores} label="Final exam scores" />
      </section>

      <section class="progress-panel" aria-labelledby="progress-review-heading">
        <h2 id="progress-review-heading">
          <a href={outline.reviewHref}>Review</a>
        </h2>
        <p>
          {describeDue(view.review.due)} today
          {view.review.queued > 0 ? `, of ${view.review.queued} in your review queue.` : '. Your review queue is empty.'}
          {view.review.upcoming.length > 0 &&
            ` Coming up: ${view.review.upcoming.map(({ day, count }) => `${count} ${dayLabel(day, today)}`).join(', ')}.`}
        </p>
        <p class="progress-note">
          {view.review.answers} {view.review.answers === 1 ? 'answer' : 'answers'} logged. Each question you miss comes back the next day,
          then after longer and longer waits while you keep getting it right.
        </p>
      </section>

      <DataControls outline={outline} started={view.started} />
    </div>
  );
}
