import { drawExam, EXAM_LENGTH } from './examDraw';
import type { QuizPlan } from './quizMachine';
import type { BankQuestion } from './quizData';

/** The plan of the final exam: a draw from the whole bank, spread over the lessons; feedback once it is submitted. */
export function examPlan(bank: readonly BankQuestion[], length = EXAM_LENGTH): QuizPlan {
  return { draw: (draw) => drawExam(bank, draw, length).map((question) => question.id), feedback: 'at-end' };
}
