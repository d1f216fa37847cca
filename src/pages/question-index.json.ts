import type { APIRoute } from 'astro';
import { getCourse } from '../data/course';
import { jsonResponse } from '../data/jsonResponse';

/**
 * The append-only question index (content/question-index.yaml) for the browser: entry n is question
 * number n, as assignment links name questions. Loaded with the bank (/quiz-bank.json) by the teachers'
 * pages and the learner's assignment page, never by lessons.
 */
export const GET: APIRoute = async () => jsonResponse((await getCourse()).questionIndex);
