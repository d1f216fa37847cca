import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { restorableAttempt } from '../../lib/quiz/restore';
import { PASS_MARK } from '../../lib/quiz/scoring';
import { loadQuiz, type LoadedQuiz } from './loadQuiz';
import { ScoreSummary } from './ScoreSummary';
import { StorageNotice } from './StorageNotice';
import type { RunnerStart } from './QuizRunner';
import { useStoredQuiz } from './useStoredQuiz';

export interface QuizShellProps {
  quizId: string;
  title: string;
  questionCount: number;
  /** The quiz's questions as static JSON, fetched when needed. */
  questionsUrl: string;
  /** The readable preview of the questions, rendered on the server. */
  children?: ComponentChildren;
}

/**
 * A lesson quiz before it starts: its questions as readable content, the learner's last and best
 * score, and Start. The questions' answers and the interactive part (QuizRunner) are loaded only when
 * needed — on Start, to resume an unfinished attempt, or to review the last one — and fetched early
 * when the browser is idle, so Start feels instant.
 */
export function QuizShell({ quizId, title, questionCount, questionsUrl, children }: QuizShellProps) {
  const stored = useStoredQuiz(quizId);
  const [start, setStart] = useState<RunnerStart | undefined>(undefined);
  const [loaded, setLoaded] = useState<LoadedQuiz | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);

  const load = () =>
    loadQuiz(questionsUrl).then(
      (quiz) => {
        setLoaded(quiz);
        return quiz;
      },
      (error: unknown) => {
        console.error('The quiz could not be loaded:', error);
        setLoadFailed(true);
        setStart(undefined);
        return undefined;
      },
    );

  useEffect(() => {
    if (!stored.mounted) return;
    const saved = stored.record.current;
    if (saved) {
      // Resume where the learner left off, once the questions show the attempt still fits the quiz.
      void load().then((quiz) => {
        const attempt = quiz && restorableAttempt(saved, quiz.questions);
        if (attempt) setStart({ type: 'resume', attempt });
      });
    } else if ('requestIdleCallback' in window) {
      requestIdleCallback(() => void loadQuiz(questionsUrl).then(setLoaded, () => undefined));
    }
  }, [stored.mounted]);

  const begin = (how: RunnerStart) => {
    setLoadFailed(false);
    setStart(how);
    if (!loaded) void load();
  };

  if (start && loaded) {
    return <loaded.Runner quizId={quizId} title={title} questions={loaded.questions} mode="practice" start={start} />;
  }
  const { record, mounted } = stored;
  return (
    <div class="quiz">
      <h2 id="quiz-heading">{title}</h2>
      <p class="quiz-intro">
        {questionCount} questions, with feedback after each one. You pass with {Math.round(PASS_MARK * 100)} %.
      </p>
      <ScoreSummary last={record.last} best={record.best} newer={stored.newer} />
      <StorageNotice state={stored.storageState} repaired={stored.repaired} />
      {loadFailed && (
        <p class="quiz-notice" role="alert">
          The quiz could not be loaded. Check your connection and try again.
        </p>
      )}
      <div class="quiz-actions">
        <button type="button" class="button" disabled={!mounted} aria-busy={start !== undefined} onClick={() => begin({ type: 'start' })}>
          {record.attempts > 0 ? 'Retry all questions' : 'Start the quiz'}
        </button>
        {record.last && (
          <button type="button" class="button secondary" onClick={() => begin({ type: 'review' })}>
            Review your last attempt
          </button>
        )}
      </div>
      <noscript>
        <p class="quiz-noscript">The interactive quiz needs JavaScript. You can still read the questions below.</p>
      </noscript>
      {children}
    </div>
  );
}
