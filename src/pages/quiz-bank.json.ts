import type { APIRoute } from 'astro';
import { getCourse } from '../data/course';
import { lessonPath } from '../lib/paths';
import { withSectionLinks } from '../lib/quiz/sectionLinks';

/**
 * The whole question bank as a static JSON file, fetched by the final exam when it starts. Keeping it
 * out of the exam page's island props keeps that page as light as a lesson until the learner begins.
 */
export const GET: APIRoute = async () => {
  const { lessons, headings, quizzes } = await getCourse();
  const base = import.meta.env.BASE_URL;
  const questions = lessons.flatMap((lesson) =>
    withSectionLinks(
      (quizzes.get(lesson.id) ?? []).map((question) => ({ ...question, lesson: lesson.id })),
      headings.get(lesson.id) ?? [],
      (slug) => `${lessonPath(base, lesson.id)}#${slug}`,
      ` in lesson ${lesson.data.order}`,
    ),
  );
  return new Response(JSON.stringify({ questions }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
