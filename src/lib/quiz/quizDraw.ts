import { seededRandom } from './random';
import { shuffle } from './shuffle';
import type { BankQuestion } from './quizData';

/** How many questions a lesson quiz asks from its pool. */
export const QUIZ_LENGTH = 10;

type Drawable = Pick<BankQuestion, 'id' | 'objective' | 'fact'>;

/**
 * Draws a lesson quiz from its pool, reproducibly from `seed`: first one question for each objective
 * (so every objective is tested), then the rest at random, never two questions with the same fact (two
 * ways of asking one thing would give each other away). Returns the pool's questions in drawn order.
 */
export function drawQuiz<T extends Drawable>(pool: readonly T[], seed: number, length = QUIZ_LENGTH): T[] {
  const shuffled = shuffle(pool, seededRandom(seed));
  const drawn: T[] = [];
  const facts = new Set<string>();
  const take = (question: T) => {
    drawn.push(question);
    facts.add(question.fact);
  };
  const fits = (question: T) => !drawn.includes(question) && !facts.has(question.fact);
  // Objectives in the order their first question appears in the shuffle, so no objective is always first.
  const objectives = [...new Set(shuffled.map((question) => question.objective))];
  for (const objective of objectives) {
    const question = shuffled.find((candidate) => candidate.objective === objective && fits(candidate));
    if (question && drawn.length < length) take(question);
  }
  for (const question of shuffled) if (drawn.length < length && fits(question)) take(question);
  return drawn;
}

/** How many questions a quiz from this pool asks: the quiz length, or fewer when the pool tests fewer facts. */
export function quizLength(pool: readonly Drawable[], length = QUIZ_LENGTH): number {
  return Math.min(length, new Set(pool.map((question) => question.fact)).size);
}

/** What is wrong with a pool for drawing quizzes of `length`, in words for the author (empty when nothing is). */
export function poolProblems(pool: readonly Drawable[], length = QUIZ_LENGTH): string[] {
  const objectives = new Set(pool.map((question) => question.objective));
  return objectives.size > length ? [`${objectives.size} objectives cannot each be tested in a quiz of ${length} questions`] : [];
}
