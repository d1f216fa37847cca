import type { TeachLesson } from '../lib/teach/builder';
import { getCourse } from './course';

/**
 * What the teachers' pages know of the course beyond the bank: each lesson's title and objective texts (to
 * filter by and to name what a class missed). A few hundred bytes, so props rather than another JSON file.
 */
export async function teachOutline(): Promise<TeachLesson[]> {
  const { lessons } = await getCourse();
  return lessons.map((lesson) => ({
    id: lesson.id,
    title: lesson.data.title,
    objectives: lesson.data.objectives.map((objective) => ({ id: objective.id, text: objective.text })),
  }));
}
