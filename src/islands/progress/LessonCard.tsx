import { formatDuration } from '../../lib/game/formatDuration';
import { describeMastery, type MasteryStatus } from '../../lib/progress/mastery';
import type { LessonView, QuizStanding } from '../../lib/progress/progressView';
import { formatScore } from '../../lib/quiz/scoring';
import { ScoreChartView } from './ScoreChartView';

const MASTERY_WORDS: Record<MasteryStatus, string> = { 'not-started': 'Not started', learning: 'Learning', mastered: 'Mastered' };

const dateOf = (time: number) => new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A quiz's last and best score and attempts, as the lesson cards and the exam show them. */
export function QuizFacts({ quiz }: { quiz: QuizStanding }) {
  if (quiz.newer) return <p>Saved by a newer version of this course: kept as it is.</p>;
  if (quiz.attempts === 0) return <p>Not taken yet.</p>;
  return (
    <dl class="progress-facts">
      <div>
        <dt>Last score</dt>
        <dd>{quiz.last ? formatScore(quiz.last) : '—'}</dd>
      </div>
      <div>
        <dt>Best score</dt>
        <dd>
          {quiz.best ? formatScore(quiz.best) : '—'}
          {quiz.passed && <strong class="quiz-passed-badge"> · passed</strong>}
        </dd>
      </div>
      <div>
        <dt>Attempts</dt>
        <dd>{quiz.attempts}</dd>
      </div>
    </dl>
  );
}

/** One lesson on the progress page: read, quiz, games, and mastery of each objective. */
export function LessonCard({ lesson }: { lesson: LessonView }) {
  const headingId = `progress-lesson-${lesson.id}`;
  return (
    <article class={lesson.mastered ? 'progress-lesson is-mastered' : 'progress-lesson'} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span class="progress-lesson-number" aria-hidden="true">
          {lesson.order}
        </span>
        <a href={lesson.href}>
          <span class="visually-hidden">Lesson {lesson.order}: </span>
          {lesson.title}
        </a>
        {lesson.mastered && <span class="progress-badge">Mastered</span>}
      </h3>
      <p class="progress-read">{lesson.readAt === undefined ? 'Not read yet.' : `Read on ${dateOf(lesson.readAt)}.`}</p>
      <h4>
        <a href={lesson.quizHref}>Quiz</a>
      </h4>
      <QuizFacts quiz={lesson.quiz} />
      <ScoreChartView scores={lesson.quiz.scores} label={`Quiz scores of lesson ${lesson.order}`} />
      {lesson.games.map((game) => (
        <p class="progress-game">
          <a href={game.href}>{game.title}</a>:{' '}
          {game.best
            ? `best ${game.best.score} of ${game.best.total} in ${formatDuration(game.best.seconds)}, played ${game.plays} ${game.plays === 1 ? 'time' : 'times'}`
            : 'not played yet'}
        </p>
      ))}
      <details class="progress-objectives-box" open={lesson.objectives.some((objective) => objective.mastery.status !== 'not-started')}>
        <summary>
          <span class="progress-objectives-title">What you can do</span>
          <span class="progress-objectives-count">
            {lesson.objectives.filter((objective) => objective.mastery.status === 'mastered').length} of {lesson.objectives.length} mastered
          </span>
        </summary>
        <ul class="progress-objectives">
          {lesson.objectives.map((objective) => (
            <li class={`is-${objective.mastery.status}`}>
              <span class="progress-objective-status">{MASTERY_WORDS[objective.mastery.status]}</span>
              <span>
                {objective.text} <span class="progress-objective-detail">({describeMastery(objective.mastery)})</span>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
