import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { assertLessonOrder, sortLessons } from '../lib/course';
import { assertNoProblems, coverageProblems, type LessonHeadings } from '../lib/content/crossChecks';

export interface Course {
  lessons: CollectionEntry<'lessons'>[];
  headings: ReadonlyMap<string, MarkdownHeading[]>;
  coverage: CollectionEntry<'coverage'>['data'][];
}

async function loadCourse(): Promise<Course> {
  const lessons = sortLessons(await getCollection('lessons'));
  assertLessonOrder(lessons);
  const headings = new Map<string, MarkdownHeading[]>();
  for (const lesson of lessons) headings.set(lesson.id, (await render(lesson)).headings);
  const headingIds: LessonHeadings = new Map([...headings].map(([id, list]) => [id, new Set(list.map((heading) => heading.slug))]));
  const coverage = (await getCollection('coverage')).map((entry) => entry.data);
  assertNoProblems(coverageProblems(coverage, headingIds), 'content/coverage.yaml');
  return { lessons, headings, coverage };
}

let loaded: Promise<Course> | undefined;

/**
 * The whole course, loaded once per build and checked across files: lesson order, and every
 * link from the coverage map into a lesson section. Every page goes through this, so a broken
 * cross-reference stops the build whichever page is rendered first.
 */
export function getCourse(): Promise<Course> {
  loaded ??= loadCourse();
  return loaded;
}
