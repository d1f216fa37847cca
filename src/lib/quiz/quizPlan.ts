import type { QuizPlan } from './quizMachine';
import type { BankQuestion } from './quizData';

/** The plan of a lesson quiz: every question of the lesson, feedback after each one. */
export function lessonQuizPlan(questions: readonly BankQuestion[]): QuizPlan {
  return { draw: () => questions.map((question) => question.id), feedback: 'after-each' };
}
