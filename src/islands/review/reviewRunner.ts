/* What the review page loads when a session starts: the runner, the review's plan, and the check of a saved session. */
export { QuizRunner } from '../quiz/QuizRunner';
export { reviewPlan as plan } from '../../lib/quiz/reviewPlan';
export { restorableAttempt } from '../../lib/quiz/restore';
