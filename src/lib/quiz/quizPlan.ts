import { drawQuiz } from './quizDraw';
import type { QuizPlan } from './quizMachine';
import type { BankQuestion } from './quizData';

/** The plan of a lesson quiz: a draw from the lesson's pool covering every objective, feedback after each question. */
export function lessonQuizPlan(pool: readonly BankQuestion[]): QuizPlan {
  return { draw: (draw) => drawQuiz(pool, draw).map((question) => question.id), feedback: 'after-each' };
}
