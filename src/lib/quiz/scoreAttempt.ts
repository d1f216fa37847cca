import { evaluate, type AnswerValue, type Evaluation, type Question } from './questionTypes';
import { isPassing, type Score } from './passMark';

export interface AttemptResult extends Score {
  passed: boolean;
  /** Per question id. */
  evaluations: Record<string, Evaluation>;
}

/** Scores an attempt: one point per fully right question. */
export function scoreAttempt(questions: readonly Question[], answers: Readonly<Record<string, AnswerValue>>): AttemptResult {
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
