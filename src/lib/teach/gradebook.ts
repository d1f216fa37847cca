import type { Assignment } from './assignment';
import { analyseClass, type ClassAnalysis } from './classAnalysis';
import { gradeResult, type GradeError, type LearnerGrade, type LearnerResult, type QuestionsById } from './grading';

/*
 * A class's results graded together. The same code pasted twice (or a learner handing in twice the same
 * attempt) is flagged and counted once; a result that cannot be graded is listed with its reason.
 * Nothing is dropped silently: every entry ends up in exactly one of the three lists.
 */

export interface GradebookEntry {
  result: LearnerResult;
  /** Anything that names the hand-in exactly (e.g. the code's text): entries with the same key are one hand-in. */
  duplicateKey?: string | undefined;
}

export interface DuplicateEntry {
  /** Position of the entry in the input (0-based), and of the first one like it, which is the one counted. */
  index: number;
  sameAs: number;
  name: string;
  message: string;
}

export interface RejectedEntry {
  index: number;
  name: string;
  error: GradeError;
}

export interface Gradebook {
  /** One grade per distinct hand-in, in the order given. */
  learners: LearnerGrade[];
  /** The input position of each learner's entry. */
  positions: number[];
  duplicates: DuplicateEntry[];
  rejected: RejectedEntry[];
  analysis: ClassAnalysis;
}

/** What makes two hand-ins the same: the name (as typed, trimmed), the answers and when they finished. */
export function handInKey({ name, answers, finishedAt }: LearnerResult): string {
  // An unanswered question is written apart from null, which a malformed answer could be.
  return JSON.stringify([name.normalize('NFC').trim(), answers, finishedAt], (_key, value: unknown) =>
    value === undefined ? { unanswered: true } : value,
  );
}

/** Grades every entry, flags duplicates (counted once) and lists what cannot be graded, with the class analysis. */
export function gradebook(assignment: Assignment, bank: QuestionsById, entries: readonly GradebookEntry[]): Gradebook {
  const seen = new Map<string, number>();
  const learners: LearnerGrade[] = [];
  const positions: number[] = [];
  const duplicates: DuplicateEntry[] = [];
  const rejected: RejectedEntry[] = [];
  entries.forEach(({ result, duplicateKey }, index) => {
    const keys = [`content:${handInKey(result)}`, ...(duplicateKey === undefined ? [] : [`key:${duplicateKey}`])];
    const first = keys.map((key) => seen.get(key)).find((position) => position !== undefined);
    for (const key of keys) if (!seen.has(key)) seen.set(key, first ?? index);
    if (first !== undefined) {
      duplicates.push({
        index,
        sameAs: first,
        name: result.name,
        message: `Result ${index + 1} (${result.name}) is the same hand-in as result ${first + 1}: it is counted once.`,
      });
      return;
    }
    const outcome = gradeResult(assignment, bank, result);
    if (!outcome.ok) {
      rejected.push({ index, name: result.name, error: outcome.error });
      return;
    }
    learners.push(outcome.grade);
    positions.push(index);
  });
  return { learners, positions, duplicates, rejected, analysis: analyseClass(assignment, bank, learners) };
}
