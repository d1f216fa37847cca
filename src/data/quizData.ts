import { withSectionLinks } from '../lib/content/sectionLinks';
import { lessonPath } from '../lib/paths';
import type { QuizData } from '../lib/quiz/quizData';
import type { Course } from './course';

/*
 * The quiz data the browser loads, built in one place: served as static JSON files online, and the
 * same objects can be inlined into a page where fetch cannot work.
 */

/** One lesson's questions, their feedback links pointing into the lesson page itself. */
export function lessonQuizData({ headings, quizzes }: Course, slug: string): QuizData {
  const questions = (quizzes.get(slug) ?? []).map((question) => ({ ...question, lesson: slug }));
  return { questions: withSectionLinks(questions, headings.get(slug) ?? [], (section) => `#${section}`) };
}

/** Every question of the course, for the final exam; feedback links name the lesson they lead to. */
export function examBankData({ lessons, headings, quizzes }: Course, base: string): QuizData {
  const questions = lessons.flatMap((lesson) =>
    withSectionLinks(
      (quizzes.get(lesson.id) ?? []).map((question) => ({ ...question, lesson: lesson.id })),
      headings.get(lesson.id) ?? [],
      (slug) => `${lessonPath(base, lesson.id)}#${slug}`,
      ` in lesson ${lesson.data.order}`,
    ),
  );
  return { questions };
}
