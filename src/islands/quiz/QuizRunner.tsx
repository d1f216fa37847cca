import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { writeQuiz } from '../../lib/progress/progressStore';
import { withFinishedAttempt } from '../../lib/progress/quizRecord';
import { evaluate, isAnswerFor, isComplete } from '../../lib/quiz/evaluate';
import { partsSummary } from '../../lib/quiz/feedback';
import {
  answeredCount,
  currentQuestion,
  isChecked,
  missedIds,
  newAttempt,
  quizReducer,
  shownAnswer,
  type Attempt,
  type QuizAction,
  type QuizMode,
  type QuizState,
} from '../../lib/quiz/quizMachine';
import { newSeed } from '../../lib/quiz/random';
import { scoreAttempt } from '../../lib/quiz/scoring';
import type { Answer } from '../../lib/quiz/types';
import { QuestionView } from './QuestionView';
import { ResultsView } from './ResultsView';
import { StorageNotice } from './StorageNotice';
import type { QuizQuestion } from './types';
import { useStoredQuiz } from './useStoredQuiz';

/** How the runner opens: a new attempt, a saved one, the review of the last attempt, or a drawn exam. */
export type RunnerStart =
  | { type: 'start' }
  /** A fresh attempt made by the caller (the exam's seeded draw). */
  | { type: 'begin'; attempt: Attempt }
  | { type: 'resume'; attempt: Attempt }
  | { type: 'review' };

export interface QuizRunnerProps {
  quizId: string;
  questions: QuizQuestion[];
  /** practice: feedback after each question. exam: feedback only after the whole attempt is submitted. */
  mode: QuizMode;
  title: string;
  start: RunnerStart;
  /** Exam only: "Retry all" means a new draw, which the exam page makes. */
  onNewExam?: (() => void) | undefined;
  /** Shown under the result, e.g. the exam's link to the same draw. */
  resultNote?: ComponentChildren;
}

type Focus = 'question' | 'next' | 'results' | undefined;
/** What the runner shows, and where focus goes when it appears. */
interface Shown {
  quiz: QuizState;
  focus: Focus;
}

/**
 * Runs one quiz once it has started: the state machine, saving to progress, focus and announcements.
 * Loaded on demand by the quiz shell or the exam page, so pages pay for it only when it is used.
 */
export function QuizRunner({ quizId, questions, mode, title, start, onNewExam, resultNote }: QuizRunnerProps) {
  const { record, storageState, repaired } = useStoredQuiz(quizId, { hydrated: false });
  const modeOf = (state: QuizState): QuizMode =>
    mode === 'exam' && state.phase !== 'ready' && state.attempt.kind === 'full' ? 'exam' : 'practice';
  // Each state carries where focus goes once it is on screen. (A shared "focus next" ref would race:
  // Preact flushes the previous render's effects before the next render, which could consume it early.)
  const reducer = ({ quiz }: Shown, { action, focus }: { action: QuizAction; focus?: Focus }): Shown => {
    const next = quizReducer(quiz, action, { questions, mode: action.type === 'retry-missed' ? 'practice' : modeOf(quiz) });
    return { quiz: next, focus };
  };
  const [shown, send] = useReducer(reducer, undefined, () => ({ quiz: initialState(start, questions, record.answers), focus: undefined }));
  const state = shown.quiz;
  const dispatch = (action: QuizAction) => send({ action });
  const [announcement, setAnnouncement] = useState('');
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const idPrefix = `quiz-${quizId}`;

  const latest = useRef(record);
  latest.current = record;

  // Save after every change: the attempt in progress, or the finished result. A review of the last
  // attempt is already saved, so it counts as saved from the start.
  const savedFinish = useRef<Attempt | undefined>(state.phase === 'finished' ? state.attempt : undefined);
  const reviewedAttempt = useRef(savedFinish.current);
  useEffect(() => {
    const current = latest.current;
    if (state.phase === 'asking') writeQuiz(quizId, { ...current, current: state.attempt });
    if (state.phase === 'finished' && savedFinish.current !== state.attempt) {
      savedFinish.current = state.attempt;
      const { current: _done, ...withoutAttempt } = current;
      const score = { score: state.result.score, total: state.result.total, at: Date.now() };
      writeQuiz(quizId, state.attempt.kind === 'full' ? withFinishedAttempt(current, score, state.attempt.answers) : withoutAttempt);
      setAnnouncement(`Finished: ${state.result.score} of ${state.result.total} right.`);
      document.dispatchEvent(new CustomEvent('course:progress-changed'));
    }
    if (shown.focus === 'question') questionHeading.current?.focus();
    if (shown.focus === 'next') nextButton.current?.focus();
    if (shown.focus === 'results') resultsHeading.current?.focus();
  }, [shown]);

  // Moving from the shell's Start button to the first question: focus the question.
  useEffect(() => {
    if (start.type !== 'resume') (state.phase === 'finished' ? resultsHeading : questionHeading).current?.focus();
  }, []);

  const act = (action: QuizAction, focus?: Focus) => send(focus ? { action, focus } : { action });

  const notice = <StorageNotice state={storageState} repaired={repaired} />;
  const live = (
    <p class="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );

  if (state.phase === 'ready') return null;

  if (state.phase === 'finished') {
    const missed = missedIds(state.result, state.attempt.order);
    const practice = state.attempt.kind === 'missed';
    return (
      <div class="quiz">
        <h2 id="quiz-heading">{title}</h2>
        {notice}
        <ResultsView
          headingRef={resultsHeading}
          heading={practice ? 'Practice round finished' : state.attempt === reviewedAttempt.current ? 'Your last attempt' : 'Your result'}
          score={state.result}
          practice={practice}
          best={practice ? undefined : record.best}
          questions={questions}
          order={state.attempt.order}
          answers={state.attempt.answers}
          optionOrder={state.attempt.optionOrder}
          idPrefix={idPrefix}
        />
        {resultNote}
        <div class="quiz-actions">
          <button
            type="button"
            class="button"
            onClick={() => (onNewExam ? onNewExam() : act({ type: 'start', seed: newSeed() }, 'question'))}
          >
            {onNewExam ? 'Take a new exam' : 'Retry all questions'}
          </button>
          {missed.length > 0 && (
            <button
              type="button"
              class="button secondary"
              onClick={() => act({ type: 'retry-missed', seed: newSeed(), missed }, 'question')}
            >
              {onNewExam ? `Practise the ${missed.length} I missed` : `Retry only the ${missed.length} I missed`}
            </button>
          )}
        </div>
        {live}
      </div>
    );
  }

  const question = currentQuestion(state, questions) as QuizQuestion;
  const { attempt } = state;
  const roundMode = modeOf(state);
  const checked = roundMode === 'practice' && isChecked(state);
  const answer = shownAnswer(state);
  const position = attempt.index + 1;
  const total = attempt.order.length;
  const last = position === total;
  const evaluation = checked ? evaluate(question, answer) : undefined;

  const check = () => {
    if (!isComplete(question, answer)) {
      setAnnouncement(question.type === 'matching' ? 'Choose a match for every item first.' : 'Choose an answer first.');
      return;
    }
    const result = evaluate(question, answer);
    const parts = result.correct ? undefined : partsSummary(question, answer);
    setAnnouncement(`${result.correct ? 'Correct.' : 'Not quite.'}${parts ? ` ${parts}` : ''} ${question.explanation}`);
    act({ type: 'check' }, 'next');
  };

  return (
    <div class="quiz">
      <h2 id="quiz-heading">{title}</h2>
      {notice}
      <div class="quiz-progress">
        <h3 ref={questionHeading} tabindex={-1} id={`${idPrefix}-position`}>
          {attempt.kind === 'missed' ? 'Practice: question' : 'Question'} {position} of {total}
        </h3>
        <progress max={total} value={position} aria-labelledby={`${idPrefix}-position`} />
        {roundMode === 'exam' && (
          <p class="quiz-hint">
            {answeredCount(attempt, questions)} of {total} answered · feedback comes when you submit.
          </p>
        )}
      </div>
      <QuestionView
        key={question.id}
        question={question}
        order={attempt.optionOrder[question.id]}
        answer={answer}
        onAnswer={(next: Answer) => dispatch({ type: 'answer', answer: next })}
        idPrefix={idPrefix}
        evaluation={evaluation}
      />
      <div class="quiz-actions">
        {roundMode === 'exam' ? (
          <ExamButtons
            position={position}
            total={total}
            unanswered={total - answeredCount(attempt, questions)}
            act={act}
            nextRef={nextButton}
          />
        ) : checked ? (
          <button ref={nextButton} type="button" class="button" onClick={() => act({ type: 'next' }, last ? 'results' : 'question')}>
            {last ? 'See your result' : 'Next question'}
          </button>
        ) : (
          <button type="button" class="button" aria-describedby={`${idPrefix}-check-hint`} onClick={check}>
            Check answer
          </button>
        )}
        {roundMode === 'practice' && !checked && (
          <p class="quiz-hint" id={`${idPrefix}-check-hint`}>
            {isComplete(question, answer)
              ? 'Check to see if you are right and why.'
              : question.type === 'matching'
                ? 'Choose a match for every item, then check.'
                : 'Choose an answer, then check.'}
          </p>
        )}
      </div>
      {live}
    </div>
  );
}

function ExamButtons({
  position,
  total,
  unanswered,
  act,
  nextRef,
}: {
  position: number;
  total: number;
  unanswered: number;
  act: (action: QuizAction, focus?: Focus) => void;
  nextRef: { current: HTMLButtonElement | null };
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
          Submit the exam
        </button>
      )}
    </>
  );
}

/** Stored answers that still fit their questions (a question may have changed since). */
function validAnswers(answers: Record<string, unknown>, questions: readonly QuizQuestion[]): Record<string, Answer> {
  return Object.fromEntries(
    questions
      .filter((question) => isAnswerFor(question, answers[question.id]))
      .map((question) => [question.id, answers[question.id] as Answer]),
  );
}

/** The runner's first state, from how it was opened. */
function initialState(start: RunnerStart, questions: readonly QuizQuestion[], storedAnswers: Record<string, unknown>): QuizState {
  if (start.type === 'resume' || start.type === 'begin') return { phase: 'asking', attempt: start.attempt };
  if (start.type === 'review') {
    const answers = validAnswers(storedAnswers, questions);
    const order = questions.map((question) => question.id);
    return {
      phase: 'finished',
      attempt: { kind: 'full', seed: 0, order, optionOrder: {}, answers, checked: [], index: 0 },
      result: scoreAttempt(questions, answers),
    };
  }
  return { phase: 'asking', attempt: newAttempt(questions, 'full', newSeed()) };
}
