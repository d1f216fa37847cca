/*
 * What a lesson quiz loads when the learner starts it: the runner, the lesson quiz's plan, and the check of
 * a saved attempt. One lazy entry per kind of quiz, so a lesson never loads the exam's draw code.
 */
export { QuizRunner } from './QuizRunner';
export { lessonQuizPlan as plan } from '../../lib/quiz/quizPlan';
export { restorableAttempt } from '../../lib/quiz/restore';
