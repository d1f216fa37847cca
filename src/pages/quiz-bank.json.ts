import type { APIRoute } from 'astro';
import { getCourse } from '../data/course';
import { examBankData } from '../data/quizData';
import { jsonResponse } from '../data/jsonResponse';

/**
 * The whole question bank as a static JSON file, fetched by the final exam when it starts. Keeping it
 * out of the exam page's island props keeps that page as light as a lesson until the learner begins.
 */
export const GET: APIRoute = async () => jsonResponse(examBankData(await getCourse(), import.meta.env.BASE_URL));
