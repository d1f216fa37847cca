/*
 * What the assignment page loads when the learner starts (or resumes): the quiz runner, the assignment's plan,
 * the check of a saved attempt, how each step is saved, and the sealing of the result code.
 */
import { assignmentRecordJoin, type AssignmentRecord } from '../../lib/progress/assignmentRecord';
import { assignmentProgress } from '../../lib/progress/assignmentProgress';
import { logAnswers } from '../../lib/progress/answerLog';
import { saveRecord } from '../../lib/progress/saveRecord';
import type { Question } from '../../lib/quiz/questionTypes';
import { judgedAnswers, type QuizState } from '../../lib/quiz/quizMachine';
import type { Assignment } from '../../lib/teach/assignment';
import { makeResultCode } from '../../lib/teach/resultCode';
import { assignmentRecordAfter, withCode } from '../../lib/teach/takeAssignment';

export { QuizRunner } from '../quiz/QuizRunner';
export { assignmentPlan as plan } from '../../lib/quiz/assignmentPlan';
export { restorableAttempt } from '../../lib/quiz/restore';

/**
 * How the runner saves an assignment's steps: into its own record (never the quiz records). Answers go to the
 * review queue's log only when the learner sees verdicts ('each', 'end'): with 'graded' the log would show
 * right and wrong on the progress page before the teacher has graded.
 */
export function saveStep(
  assignmentId: string,
  assignment: Assignment,
  questions: readonly Question[],
  record: () => AssignmentRecord,
): (before: QuizState, after: QuizState, now: number) => void {
  return (before, after, now) => {
    if (assignment.feedback !== 'graded') logAnswers(judgedAnswers(before, after, questions), now);
    const current = record();
    const next = assignmentRecordAfter(current, assignment, after, now);
    if (next !== current) saveRecord(assignmentProgress, assignmentRecordJoin, assignmentId, next);
  };
}

/** Seals the hand-in to the teacher's key and keeps the code in the record, so a reload shows it again. */
export async function sealHandIn(
  assignmentId: string,
  assignment: Assignment,
  questions: Question[],
  record: AssignmentRecord,
): Promise<void> {
  const { handedIn, name } = record;
  if (!handedIn || handedIn.code || !assignment.teacherKey) return;
  const code = await makeResultCode(
    {
      assignmentId,
      name: name ?? '',
      answers: handedIn.answers.map((answer) => answer ?? undefined),
      seconds: handedIn.seconds,
      finishedAt: handedIn.at,
    },
    questions,
    assignment.teacherKey,
  );
  saveRecord(assignmentProgress, assignmentRecordJoin, assignmentId, withCode(record, code));
}
