import '../../styles/quiz.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { activityIdPrefix } from '../../lib/activities';
import { describeDue } from '../../lib/progress/courseProgress';
import { dueQuestions, localDay } from '../../lib/progress/leitner';
import { dayLabel, upcomingDays } from '../../lib/progress/reviewCalendar';
import { decodeRecord, recordOf } from '../../lib/progress/recordCodec';
import { quizProgress } from '../../lib/progress/quizProgress';
import { reviewProgress } from '../../lib/progress/reviewProgress';
import { reviewRecordKind } from '../../lib/progress/reviewRecord';
import { REVIEW_QUIZ_ID } from '../../lib/quiz/quizIds';
import type { QuizData } from '../../lib/quiz/quizData';
import { REVIEW_SESSION_LENGTH } from '../../lib/quiz/reviewPlan';
import { REVIEW_RECORD_ID } from '../../lib/storageKeys';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { loadOnDemand, useLoadOnDemand } from '../shared/loadOnDemand';
import { LoadFailed } from '../shared/LoadFailed';
import { StorageNotice } from '../shared/StorageNotice';
import { useRecord } from '../shared/useRecord';
import type { RunnerOpening } from '../quiz/QuizRunner';

interface Props {
  /** The whole question bank (static JSON, or inline offline), loaded when a session starts. */
  bankUrl: string;
}

const loadReview = (bankUrl: string) => loadOnDemand<typeof import('./reviewRunner'), QuizData>(() => import('./reviewRunner'), bankUrl);

/**
 * The review page's island: how many questions are due today and what comes next, and a session of the
 * due questions in the quiz runner (loaded with the question bank when the learner starts, or to resume
 * a session left unfinished).
 */
export default function ReviewSession({ bankUrl }: Props) {
  const review = useRecord(reviewProgress, REVIEW_RECORD_ID);
  const session = useRecord(quizProgress, REVIEW_QUIZ_ID);
  const [opening, setOpening] = useState<RunnerOpening | undefined>(undefined);
  const { loaded, failed, load } = useLoadOnDemand(() => loadReview(bankUrl), 'The review');
  const today = localDay(Date.now());
  const { cards } = review.record;
  const due = dueQuestions(cards, today);
  const queued = Object.keys(cards).length;

  useEffect(() => {
    if (!session.mounted) return;
    const saved = session.record.current;
    if (saved) {
      void load().then((loadedReview) => {
        const attempt = loadedReview?.code.restorableAttempt(saved, loadedReview.data.questions);
        if (attempt) setOpening({ type: 'resume', attempt });
      });
    }
    // Once, when storage has been read: later changes come from the runner itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.mounted]);

  const plan = useMemo(() => {
    if (!loaded) return undefined;
    const inBank = new Set(loaded.data.questions.map((question) => question.id));
    // Asked for when a session starts: questions reviewed a moment ago are no longer due. A question taken
    // out of the course since it was queued is skipped.
    return loaded.code.plan(() => {
      const raw = reviewProgress.$raw.get()[REVIEW_RECORD_ID];
      const { record } = recordOf(reviewRecordKind, raw === undefined ? undefined : decodeRecord(reviewRecordKind, raw, REVIEW_RECORD_ID));
      return dueQuestions(record.cards, localDay(Date.now())).filter((id) => inBank.has(id));
    });
  }, [loaded]);

  if (opening && loaded && plan) {
    return (
      <ErrorBoundary activity="review">
        <loaded.code.QuizRunner
          quizId={REVIEW_QUIZ_ID}
          kind="review"
          title="Today's review"
          questions={loaded.data.questions}
          plan={plan}
          opening={opening}
        />
      </ErrorBoundary>
    );
  }

  const start = () => {
    setOpening({ type: 'start' });
    if (!loaded) void load().then((loadedReview) => loadedReview ?? setOpening(undefined));
  };
  const idPrefix = activityIdPrefix('review', REVIEW_RECORD_ID);
  const next = upcomingDays(cards, today, 3);
  return (
    <section class="quiz review" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>Today's review</h2>
      <p class="review-due">
        {!review.mounted
          ? 'Reading your review queue…'
          : review.newer
            ? 'Your review queue was saved by a newer version of this course.'
            : `${describeDue(due.length)} today.`}
        {due.length > REVIEW_SESSION_LENGTH && ` A session asks ${REVIEW_SESSION_LENGTH} of them; the rest come in the next one.`}
      </p>
      {review.mounted && queued === 0 && !review.newer && (
        <p class="quiz-intro">
          Your review queue is empty. Each question you answer wrongly in a lesson quiz or the final exam joins it and comes back the next
          day.
        </p>
      )}
      {next.length > 0 && (
        <p class="quiz-intro">Coming up: {next.map(({ day, count }) => `${count} ${dayLabel(day, today)}`).join(', ')}.</p>
      )}
      <StorageNotice state={review.storageState} repaired={review.repaired} activity="review" />
      {failed && <LoadFailed what="The questions" />}
      <div class="quiz-actions">
        <button
          type="button"
          class="button"
          disabled={!review.mounted || due.length === 0}
          aria-busy={opening !== undefined && !failed}
          onClick={start}
        >
          {due.length === 0
            ? 'Nothing to review today'
            : `Start the review (${Math.min(due.length, REVIEW_SESSION_LENGTH)} ${due.length === 1 ? 'question' : 'questions'})`}
        </button>
      </div>
      <noscript>
        <p class="quiz-noscript">The review needs JavaScript: it reads your answers from this browser.</p>
      </noscript>
    </section>
  );
}
