import { describe, expect, inject, it } from 'vitest';
import { quizLength } from '../../src/lib/quiz/quizDraw';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { answerAllRight, fetchQuiz, LESSON_QUIZ, openQuiz } from '../support/quizDriver';

/*
 * Saved progress that is broken, foreign, from the future, or cannot be saved at all: the page must
 * never go blank, the learner is told plainly, and the score just earned stays on the page.
 */
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const LESSON = 'five-characteristics';
const lessonUrl = `${siteUrl}lessons/${LESSON}/`;
const key = (lesson: string) => `digital-ecosystems:progress:quiz:${lesson}`;

async function seed(page: Page, entries: Record<string, string>) {
  await page.goto(siteUrl);
  await page.evaluate((items) => Object.entries(items).forEach(([name, value]) => localStorage.setItem(name, value)), entries);
}

async function finishQuiz(page: Page) {
  const questions = await fetchQuiz(siteUrl, LESSON);
  await page.getByRole('button', { name: /Start the quiz|Retry all questions/ }).click();
  await answerAllRight(page, questions);
  const score = page.locator('.quiz-score');
  await score.waitFor();
  expect(await score.textContent()).toContain(`You scored ${quizLength(questions)} of ${quizLength(questions)}`);
}

describe('saved progress that cannot be trusted', () => {
  it("keeps what is valid, drops what is not, says so once, and leaves other apps' data alone", async () => {
    const { page, problems } = await openPage(browser());
    await seed(page, {
      [key(LESSON)]: JSON.stringify({
        v: 1,
        attempts: 'lots',
        best: { score: 9, total: 12, at: 1 },
        answers: { 'traits-data-what-for': { evil: true } },
      }),
      [key('three-types')]: '}{ not json',
      'digital-ecosystems:theme': '<script>alert(1)</script>',
      'another-app:settings': '{"keep":"me"}',
    });
    const quiz = await openQuiz(page, lessonUrl);
    await expect.poll(() => quiz.locator('.quiz-notice').textContent()).toContain('could not be read, so it was reset');
    expect(await quiz.locator('.quiz-scores').innerText()).toBe('Last score\nnone yet\nBest score\n9 of 12 (75 %)');
    expect(await axeViolations(page)).toEqual([]);
    const stored = await page.evaluate(
      (keys) => keys.map((name) => localStorage.getItem(name)),
      [key(LESSON), key('three-types'), 'another-app:settings'],
    );
    // Upgraded to version 3 on the way: the valid parts kept, the unreadable answer dropped.
    expect(JSON.parse(stored[0]!)).toEqual({
      v: 3,
      history: [],
      earlier: 0,
      best: { score: 9, total: 12, at: 1 },
      lastAttempt: { id: 'v1', order: ['traits-data-what-for'], answers: {} },
    });
    expect(stored[1]).toBeNull();
    expect(stored[2]).toBe('{"keep":"me"}');
    // Told once: after the repair there is nothing left to complain about.
    await page.reload();
    await openQuiz(page, lessonUrl);
    expect(await page.locator(`${LESSON_QUIZ} .quiz-notice`).count()).toBe(0);
    await finishQuiz(page);
    expect(problems).toEqual([]);
  });

  it('data from a newer version of the site is never overwritten; the quiz runs in memory with a notice', async () => {
    const { page, problems } = await openPage(browser());
    const newer = JSON.stringify({ v: 7, somethingNew: [1, 2, 3] });
    await seed(page, { [key(LESSON)]: newer });
    const quiz = await openQuiz(page, lessonUrl);
    await expect.poll(() => quiz.locator('.quiz-notice').textContent()).toContain('written by a newer version of this course');
    await finishQuiz(page);
    expect(await page.evaluate((name) => localStorage.getItem(name), key(LESSON))).toBe(newer);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('digital-ecosystems:progress:')).length),
    ).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('storage that cannot be used', () => {
  it('blocked storage: a notice, the quiz still works, and the score stays on the page', async () => {
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const quiz = await openQuiz(page, lessonUrl);
    await expect.poll(() => quiz.locator('.quiz-notice').textContent()).toContain('not letting this site save anything');
    expect(await axeViolations(page)).toEqual([]);
    await finishQuiz(page);
    expect(await quiz.locator('.quiz-notice').textContent()).toContain('kept only while this page is open');
    expect(problems).toEqual([]);
  });

  it('full storage: a notice, and the score just earned is not lost from the page', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(siteUrl);
    // Fill this origin's storage to the brim, as years of other apps on a shared host might.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let index = 0; chunk.length > 0;) {
        try {
          localStorage.setItem(`filler-${index++}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    const quiz = await openQuiz(page, lessonUrl);
    await expect.poll(() => quiz.locator('.quiz-notice').textContent()).toContain('storage for this site is full');
    await finishQuiz(page);
    expect(await quiz.locator('.quiz-best').textContent()).toContain('Your best so far');
    expect(problems).toEqual([]);
  });
});

describe('when the island itself fails', () => {
  it('a crash at run time leaves the questions readable, with a short message', async () => {
    const { page, problems } = await openPage(browser());
    // A questions file the runner cannot make sense of (as a half-deployed update might serve).
    await page.route('**/quiz.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ questions: [{ id: 'x', type: 'mystery', prompt: 'simulated crash' }] }),
      }),
    );
    const quiz = await openQuiz(page, lessonUrl);
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await expect.poll(() => quiz.locator('[role="alert"]').textContent()).toContain('the interactive quiz stopped working');
    expect(await quiz.locator('.quiz-preview > li').count()).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    // The crash is reported to the console for whoever investigates, and nothing else went wrong.
    expect(problems.filter((problem) => !problem.includes('The interactive quiz stopped working'))).toEqual([]);
  });

  it('questions that cannot be fetched: a message, and Start can be tried again', async () => {
    const { page } = await openPage(browser());
    let failing = true;
    await page.route('**/quiz.json', (route) => (failing ? route.abort('internetdisconnected') : route.continue()));
    const quiz = await openQuiz(page, lessonUrl);
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await expect.poll(() => quiz.locator('[role="alert"]').textContent()).toContain('could not be loaded');
    failing = false;
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await quiz.locator('.quiz-question').waitFor();
  });
});
