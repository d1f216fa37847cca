import '../../styles/quiz.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { activityIdPrefix } from '../../lib/activities';
import { quizProgress } from '../../lib/progress/quizProgress';
import { lastScore } from '../../lib/progress/quizRecord';
import { FINAL_EXAM_ID } from '../../lib/quiz/quizIds';
import type { QuizData } from '../../lib/quiz/quizData';
import { MAX_SEED, parseSeed } from '../../lib/quiz/seeds';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { loadOnDemand, useLoadOnDemand } from '../shared/loadOnDemand';
import { LoadFailed } from '../shared/LoadFailed';
import { StorageNotice } from '../shared/StorageNotice';
import { useRecord } from '../shared/useRecord';
import type { RunnerOpening } from './QuizRunner';
import { ScoreSummary } from './ScoreSummary';

interface Props {
  /** Where the question bank is (a static JSON file, or inline in the page offline), loaded when the exam starts. */
  bankUrl: string;
}

const loadExam = (bankUrl: string) => loadOnDemand<typeof import('./examRunner'), QuizData>(() => import('./examRunner'), bankUrl);

/**
 * The final exam page's island. Before the start it is only this small component; the question bank
 * and the quiz runner are loaded when the learner starts, or when an unfinished exam is resumed after
 * a reload.
 */
export default function FinalExam({ bankUrl }: Props) {
  const stored = useRecord(quizProgress, FINAL_EXAM_ID);
  const [drawText, setDrawText] = useState('');
  const [opening, setOpening] = useState<RunnerOpening | undefined>(undefined);
  const { loaded, failed, load } = useLoadOnDemand(() => loadExam(bankUrl), 'The exam');

  useEffect(() => {
    if (!stored.mounted) return;
    // A draw number from a link fills the field; a malformed one shows there with its error, not silently dropped.
    const fromLink = new URLSearchParams(location.search).get('draw');
    if (fromLink !== null) setDrawText(fromLink.trim());
    const saved = stored.record.current;
    if (saved) {
      void load().then((exam) => {
        const attempt = exam?.code.restorableAttempt(saved, exam.data.questions);
        if (attempt) setOpening({ type: 'resume', attempt });
      });
    }
    // Once, when storage has been read: later changes to the record come from the runner itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.mounted]);

  const start = (draw: number | undefined) => {
    setOpening({ type: 'start', draw });
    if (!loaded) void load().then((exam) => exam ?? setOpening(undefined));
  };

  const plan = useMemo(() => loaded?.code.plan(loaded.data.questions), [loaded]);
  if (opening && loaded && plan) {
    return (
      <ErrorBoundary activity="exam">
        <loaded.code.QuizRunner
          quizId={FINAL_EXAM_ID}
          kind="exam"
          title="Final exam"
          questions={loaded.data.questions}
          plan={plan}
          opening={opening}
        />
      </ErrorBoundary>
    );
  }

  const typedDraw = parseSeed(drawText);
  const drawInvalid = drawText.trim() !== '' && typedDraw === undefined;
  const { record } = stored;
  const idPrefix = activityIdPrefix('exam', FINAL_EXAM_ID);
  return (
    <section class="quiz exam" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>Take the exam</h2>
      <ScoreSummary last={lastScore(record)} best={record.best} newer={stored.newer} />
      <StorageNotice state={stored.storageState} repaired={stored.repaired} activity="exam" />
      {failed && <LoadFailed what="The exam questions" />}
      <form
        class="exam-start"
        onSubmit={(event) => {
          event.preventDefault();
          if (!drawInvalid) start(typedDraw);
        }}
      >
        <div class="exam-seed">
          <label for={`${idPrefix}-draw`}>
            Draw number <span class="quiz-hint">(optional: to take a draw again, or the same one as a friend)</span>
          </label>
          <input
            id={`${idPrefix}-draw`}
            inputmode="numeric"
            autocomplete="off"
            value={drawText}
            aria-invalid={drawInvalid}
            aria-describedby={drawInvalid ? `${idPrefix}-draw-error` : undefined}
            onInput={(event) => setDrawText((event.currentTarget as HTMLInputElement).value)}
          />
          {drawInvalid && (
            <p id={`${idPrefix}-draw-error`} class="field-error">
              A draw number is a whole number from 1 to {MAX_SEED}.
            </p>
          )}
        </div>
        <div class="quiz-actions">
          <button type="submit" class="button" disabled={!stored.mounted} aria-busy={opening !== undefined && !failed}>
            {typedDraw ? `Start draw ${typedDraw}` : 'Start the exam'}
          </button>
        </div>
      </form>
    </section>
  );
}
