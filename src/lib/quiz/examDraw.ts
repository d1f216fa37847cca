import { seededRandom } from './random';
import { shuffle } from './shuffle';
import type { BankQuestion } from './quizData';

/** How many questions the final exam asks. */
export const EXAM_LENGTH = 15;

type Drawable = Pick<BankQuestion, 'id' | 'lesson' | 'fact'>;

/**
 * Draws the exam from the whole bank, reproducibly from `seed`. The draw is spread across lessons
 * (as evenly as the count allows, the extra questions going to lessons picked at random), so no
 * lesson is left out of an exam by chance, and never holds two questions on the same fact (lessons
 * share some facts); then the questions are shuffled together.
 */
export function drawExam<T extends Drawable>(bank: readonly T[], seed: number, count = EXAM_LENGTH): T[] {
  const random = seededRandom(seed);
  const byLesson = new Map<string, T[]>();
  for (const question of bank) byLesson.set(question.lesson, [...(byLesson.get(question.lesson) ?? []), question]);
  const lessons = shuffle([...byLesson.keys()].sort(), random);
  const pools = lessons.map((lesson) => shuffle(byLesson.get(lesson)!, random));
  const drawn: T[] = [];
  const facts = new Set<string>();
  // Round-robin over the shuffled lessons: each lesson gives its next question with a new fact, until enough are drawn.
  while (drawn.length < count && pools.some((pool) => pool.length > 0)) {
    for (const pool of pools) {
      let next = pool.shift();
      while (next && facts.has(next.fact)) next = pool.shift();
      if (next && drawn.length < count) {
        drawn.push(next);
        facts.add(next.fact);
      }
    }
  }
  return shuffle(drawn, random);
}
