import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { activityIdPrefix } from '../../lib/activities';
import { assignmentProgress } from '../../lib/progress/assignmentProgress';
import { saveRecord } from '../../lib/progress/saveRecord';
import { assignmentRecordJoin, startedRecord } from '../../lib/progress/assignmentRecord';
import type { QuizQuestion } from '../../lib/quiz/quizData';
import type { Assignment } from '../../lib/teach/assignment';
import { dueDayWords, handedInAttempt, isPastDue, learnerSeed, localDay, nameProblem } from '../../lib/teach/takeAssignment';
import { useLoadOnDemand } from '../shared/loadOnDemand';
import { LoadFailed } from '../shared/LoadFailed';
import { StorageNotice } from '../shared/StorageNotice';
import { useRecord } from '../shared/useRecord';
import type { RunnerOpening } from '../quiz/QuizRunner';
import { HandInPanel } from './HandInPanel';

/*
 * An assignment opened from its link: what the teacher asks, the learner's name, and the quiz runner once
 * started (loaded then). Loaded by AssignmentPage together with the bank; the decoder comes along.
 */
export { decodeAssignmentLink } from '../../lib/teach/assignmentLink';

const loadRunner = () => import('./assignmentRunner');

const FEEDBACK_WORDS: Record<Assignment['feedback'], string> = {
  each: 'You see whether you were right after each question.',
  end: 'You can go back and change answers; you see your score and a review when you hand in.',
  graded: 'You can go back and change answers; your teacher grades it, so you see no score here.',
};

export function TakeAssignment({
  assignment,
  assignmentId,
  fingerprintMatches,
  questions,
}: {
  assignment: Assignment;
  assignmentId: string;
  fingerprintMatches: boolean;
  questions: QuizQuestion[];
}) {
  const stored = useRecord(assignmentProgress, assignmentId, { hydrated: false });
  const { record } = stored;
  const latest = useRef(record);
  latest.current = record;
  const [name, setName] = useState(record.name ?? '');
  const [tried, setTried] = useState(false);
  const [opening, setOpening] = useState<RunnerOpening | undefined>(undefined);
  const [sealFailed, setSealFailed] = useState(false);
  const { loaded, failed, load } = useLoadOnDemand(loadRunner, 'The assignment');
  const idPrefix = activityIdPrefix('assignment', assignmentId);
  const nameError = nameProblem(name);

  // After a reload: an attempt in progress resumes, if it still fits the questions; a handed-in one shows its
  // score and answers again where the teacher lets learners see them (the result code stays under it).
  useEffect(() => {
    const { current: saved, handedIn } = record;
    if (handedIn) {
      if (assignment.feedback === 'graded') return;
      void load().then(
        (code) => code && setOpening({ type: 'review', past: handedInAttempt(assignmentId, assignment, { ...record, handedIn }) }),
      );
      return;
    }
    if (!saved) return;
    void load().then((code) => {
      const attempt = code?.restorableAttempt(saved, questions);
      if (attempt) setOpening({ type: 'resume', attempt });
    });
    // Once, on opening: later changes to the record come from the runner itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Handed in without a code yet (just now, or the page closed while sealing): seal it.
  const needsCode = record.handedIn !== undefined && record.handedIn.code === undefined && assignment.teacherKey !== undefined;
  useEffect(() => {
    if (!needsCode) return;
    setSealFailed(false);
    void load().then((code) =>
      code?.sealHandIn(assignmentId, assignment, questions, latest.current).catch((error: unknown) => {
        console.error('The result code could not be made:', error);
        setSealFailed(true);
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsCode]);

  const session = useMemo(
    () =>
      loaded && {
        save: loaded.saveStep(assignmentId, assignment, questions, () => latest.current),
        verdicts: assignment.feedback !== 'graded',
        passPercent: assignment.passPercent,
      },
    [loaded, assignmentId, assignment, questions],
  );
  const plan = useMemo(() => loaded?.plan(assignment), [loaded, assignment]);
  const panel = <HandInPanel record={record} hasKey={assignment.teacherKey !== undefined} failed={sealFailed} idPrefix={idPrefix} />;

  if (opening && loaded && plan && session) {
    return (
      <loaded.QuizRunner
        quizId={assignmentId}
        kind="assignment"
        title={assignment.title}
        questions={questions}
        plan={plan}
        opening={opening}
        session={{ ...session, after: record.handedIn ? panel : undefined }}
      />
    );
  }

  const today = localDay(new Date());
  const start = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (nameError) {
      document.getElementById(`${idPrefix}-name`)?.focus();
      return;
    }
    saveRecord(
      assignmentProgress,
      assignmentRecordJoin,
      assignmentId,
      startedRecord(latest.current, assignment.title, name.trim(), Date.now()),
    );
    setOpening({ type: 'start', draw: learnerSeed(assignmentId, name) });
    if (!loaded) void load().then((code) => code ?? setOpening(undefined));
  };

  return (
    <section class="quiz assignment" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{assignment.title}</h2>
      <StorageNotice state={stored.storageState} repaired={stored.repaired} activity="assignment" />
      {!fingerprintMatches && (
        <p class="quiz-notice" role="note">
          Some of these questions have changed since your teacher made this assignment. You can still take it; your teacher may see answers
          to the changed questions marked differently.
        </p>
      )}
      {assignment.instructions && <p class="assignment-instructions">{assignment.instructions}</p>}
      <dl class="assignment-facts">
        {assignment.due && (
          <>
            <dt>Due</dt>
            <dd>
              {dueDayWords(assignment.due)}
              {isPastDue(assignment.due, today) && <strong> · past due: you can still hand it in</strong>}
            </dd>
          </>
        )}
        <dt>Questions</dt>
        <dd>{assignment.questionIds.length}</dd>
        <dt>Pass mark</dt>
        <dd>{assignment.passPercent} %</dd>
        <dt>Feedback</dt>
        <dd>{FEEDBACK_WORDS[assignment.feedback]}</dd>
      </dl>
      {record.handedIn ? (
        <HandInPanel record={record} hasKey={assignment.teacherKey !== undefined} failed={sealFailed} idPrefix={idPrefix} heading />
      ) : (
        <form class="assignment-start" onSubmit={start} noValidate>
          <div class="exam-seed">
            <label for={`${idPrefix}-name`}>Your name</label>
            <input
              id={`${idPrefix}-name`}
              autocomplete="name"
              required
              maxLength={120}
              value={name}
              aria-invalid={tried && nameError !== undefined}
              aria-describedby={`${idPrefix}-name-hint${tried && nameError ? ` ${idPrefix}-name-error` : ''}`}
              onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
            />
            <p class="quiz-hint" id={`${idPrefix}-name-hint`}>
              Up to 60 characters. It goes into your result code for your teacher, and nowhere else.
            </p>
            <p id={`${idPrefix}-name-error`} class="field-error" aria-live="polite">
              {tried && nameError}
            </p>
          </div>
          {failed && <LoadFailed what="The assignment" />}
          <div class="quiz-actions">
            <button type="submit" class="button" aria-busy={opening !== undefined && !failed}>
              {record.current ? 'Continue the assignment' : 'Start the assignment'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
