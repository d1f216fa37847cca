/** The minimum a lesson needs for ordering and navigation; real entries carry more. */
export interface LessonRef {
  id: string;
  data: { order: number; title: string };
}

/** Lessons in learning-path order. */
export function sortLessons<T extends LessonRef>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

/**
 * Problems with the course's lesson order, one human-readable line each: every `order`
 * must be unique and together they must run 1..n, so the path has no gaps or ties.
 */
export function lessonOrderProblems(lessons: readonly LessonRef[]): string[] {
  const problems: string[] = [];
  const byOrder = new Map<number, string[]>();
  for (const lesson of lessons) {
    byOrder.set(lesson.data.order, [...(byOrder.get(lesson.data.order) ?? []), lesson.id]);
  }
  for (const [order, ids] of byOrder) {
    if (ids.length > 1) problems.push(`order ${order} is used by ${ids.join(', ')}: each lesson needs its own position`);
    if (order > lessons.length)
      problems.push(
        `${ids.join(', ')}: order ${order} leaves a gap (there are ${lessons.length} lessons, so orders run 1..${lessons.length})`,
      );
  }
  return problems;
}

/** Throws one error listing every ordering problem, so the build stops with a clear message. */
export function assertLessonOrder(lessons: readonly LessonRef[]): void {
  const problems = lessonOrderProblems(lessons);
  if (problems.length > 0) {
    throw new Error(`content/lessons: the lesson order is broken:\n  - ${problems.join('\n  - ')}`);
  }
}

/** The lessons before and after `id` in the learning path (undefined at either end). */
export function neighbours<T extends LessonRef>(lessons: readonly T[], id: string): { previous?: T; next?: T } {
  const sorted = sortLessons(lessons);
  const index = sorted.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  const result: { previous?: T; next?: T } = {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
