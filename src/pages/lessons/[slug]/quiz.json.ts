import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../../data/course';
import { lessonQuizData } from '../../../data/quizData';
import { jsonResponse } from '../../../data/jsonResponse';

/**
 * A lesson's quiz as a static JSON file, fetched by the quiz island when the learner starts (or when
 * the browser is idle). The page itself carries only the readable preview, so its HTML stays small
 * enough to arrive in the first round trip.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { quizzes } = await getCourse();
  return [...quizzes.keys()].map((slug) => ({ params: { slug } }));
};

export const GET: APIRoute = async ({ params }) => jsonResponse(lessonQuizData(await getCourse(), params['slug']!));
