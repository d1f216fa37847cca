import type { Assignment } from '../teach/assignment';
import type { FeedbackTiming, QuizPlan } from './quizMachine';

/**
 * The quiz machine's timing for a teacher's feedback setting: 'each' is a lesson quiz's, 'end' the exam's, and
 * 'graded' runs as 'end' (answers can be changed until handed in) with no verdict or score shown after it.
 */
export const assignmentTiming = (feedback: Assignment['feedback']): FeedbackTiming => (feedback === 'each' ? 'after-each' : 'at-end');

/**
 * The plan of a teacher's assignment: always exactly the teacher's questions (a draw number only seeds the
 * order of options, and of questions when the teacher chose 'shuffled'), in the teacher's order when 'fixed'.
 */
export function assignmentPlan(assignment: Pick<Assignment, 'questionIds' | 'order' | 'feedback'>): QuizPlan {
  return {
    draw: () => [...assignment.questionIds],
    feedback: assignmentTiming(assignment.feedback),
    keepOrder: assignment.order === 'fixed',
  };
}
