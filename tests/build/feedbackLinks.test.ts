import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIST } from '../support/builds';

/*
 * Feedback links render only in the browser, after an answer is checked, so no link crawler sees them.
 * This reads the built question files and checks every link against the built lesson pages.
 */
interface LinkedQuestion {
  id: string;
  link: { href: string; text: string };
}

const idsOf = (lesson: string) =>
  new Set([...readFileSync(join(ROOT_DIST, 'lessons', lesson, 'index.html'), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
const lessons = readdirSync(join(ROOT_DIST, 'lessons'));
const read = (path: string) => (JSON.parse(readFileSync(join(ROOT_DIST, path), 'utf8')) as { questions: LinkedQuestion[] }).questions;

describe('every feedback link leads to a section that exists', () => {
  it.each(lessons)('the quiz of %s links into its own lesson', (lesson) => {
    const questions = read(`lessons/${lesson}/quiz.json`);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    const ids = idsOf(lesson);
    const broken = questions.filter((question) => !question.link.href.startsWith('#') || !ids.has(question.link.href.slice(1)));
    expect(broken.map((question) => `${question.id} → ${question.link.href}`)).toEqual([]);
  });

  it('the exam bank holds every question, each linking to its lesson and section', () => {
    const bank = read('quiz-bank.json');
    const perLesson = lessons.reduce((sum, lesson) => sum + read(`lessons/${lesson}/quiz.json`).length, 0);
    expect(bank).toHaveLength(perLesson);
    expect(bank.length).toBeGreaterThanOrEqual(48);
    const broken = bank.filter((question) => {
      const match = /^\/lessons\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(question.link.href);
      return !match || !lessons.includes(match[1]!) || !idsOf(match[1]!).has(match[2]!);
    });
    expect(broken.map((question) => `${question.id} → ${question.link.href}`)).toEqual([]);
  });
});
