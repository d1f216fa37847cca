import { seededRandom } from './random';
import { shuffle } from './shuffle';
import type { BankQuestion } from './quizData';

/** How many questions the final exam asks. */
export const EXAM_LENGTH = 15;

/**
 * Draws the exam from the whole bank, reproducibly from `seed`. The draw is spread across lessons
 * (as evenly as the count allows, the extra questions going to lessons picked at random), so no
 * lesson is left out of an exam by chance; then the questions are shuffled together.
 */
export function drawExam<T extends BankQuestion>(bank: readonly T[], seed: number, count = EXAM_LENGTH): T[] {
  const random = seededRandom(seed);
  const byLesson = new Map<string, T[]>();
  for (const question of bank) byLesson.set(question.lesson, [...(byLesson.get(question.lesson) ?? []), question]);
  const lessons = shuffle([...byLesson.keys()].sort(), random);
  const pools = new Map(lessons.map((lesson) => [lesson, shuffle(byLesson.get(lesson)!, random)]));
  const drawn: T[] = [];
  // Round-robin over the shuffled lessons: each lesson gives one question per round until enough are drawn.
  while (drawn.length < Math.min(count, bank.length)) {
    for (const lesson of lessons) {
      const next = pools.get(lesson)!.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return shuffle(drawn, random);
}
