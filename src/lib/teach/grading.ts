import { evaluate, type AnswerValue } from '../quiz/questionTypes';
import { plural } from '../quiz/questionTypes/questionType';
import { isPassing, type Score } from '../quiz/passMark';
import type { BankQuestion } from '../quiz/quizData';
import { percent } from '../quiz/scoring';
import type { Assignment } from './assignment';

/*
 * The teacher's gradebook re-grades every learner from their answers against the bank: a result code
 * carries no score, so nothing a learner (or anyone with the link) types can claim one. The class
 * analysis over these grades is in classAnalysis.ts.
 */

/** One learner's hand-in, as a result code carries it once opened (resultCode.ts adds the assignment it belongs to). */
export interface LearnerResult {
  /** As the learner typed it: plain text, never HTML. */
  name: string;
  /** One per question, in the assignment's order (whatever order they were shown in); undefined when not answered. */
  answers: (AnswerValue | undefined)[];
  /** Time taken, in whole seconds. */
  seconds: number;
  /** When the learner finished, in milliseconds since 1970-01-01 UTC (a result code keeps whole minutes). */
  finishedAt: number;
}

/** How a learner fared on one question: `not-graded` when this version of the course no longer has it. */
export type QuestionMark = 'right' | 'wrong' | 'unanswered' | 'not-graded';

/** A learner's result re-graded: a point per fully right question, out of the questions the bank still has. */
export interface LearnerGrade extends LearnerResult, Score {
  /** Whole percent, rounded down as everywhere on the site. */
  percent: number;
  /** Whether the score reaches the assignment's pass mark (same exact rule as the site's quizzes). */
  passed: boolean;
  /** One per question, in the assignment's order. */
  marks: QuestionMark[];
}

/** Why a result cannot be graded, in words a teacher can act on. */
export interface GradeError {
  kind: 'answer-count';
  message: string;
}

export type GradeOutcome = { ok: true; grade: LearnerGrade } | { ok: false; error: GradeError };

/** The bank as grading reads it: every question by its id. */
export type QuestionsById = ReadonlyMap<string, BankQuestion>;

/** The bank's questions by id (from /quiz-bank.json's list). */
export function questionsById(questions: readonly BankQuestion[]): QuestionsById {
  return new Map(questions.map((question) => [question.id, question]));
}

/** The assignment's questions this version of the course no longer has (they are left out of every score). */
export function missingQuestions(assignment: Assignment, bank: QuestionsById): string[] {
  return assignment.questionIds.filter((id) => !bank.has(id));
}

/** No answer at all: nothing picked (undefined, null, []) or a matching answer with every item unset. */
export function isBlankAnswer(answer: AnswerValue | undefined): boolean {
  return answer === undefined || answer === null || (Array.isArray(answer) && answer.every(isBlankAnswer));
}

/** The assignment's pass mark as a share, for isPassing. */
export const passShare = (assignment: Assignment): number => assignment.passPercent / 100;

/** Re-grades one result against the bank; a result whose answers do not line up with the questions is refused, never guessed at. */
export function gradeResult(assignment: Assignment, bank: QuestionsById, result: LearnerResult): GradeOutcome {
  const count = assignment.questionIds.length;
  if (result.answers.length !== count) {
    return {
      ok: false,
      error: {
        kind: 'answer-count',
        message: `This result holds ${plural(result.answers.length, 'answer')} but the assignment has ${plural(count, 'question')}, so it belongs to another version of the assignment. Ask the learner to open the assignment's link again and hand in a new code.`,
      },
    };
  }
  const marks = assignment.questionIds.map((id, index): QuestionMark => {
    const question = bank.get(id);
    const answer = result.answers[index];
    if (!question) return 'not-graded';
    if (isBlankAnswer(answer)) return 'unanswered';
    return evaluate(question, answer).correct ? 'right' : 'wrong';
  });
  const score = marks.filter((mark) => mark === 'right').length;
  const total = marks.filter((mark) => mark !== 'not-graded').length;
  return {
    ok: true,
    grade: {
      ...result,
      score,
      total,
      percent: percent({ score, total }),
      passed: isPassing({ score, total }, passShare(assignment)),
      marks,
    },
  };
}
