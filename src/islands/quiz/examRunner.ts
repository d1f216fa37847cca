/* What the exam page loads when the learner starts: the runner, the exam's draw from the bank, and the check of a saved attempt. */
export { QuizRunner } from './QuizRunner';
export { examPlan as plan } from '../../lib/quiz/examPlan';
export { restorableAttempt } from '../../lib/quiz/restore';
