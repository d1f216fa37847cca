/*
 * What to do next, from what the learner has done: the first lesson not yet mastered (read it, pass its
 * quiz, then practise what is not mastered yet), the questions due for review, then the final exam.
 */

export interface LessonStanding {
  id: string;
  read: boolean;
  quizPassed: boolean;
  /** The objectives not mastered yet, as their texts. */
  toMaster: string[];
}

export type NextStep =
  | { kind: 'review'; count: number }
  | { kind: 'read' | 'quiz'; lesson: string }
  | { kind: 'practise'; lesson: string; objectives: string[] }
  | { kind: 'exam' }
  | { kind: 'done' };

/** The steps to suggest, most useful first: due reviews (they do not wait), then the next lesson's step, then the exam. */
export function nextSteps(lessons: readonly LessonStanding[], dueCount: number, examPassed: boolean): NextStep[] {
  const steps: NextStep[] = [];
  if (dueCount > 0) steps.push({ kind: 'review', count: dueCount });
  const open = lessons.find((lesson) => !lesson.read || !lesson.quizPassed || lesson.toMaster.length > 0);
  if (open) {
    if (!open.read) steps.push({ kind: 'read', lesson: open.id });
    else if (!open.quizPassed) steps.push({ kind: 'quiz', lesson: open.id });
    else steps.push({ kind: 'practise', lesson: open.id, objectives: open.toMaster });
  } else if (!examPassed) {
    steps.push({ kind: 'exam' });
  }
  if (steps.length === 0) steps.push({ kind: 'done' });
  return steps;
}
