import type { CourseOutline } from '../../lib/progress/courseOutline';
import type { NextStep } from '../../lib/progress/nextSteps';

/** What to do next, each step a link to where it is done. */
export function NextStepsList({ steps, outline }: { steps: readonly NextStep[]; outline: CourseOutline }) {
  const lesson = (id: string) => outline.lessons.find((entry) => entry.id === id)!;
  const name = (id: string) => `lesson ${lesson(id).order}, ${lesson(id).title}`;
  return (
    <ul class="next-steps">
      {steps.map((step) => {
        switch (step.kind) {
          case 'review':
            return (
              <li>
                <a href={outline.reviewHref}>
                  Review the {step.count} {step.count === 1 ? 'question' : 'questions'} due today
                </a>
              </li>
            );
          case 'read':
            return (
              <li>
                <a href={lesson(step.lesson).href}>Read {name(step.lesson)}</a>
              </li>
            );
          case 'quiz':
            return (
              <li>
                <a href={lesson(step.lesson).quizHref}>Pass the quiz of {name(step.lesson)}</a>
              </li>
            );
          case 'practise':
            return (
              <li>
                <a href={lesson(step.lesson).quizHref}>Practise the quiz of {name(step.lesson)}</a>:{' '}
                {step.objectives.length === 1 ? 'one objective is' : `${step.objectives.length} objectives are`} not mastered yet (see the
                lesson below).
              </li>
            );
          case 'exam':
            return (
              <li>
                <a href={outline.examHref}>Take the final exam</a>: you have mastered every lesson.
              </li>
            );
          case 'done':
            return <li>You have mastered every lesson and passed the final exam. Reviews keep it fresh.</li>;
        }
      })}
    </ul>
  );
}
