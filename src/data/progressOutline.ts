import { activityIdPrefix } from '../lib/activities';
import type { CourseOutline } from '../lib/progress/courseOutline';
import { lessonPath, withBase } from '../lib/paths';
import type { Course } from './course';
import { decksOfLesson } from './gameData';

/** The course outline the progress page's island reads: lessons, their games and objectives (with the questions that check each). */
export function progressOutline(course: Course, base: string): CourseOutline {
  return {
    lessons: course.lessons.map((lesson) => {
      const questions = course.quizzes.get(lesson.id) ?? [];
      return {
        id: lesson.id,
        order: lesson.data.order,
        title: lesson.data.title,
        href: lessonPath(base, lesson.id),
        quizHref: `${lessonPath(base, lesson.id)}#${activityIdPrefix('quiz', lesson.id)}-heading`,
        decks: decksOfLesson(course, lesson.id).map((deck) => ({
          id: deck,
          title: course.decks.get(deck)!.title,
          href: `${lessonPath(base, lesson.id)}#${activityIdPrefix('game', deck)}-heading`,
        })),
        objectives: lesson.data.objectives.map((objective) => ({
          id: objective.id,
          text: objective.text,
          questions: questions.filter((question) => question.objective === objective.id).map((question) => question.id),
        })),
      };
    }),
    examHref: withBase(base, 'exam/'),
    reviewHref: withBase(base, 'review/'),
  };
}
