import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawExam, EXAM_LENGTH } from '../../src/lib/quiz/examDraw';
import { drawQuiz, QUIZ_LENGTH } from '../../src/lib/quiz/quizDraw';
import type { QuizData } from '../../src/lib/quiz/quizData';
import { ROOT_DIST } from '../support/builds';
import { lessonSlugs } from '../support/course';

/*
 * The draws, run over the course as built: a lesson quiz must test every objective of its lesson and the
 * exam every lesson, and neither may ask two questions on the same fact, whatever the draw number.
 */
const read = (path: string) => (JSON.parse(readFileSync(join(ROOT_DIST, path), 'utf8')) as QuizData).questions;
const SEEDS = Array.from({ length: 400 }, (_, index) => 1 + index * 2477);

describe.each(lessonSlugs())('the quiz of %s', (lesson) => {
  const pool = read(`lessons/${lesson}/quiz.json`);
  const objectives = new Set(pool.map((question) => question.objective));

  it(`has a pool larger than a quiz, every objective tested at least twice`, () => {
    expect(pool.length).toBeGreaterThan(QUIZ_LENGTH);
    for (const objective of objectives)
      expect(pool.filter((question) => question.objective === objective).length).toBeGreaterThanOrEqual(2);
  });

  it(`draws ${QUIZ_LENGTH} questions covering every objective, with no fact twice, for every draw number`, () => {
    for (const seed of SEEDS) {
      const drawn = drawQuiz(pool, seed);
      expect(drawn).toHaveLength(QUIZ_LENGTH);
      expect(new Set(drawn.map((question) => question.fact)).size).toBe(QUIZ_LENGTH);
      expect(new Set(drawn.map((question) => question.objective))).toEqual(objectives);
    }
  });
});

describe('the final exam', () => {
  const bank = read('quiz-bank.json');

  it(`draws ${EXAM_LENGTH} questions from every lesson, with no fact twice, for every draw number`, () => {
    for (const seed of SEEDS) {
      const drawn = drawExam(bank, seed);
      expect(drawn).toHaveLength(EXAM_LENGTH);
      expect(new Set(drawn.map((question) => question.fact)).size).toBe(EXAM_LENGTH);
      expect([...new Set(drawn.map((question) => question.lesson))].sort()).toEqual(lessonSlugs());
    }
  });
});
