import { evaluate, type Evaluation } from './evaluate';
import type { Answer, Question } from './types';

/** The share of points a learner needs to pass any quiz or the exam: one constant for the whole site. */
export const PASS_MARK = 0.8;

export interface Score {
  score: number;
  total: number;
}

export interface AttemptResult extends Score {
  passed: boolean;
  /** Per question id. */
  evaluations: Record<string, Evaluation>;
}

/** Whole percent, rounded down so 79.9 % never shows as a pass-looking 80 %. */
export function percent({ score, total }: Score): number {
  return total === 0 ? 0 : Math.floor((score / total) * 100);
}

export function isPassing({ score, total }: Score): boolean {
  return total > 0 && score / total >= PASS_MARK;
}

/** Scores an attempt: one point per fully right question. */
export function scoreAttempt(questions: readonly Question[], answers: Readonly<Record<string, Answer>>): AttemptResult {
  const evaluations: Record<string, Evaluation> = {};
  let score = 0;
  for (const question of questions) {
    const evaluation = evaluate(question, answers[question.id]);
    evaluations[question.id] = evaluation;
    if (evaluation.correct) score++;
  }
  const total = questions.length;
  return { score, total, passed: isPassing({ score, total }), evaluations };
}

/** The better of two scores by share of points (a later equal score does not replace an earlier one). */
export function betterScore<T extends Score>(best: T | undefined, candidate: T): T {
  if (!best) return candidate;
  return candidate.score / candidate.total > best.score / best.total ? candidate : best;
}
