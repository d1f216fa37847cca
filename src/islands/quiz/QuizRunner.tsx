import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, RefObject } from 'preact';
import { activityIdPrefix, type ActivityKind } from '../../lib/activities';
import { quizRecordJoin, recordAfter } from '../../lib/progress/quizRecordUpdates';
import { logAnswers } from '../../lib/progress/answerLog';
import { quizProgress } from '../../lib/progress/quizProgress';
import { saveRecord } from '../../lib/progress/saveRecord';
import { checkAnnouncement } from '../../lib/quiz/feedback';
import { evaluate, incompleteHint, isComplete, type Answer } from '../../lib/quiz/questionTypes';
import {
  answeredCount,
  currentQuestion,
  isChecked,
  judgedAnswers,
  missedIds,
  openQuiz,
  quizReducer,
  resultScreen,
  shownAnswer,
  type Attempt,
  type PastAttempt,
  type QuizAction,
  type QuizOpening,
  type QuizPlan,
  type QuizState,
} from '../../lib/quiz/quizMachine';
import type { QuizQuestion } from '../../lib/quiz/quizData';
import { newAttemptId } from '../../lib/quiz/random';
import { newSeed } from '../../lib/quiz/seeds';
import { StorageNotice } from '../shared/StorageNotice';
import { useRecord } from '../shared/useRecord';
import { QuestionView } from './QuestionView';
import { ResultsView } from './ResultsView';

/** How the runner opens: a new attempt (of a given draw, for the exam), a saved one, or the review of the last one. */
export type RunnerOpening =
  | { type: 'start'; draw?: number | undefined }
  | { type: 'resume'; attempt: Attempt }
  /** Review the given attempt, or else the quiz record's last one. */
  | { type: 'review'; past?: PastAttempt | undefined };

export interface QuizRunnerProps {
  /** The id the quiz's progress is saved under. */
  quizId: string;
  /** A lesson quiz or the exam: decides the wording and the ids. */
  kind: QuizKind;
  /** Every question the quiz can ask. */
  questions: QuizQuestion[];
  /** Which questions a full attempt asks, and when it gives feedback. */
  plan: QuizPlan;
  title: string;
  opening: RunnerOpening;
  /** An activity with its own record (a teacher's assignment): saves instead of the quiz record and the answer log. */
  session?: RunnerSession | undefined;
}

/**
 * What an activity that keeps its own record brings to the runner: how each state is saved, whether the
 * learner sees verdicts and a score once finished, its pass mark, and what follows the result (a result code).
 */
export interface RunnerSession {
  /** Called once per new state, with the state before it (to log or save each step once). */
  save(before: QuizState, after: QuizState, now: number): void;
  /** False: once finished, no verdicts and no score, only "handed in". */
  verdicts: boolean;
  passPercent: number;
  /** Shown under the result once finished. */
  after?: ComponentChildren;
}

export type QuizKind = Extract<ActivityKind, 'quiz' | 'exam' | 'review' | 'assignment'>;

/** The result's buttons. A review has no "again": what was just reviewed is not due again today. */
const WORDING: Record<QuizKind, { retryAll?: string; retryMissed?: (count: number) => string; submit: string; finish: string }> = {
  quiz: {
    retryAll: 'Retry all questions',
    retryMissed: (count) => `Retry only the ${count} I missed`,
    submit: 'Submit',
    finish: 'See your result',
  },
  exam: {
    retryAll: 'Take a new exam',
    retryMissed: (count) => `Practise the ${count} I missed`,
    submit: 'Submit the exam',
    finish: 'See your result',
  },
  review: { retryMissed: (count) => `Practise the ${count} I missed once more`, submit: 'Submit', finish: 'See your result' },
  // An assignment is handed in once: no retries, which would look like a second hand-in.
  assignment: { submit: 'Hand in', finish: 'Finish and hand in' },
};

type Focus = 'question' | 'next' | 'results' | undefined;
/** What the runner shows, and where focus goes when it appears. */
interface Shown {
  quiz: QuizState;
  focus: Focus;
}

/**
 * Runs one quiz once it has started: it renders what the state machine (src/lib/quiz/quizMachine)
 * says, saves what src/lib/progress makes of each state, and moves focus and announces. Loaded on demand
 * by the lesson quiz and the exam page, so pages pay for it only when it is used.
 */
export function QuizRunner({ quizId, kind, questions, plan, title, opening, session }: QuizRunnerProps) {
  const stored = useRecord(quizProgress, quizId, { hydrated: false });
  const context = useMemo(() => ({ questions, plan }), [questions, plan]);
  // Each state carries where focus goes once it is on screen. (A shared "focus next" ref would race:
  // Preact flushes the previous render's effects before the next render, which could consume it early.)
  const [shown, send] = useReducer(
    ({ quiz }: Shown, { action, focus }: { action: QuizAction; focus?: Focus }): Shown => ({
      quiz: quizReducer(quiz, action, context),
      focus,
    }),
    undefined,
    (): Shown => ({ quiz: openQuiz(resolve(opening, stored.record.lastAttempt), context), focus: undefined }),
  );
  const state = shown.quiz;
  const [announcement, setAnnouncement] = useState('');
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const idPrefix = activityIdPrefix(kind, quizId);
  const latest = useRef(stored.record);
  latest.current = stored.record;
  const announced = useRef<string | undefined>(state.phase === 'finished' ? state.attempt.id : undefined);

  // The state the answer log has seen: each answer is logged once, in the step that judges it.
  const logged = useRef(state);

  useEffect(() => {
    const now = Date.now();
    if (session) {
      session.save(logged.current, shown.quiz, now);
    } else {
      logAnswers(judgedAnswers(logged.current, shown.quiz, questions), now);
      const record = recordAfter(latest.current, shown.quiz, now);
      if (record !== latest.current) saveRecord(quizProgress, quizRecordJoin, quizId, record);
    }
    logged.current = shown.quiz;
    if (shown.quiz.phase === 'finished' && announced.current !== shown.quiz.attempt.id) {
      announced.current = shown.quiz.attempt.id;
      setAnnouncement(
        session && !session.verdicts ? 'Handed in.' : `Finished: ${shown.quiz.result.score} of ${shown.quiz.result.total} right.`,
      );
    }
    const target = { question: questionHeading, next: nextButton, results: resultsHeading }[shown.focus ?? 'question'];
    if (shown.focus) target.current?.focus();
    // The session is the page's, fixed for the runner's life; a new object each render must not save again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, quizId, questions]);

  // Moving from the Start button to the first question (or to a review): focus it. A resumed attempt
  // opens without moving focus, as the learner did not ask for anything yet.
  useEffect(() => {
    if (opening.type !== 'resume') (state.phase === 'asking' ? questionHeading : resultsHeading).current?.focus();
    // Only on the first render: later moves are carried by each state's `focus`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const act = (action: QuizAction, focus?: Focus) => send(focus ? { action, focus } : { action });
  const headingId = `${idPrefix}-heading`;
  const draw = state.phase === 'reviewing' ? state.past.draw : state.attempt.draw;
  const heading = kind === 'exam' && draw !== undefined ? `${title} · draw ${draw}` : title;
  const frame = (children: ComponentChildren) => (
    <section class="quiz" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <StorageNotice state={stored.storageState} repaired={stored.repaired} activity={kind} />
      {children}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );

  if (state.phase !== 'asking') {
    const screen = resultScreen(state);
    const missed = missedIds(state);
    const retryMissed = WORDING[kind].retryMissed;
    return frame(
      <>
        {session && !session.verdicts ? (
          <div class="quiz-results">
            <h3 ref={resultsHeading} tabindex={-1}>
              Handed in
            </h3>
            <p>Your teacher grades this assignment: you see no score or right answers here.</p>
            {session.after}
          </div>
        ) : (
          <ResultsView
            headingRef={resultsHeading}
            screen={screen}
            best={screen.kind === 'practice' || kind === 'review' || session ? undefined : stored.record.best}
            review={kind === 'review'}
            questions={questions}
            idPrefix={idPrefix}
            passPercent={session?.passPercent}
            final={session !== undefined}
          >
            {session?.after}
          </ResultsView>
        )}
        {kind === 'exam' && screen.draw !== undefined && (
          <p class="quiz-share">
            Same questions for someone else, or for you later: <a href={`?draw=${screen.draw}`}>take draw {screen.draw} again</a>.
          </p>
        )}
        <div class="quiz-actions">
          {WORDING[kind].retryAll && (
            <button type="button" class="button" onClick={() => act({ type: 'start', id: newAttemptId(), draw: newSeed() }, 'question')}>
              {WORDING[kind].retryAll}
            </button>
          )}
          {missed.length > 0 && retryMissed && (
            <button
              type="button"
              class={WORDING[kind].retryAll ? 'button secondary' : 'button'}
              onClick={() => act({ type: 'retry-missed', id: newAttemptId(), seed: newSeed() }, 'question')}
            >
              {retryMissed(missed.length)}
            </button>
          )}
        </div>
      </>,
    );
  }

  const question = currentQuestion(state, questions) as QuizQuestion;
  const { attempt } = state;
  const eachQuestion = attempt.feedback === 'after-each';
  const checked = eachQuestion && isChecked(state);
  const answer = shownAnswer(state);
  const position = attempt.index + 1;
  const total = attempt.order.length;
  const evaluation = checked ? evaluate(question, answer) : undefined;
  const unanswered = total - answeredCount(attempt, questions);

  const check = () => {
    if (!isComplete(question, answer)) {
      setAnnouncement(`${incompleteHint(question)} first.`);
      return;
    }
    setAnnouncement(checkAnnouncement(question, answer, evaluate(question, answer).correct));
    act({ type: 'check' }, 'next');
  };

  return frame(
    <>
      <div class="quiz-progress">
        <h3 ref={questionHeading} tabindex={-1} id={`${idPrefix}-position`}>
          {attempt.kind === 'missed' ? 'Practice: question' : 'Question'} {position} of {total}
        </h3>
        <progress max={total} value={position} aria-labelledby={`${idPrefix}-position`} />
        {!eachQuestion && (
          <p class="quiz-hint">
            {total - unanswered} of {total} answered ·{' '}
            {session && !session.verdicts
              ? 'your teacher grades this once you hand it in.'
              : `feedback comes when you ${kind === 'assignment' ? 'hand in' : 'submit'}.`}
          </p>
        )}
      </div>
      <QuestionView
        key={question.id}
        question={question}
        order={attempt.optionOrder[question.id]}
        answer={answer}
        onAnswer={(next: Answer) => act({ type: 'answer', answer: next })}
        idPrefix={idPrefix}
        evaluation={evaluation}
      />
      <div class="quiz-actions">
        {!eachQuestion ? (
          <SubmitButtons
            position={position}
            total={total}
            unanswered={unanswered}
            act={act}
            nextRef={nextButton}
            label={WORDING[kind].submit}
          />
        ) : checked ? (
          <button
            ref={nextButton}
            type="button"
            class="button"
            onClick={() => act({ type: 'next' }, position === total ? 'results' : 'question')}
          >
            {position === total ? WORDING[kind].finish : 'Next question'}
          </button>
        ) : (
          <button type="button" class="button" aria-describedby={`${idPrefix}-check-hint`} onClick={check}>
            Check answer
          </button>
        )}
        {eachQuestion && !checked && (
          <p class="quiz-hint" id={`${idPrefix}-check-hint`}>
            {isComplete(question, answer) ? 'Check to see if you are right and why.' : `${incompleteHint(question)}, then check.`}
          </p>
        )}
      </div>
    </>,
  );
}

/** A new attempt gets a fresh id and, unless the learner chose one, a fresh draw; a review needs a last attempt to show. */
function resolve(opening: RunnerOpening, lastAttempt: PastAttempt | undefined): QuizOpening {
  if (opening.type === 'resume') return opening;
  const past = opening.type === 'review' ? (opening.past ?? lastAttempt) : undefined;
  if (past) return { type: 'review', past };
  return { type: 'start', id: newAttemptId(), draw: (opening.type === 'start' ? opening.draw : undefined) ?? newSeed() };
}

/** With feedback only at the end: move between questions, and submit (confirming when some are unanswered). */
function SubmitButtons({
  position,
  total,
  unanswered,
  act,
  nextRef,
  label,
}: {
  label: string;
  position: number;
  total: number;
  unanswered: number;
  act: (action: QuizAction, focus?: Focus) => void;
  nextRef: RefObject<HTMLButtonElement>;
}) {
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div class="quiz-confirm" role="group" aria-label="Submit with unanswered questions?">
        <p>
          {unanswered} {unanswered === 1 ? 'question is' : 'questions are'} still unanswered and will count as wrong.
        </p>
        <button type="button" class="button" onClick={() => act({ type: 'submit' }, 'results')}>
          Submit anyway
        </button>
        <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
          Keep answering
        </button>
      </div>
    );
  }
  return (
    <>
      {position > 1 && (
        <button type="button" class="button secondary" onClick={() => act({ type: 'previous' }, 'question')}>
          Previous
        </button>
      )}
      {position < total && (
        <button ref={nextRef} type="button" class="button" onClick={() => act({ type: 'next' }, 'question')}>
          Next question
        </button>
      )}
      {position === total && (
        <button type="button" class="button" onClick={() => (unanswered > 0 ? setConfirming(true) : act({ type: 'submit' }, 'results'))}>
          {label}
        </button>
      )}
    </>
  );
}
