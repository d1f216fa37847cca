import '../../styles/quiz.css';
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { FINAL_EXAM_ID } from '../../lib/progress/keys';
import { MAX_SEED, newSeed, parseSeed } from '../../lib/quiz/random';
import { ErrorBoundary } from './ErrorBoundary';
import type { ExamSessionProps } from './ExamSession';
import { ScoreSummary } from './ScoreSummary';
import { StorageNotice } from './StorageNotice';
import { useStoredQuiz } from './useStoredQuiz';

interface Props {
  /** Where the question bank is (a static JSON file, fetched when the exam starts). */
  bankUrl: string;
  questionCount: number;
}

type Loaded = { Session: FunctionComponent<ExamSessionProps>; bank: ExamSessionProps['bank'] };

/**
 * The final exam page's island. Before the start it is only this small component; the question bank
 * and the exam code (ExamSession, the quiz runner) are fetched when the learner starts, or when an
 * unfinished exam is resumed after a reload.
 */
export default function FinalExam({ bankUrl, questionCount }: Props) {
  const stored = useStoredQuiz(FINAL_EXAM_ID);
  const [seedText, setSeedText] = useState('');
  const [run, setRun] = useState<{ seed: number; resume: boolean } | undefined>(undefined);
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  const load = async () => {
    try {
      const [module, response] = await Promise.all([import('./ExamSession'), fetch(bankUrl)]);
      if (!response.ok) throw new Error(`${bankUrl}: HTTP ${response.status}`);
      setLoaded({ Session: module.ExamSession, bank: ((await response.json()) as { questions: ExamSessionProps['bank'] }).questions });
    } catch (error) {
      console.error('The exam could not be loaded:', error);
      setFailed(true);
      setRun(undefined);
    }
  };

  useEffect(() => {
    if (!stored.mounted) return;
    // A draw number from a link fills the field; a malformed one shows there with its error, not silently dropped.
    const fromLink = new URLSearchParams(location.search).get('draw');
    if (fromLink !== null) setSeedText(fromLink.trim());
    if (stored.record.current) {
      setRun({ seed: stored.record.current.seed, resume: true });
      void load();
    }
  }, [stored.mounted]);

  const start = (seed: number) => {
    setFailed(false);
    setRun({ seed, resume: false });
    if (!loaded) void load();
  };

  if (run && loaded) {
    return (
      <ErrorBoundary fallback={null}>
        <loaded.Session
          bank={loaded.bank}
          seed={run.seed}
          resume={run.resume}
          questionCount={questionCount}
          onNewExam={() => start(newSeed())}
        />
      </ErrorBoundary>
    );
  }

  const typedSeed = parseSeed(seedText);
  const seedInvalid = seedText.trim() !== '' && typedSeed === undefined;
  const { record } = stored;
  return (
    <div class="quiz exam">
      <h2 id="exam-heading">Take the exam</h2>
      <ScoreSummary last={record.last} best={record.best} newer={stored.newer} />
      <StorageNotice state={stored.storageState} repaired={stored.repaired} />
      {failed && (
        <p class="quiz-notice" role="alert">
          The exam questions could not be loaded. Check your connection and try again.
        </p>
      )}
      <form
        class="exam-start"
        onSubmit={(event) => {
          event.preventDefault();
          if (!seedInvalid) start(typedSeed ?? newSeed());
        }}
      >
        <div class="exam-seed">
          <label for="exam-draw">
            Draw number <span class="quiz-hint">(optional: to take a draw again, or the same one as a friend)</span>
          </label>
          <input
            id="exam-draw"
            inputmode="numeric"
            autocomplete="off"
            value={seedText}
            aria-invalid={seedInvalid}
            aria-describedby={seedInvalid ? 'exam-draw-error' : undefined}
            onInput={(event) => setSeedText((event.currentTarget as HTMLInputElement).value)}
          />
          {seedInvalid && (
            <p id="exam-draw-error" class="field-error">
              A draw number is a whole number from 1 to {MAX_SEED}.
            </p>
          )}
        </div>
        <div class="quiz-actions">
          <button type="submit" class="button" disabled={!stored.mounted} aria-busy={run !== undefined && !failed}>
            {typedSeed ? `Start draw ${typedSeed}` : 'Start the exam'}
          </button>
        </div>
      </form>
    </div>
  );
}
