import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { activityIdPrefix } from '../../lib/activities';
import { quizProgress } from '../../lib/progress/quizProgress';
import { attemptCount, lastScore } from '../../lib/progress/quizRecord';
import type { QuizData } from '../../lib/quiz/quizData';
import { PASS_PERCENT } from '../../lib/quiz/scoring';
import { loadOnDemand, prefetchWhenIdle, useLoadOnDemand } from '../shared/loadOnDemand';
import { LoadFailed } from '../shared/LoadFailed';
import { StorageNotice } from '../shared/StorageNotice';
import { useRecord } from '../shared/useRecord';
import type { RunnerOpening } from './QuizRunner';
import { ScoreSummary } from './ScoreSummary';

export interface QuizShellProps {
  quizId: string;
  title: string;
  /** How many questions an attempt asks. */
  questionCount: number;
  /** How many questions the quiz draws them from. */
  poolSize: number;
  /** The quiz's questions as static JSON (or inline in the page, offline), loaded when needed. */
  questionsUrl: string;
  /** The readable preview of the questions, rendered on the server. */
  children?: ComponentChildren;
}

const loadRunner = (questionsUrl: string) =>
  loadOnDemand<typeof import('./lessonQuizRunner'), QuizData>(() => import('./lessonQuizRunner'), questionsUrl);

/**
 * A lesson quiz before it starts: its questions as readable content, the learner's last and best
 * score, and Start. The questions' answers and the interactive part (QuizRunner) are loaded only when
 * needed — on Start, to resume an unfinished attempt, or to review the last one — and early when the
 * browser is idle, so Start feels instant.
 */
export function QuizShell({ quizId, title, questionCount, poolSize, questionsUrl, children }: QuizShellProps) {
  const stored = useRecord(quizProgress, quizId);
  const [opening, setOpening] = useState<RunnerOpening | undefined>(undefined);
  const { loaded, failed, load, prefetch } = useLoadOnDemand(() => loadRunner(questionsUrl), 'The quiz');
  const { record, mounted } = stored;

  useEffect(() => {
    if (!mounted) return;
    const saved = record.current;
    if (saved) {
      // Resume where the learner left off, once the questions show the attempt still fits the quiz.
      void load().then((quiz) => {
        const attempt = quiz?.code.restorableAttempt(saved, quiz.data.questions);
        if (attempt) setOpening({ type: 'resume', attempt });
      });
    } else {
      prefetchWhenIdle(prefetch);
    }
    // Once, when storage has been read: later changes to the record come from the runner itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mounted]);

  const begin = (how: RunnerOpening) => {
    setOpening(how);
    if (!loaded) void load().then((quiz) => quiz ?? setOpening(undefined));
  };

  const plan = useMemo(() => loaded?.code.plan(loaded.data.questions), [loaded]);
  if (opening && loaded && plan) {
    return (
      <loaded.code.QuizRunner quizId={quizId} kind="quiz" title={title} questions={loaded.data.questions} plan={plan} opening={opening} />
    );
  }
  const headingId = `${activityIdPrefix('quiz', quizId)}-heading`;
  return (
    <section class="quiz" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p class="quiz-intro">
        {questionCount} questions{poolSize > questionCount ? `, drawn afresh for each attempt from ${poolSize},` : ''} with feedback after
        each one. You pass with {PASS_PERCENT} %.
      </p>
      <ScoreSummary last={lastScore(record)} best={record.best} newer={stored.newer} />
      <StorageNotice state={stored.storageState} repaired={stored.repaired} activity="quiz" />
      {failed && <LoadFailed what="The quiz" />}
      <div class="quiz-actions">
        <button type="button" class="button" disabled={!mounted} aria-busy={opening !== undefined} onClick={() => begin({ type: 'start' })}>
          {attemptCount(record) > 0 ? 'Retry all questions' : 'Start the quiz'}
        </button>
        {record.lastAttempt && (
          <button type="button" class="button secondary" onClick={() => begin({ type: 'review' })}>
            Review your last attempt
          </button>
        )}
      </div>
      <noscript>
        <p class="quiz-noscript">The interactive quiz needs JavaScript. You can still read the questions below.</p>
      </noscript>
      {children}
    </section>
  );
}
