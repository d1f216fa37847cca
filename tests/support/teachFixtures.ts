import type { Assignment } from '../../src/lib/teach/assignment';
import { questionsById } from '../../src/lib/teach/grading';
import { sampleQuiz } from './quizFixtures';

/*
 * A small assignment over the sample quiz (one question of every type), for the teachers' unit tests.
 */

/** The sample quiz as a bank, every question in one lesson. */
export const sampleBank = questionsById(sampleQuiz.map((question) => ({ ...question, lesson: 'three-roles' })));

/** An assignment of every sample question in order; each test sets what it is about. */
export function sampleAssignment(settings: Partial<Assignment> = {}): Assignment {
  return {
    title: 'Roles',
    instructions: '',
    questionIds: sampleQuiz.map((question) => question.id),
    order: 'fixed',
    feedback: 'end',
    passPercent: 60,
    ...settings,
  };
}
