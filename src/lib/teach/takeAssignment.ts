import type { AnswerValue } from '../quiz/questionTypes';
import type { Attempt, PastAttempt, QuizState } from '../quiz/quizMachine';
import { seedFromText } from '../quiz/textSeed';
import type { AssignmentRecord, HandIn } from '../progress/assignmentRecord';
import type { Assignment } from './assignment';
import { characterCount } from './assignmentRules';
import { MAX_NAME_LENGTH } from './resultCode';

/*
 * The learner's side of an assignment, as plain functions the assignment page renders: the name they give,
 * the due date, the seed of their order, and what their record becomes at each step of the quiz machine.
 */

/** What is wrong with a typed name, in words for the learner; undefined when it can be used. */
export function nameProblem(name: string): string | undefined {
  if (!/\S/u.test(name)) return 'Enter your name, so your teacher knows whose answers these are.';
  if (characterCount(name.trim()) > MAX_NAME_LENGTH) return `Your name can be at most ${MAX_NAME_LENGTH} characters long.`;
  return undefined;
}

/** Today as 'YYYY-MM-DD' in the learner's own time zone (a due day is a calendar day, not a moment). */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether the due day has passed: only from the day after it (handing in late is still allowed). */
export const isPastDue = (due: string | undefined, today: string): boolean => due !== undefined && today > due;

/** A due day in words: its own module, so the print page gets it without the learner's side (and the result code) in tow. */
export { dueDayWords } from './dueDayWords';

/**
 * The seed of a learner's attempt: from the assignment and the name, so each learner gets their own order of
 * questions (when shuffled) and options, and the same learner the same again (a teacher can reproduce it).
 */
export const learnerSeed = (assignmentId: string, name: string): number => seedFromText(`${assignmentId}\n${name.trim()}`);

/** The answers of an attempt in the assignment's order (whatever order they were shown in); null when not answered. */
export function answersInOrder(assignment: Pick<Assignment, 'questionIds'>, attempt: Pick<Attempt, 'answers'>): (AnswerValue | null)[] {
  return assignment.questionIds.map((id) => (attempt.answers[id] as AnswerValue | undefined) ?? null);
}

/** Time taken, in whole seconds, from the start to the hand-in (never negative, if the clock went back). */
export const secondsTaken = (startedAt: number | undefined, now: number): number =>
  startedAt === undefined ? 0 : Math.max(0, Math.round((now - startedAt) / 1000));

/**
 * The record once the quiz reaches `state`: the attempt in progress is kept to resume; a finished attempt is
 * handed in once (its answers in the assignment's order, the time taken), and later states change nothing.
 */
export function assignmentRecordAfter(
  record: AssignmentRecord,
  assignment: Pick<Assignment, 'questionIds'>,
  state: QuizState,
  now: number,
): AssignmentRecord {
  if (record.handedIn || state.phase === 'reviewing') return record;
  if (state.phase === 'asking') return { ...record, current: state.attempt };
  const { current: _finished, ...rest } = record;
  const handedIn: HandIn = { at: now, seconds: secondsTaken(record.startedAt, now), answers: answersInOrder(assignment, state.attempt) };
  return { ...rest, handedIn };
}

/** The record with the result code added to its hand-in (made after it, as sealing is asynchronous). */
export function withCode(record: AssignmentRecord, code: string): AssignmentRecord {
  return record.handedIn ? { ...record, handedIn: { ...record.handedIn, code } } : record;
}

/**
 * A handed-in attempt as the quiz runner reviews it after a reload: the answers given, in the assignment's
 * order, with the learner's own seed (so options appear as they did); unanswered questions stay unanswered.
 */
export function handedInAttempt(
  assignmentId: string,
  assignment: Pick<Assignment, 'questionIds'>,
  record: Pick<AssignmentRecord, 'name' | 'handedIn'> & { handedIn: HandIn },
): PastAttempt {
  const answers: Record<string, AnswerValue> = {};
  assignment.questionIds.forEach((id, position) => {
    const answer = record.handedIn.answers[position];
    if (answer !== null && answer !== undefined) answers[id] = answer;
  });
  return {
    id: `handed-in-${assignmentId}`,
    order: [...assignment.questionIds],
    answers,
    draw: learnerSeed(assignmentId, record.name ?? ''),
  };
}
