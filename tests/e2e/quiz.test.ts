import { describe, expect, inject, it } from 'vitest';
import { quizLength } from '../../src/lib/quiz/quizDraw';
import { numberWord } from '../../src/lib/numberWords';
import { openPage, useBrowser, type PageOptions } from '../support/browser';
import { axeViolations } from '../support/axe';
import {
  answerAllRight,
  answerAndCheck,
  answerWithKeyboard,
  fetchQuiz,
  focusedText,
  openQuiz,
  questionOnScreen,
  startQuiz,
  tabUntil,
  LESSON_QUIZ,
} from '../support/quizDriver';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const LESSON = 'three-roles';
const RECORD_KEY = `digital-ecosystems:progress:quiz:${LESSON}`;

/** A fresh browser page on the lesson, its quiz hydrated, and the quiz's questions (answers included). */
async function lessonQuiz(options: PageOptions = {}) {
  const opened = await openPage(browser(), options);
  const questions = await fetchQuiz(siteUrl, LESSON);
  const quiz = await openQuiz(opened.page, `${siteUrl}lessons/${LESSON}/`);
  return { ...opened, questions, quiz };
}

describe('a lesson quiz, by keyboard only', () => {
  it('is readable before it starts: a sample draw of its pool, no answers', async () => {
    const { page, questions, quiz } = await lessonQuiz({ width: 390, height: 844 });
    expect(await quiz.locator('.quiz-preview > li').count()).toBe(quizLength(questions));
    expect(await quiz.locator('.quiz-preview-note').textContent()).toContain(
      `of the ${numberWord(questions.length)} questions this quiz draws from`,
    );
    expect(await quiz.locator('.quiz-intro').textContent()).toContain(
      `${quizLength(questions)} questions, drawn afresh for each attempt from ${questions.length}`,
    );
    expect(await quiz.locator('.quiz-scores').innerText()).toBe('Last score\nnone yet\nBest score\nnone yet');
    expect(await quiz.locator('.quiz-feedback, .verdict-label').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is completed with some wrong answers, explains each, retries the missed ones and keeps the best score', async () => {
    const { page, problems, questions, quiz } = await lessonQuiz();
    await page.locator('.activities').evaluate((element) => (element.previousElementSibling as HTMLElement | null)?.scrollIntoView());

    await tabUntil(page, `${LESSON_QUIZ} button.button`, 300);
    expect(await focusedText(page)).toBe('Start the quiz');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${quizLength(questions)}`);
    expect(await axeViolations(page)).toEqual([]);

    const wrongOnes = 3;
    for (let index = 0; index < quizLength(questions); index++) {
      const question = await questionOnScreen(page, questions);
      await answerWithKeyboard(page, question, index >= wrongOnes);
      await tabUntil(page, 'button.button', 5);
      expect(await focusedText(page)).toBe('Check answer');
      await page.keyboard.press('Enter');
      // Feedback: verdict in words, the explanation and a link to the section that teaches it.
      const feedback = quiz.locator('.quiz-feedback');
      await feedback.waitFor();
      expect(await feedback.locator('.quiz-verdict').textContent()).toContain(index >= wrongOnes ? 'Correct.' : 'Not quite.');
      expect(await feedback.textContent()).toContain(question.explanation);
      expect(await feedback.locator('a').getAttribute('href')).toBe(`#${question.section}`);
      expect(await page.locator('[aria-live="polite"]').last().textContent()).toContain(question.explanation);
      if (index === 0) expect(await axeViolations(page)).toEqual([]);
      // Focus moved to the button that goes on, and from there to the next question.
      await expect.poll(() => focusedText(page)).toBe(index === quizLength(questions) - 1 ? 'See your result' : 'Next question');
      await page.keyboard.press('Enter');
      if (index < quizLength(questions) - 1)
        await expect.poll(() => focusedText(page)).toBe(`Question ${index + 2} of ${quizLength(questions)}`);
    }

    await expect.poll(() => focusedText(page)).toBe('Your result');
    const total = quizLength(questions);
    expect(await quiz.locator('.quiz-score').textContent()).toContain(`You scored ${total - wrongOnes} of ${total}`);
    expect(await quiz.locator('.quiz-review > li.is-wrong').count()).toBe(wrongOnes);
    expect(await axeViolations(page)).toEqual([]);
    await quiz.getByRole('button', { name: 'Show feedback on every option' }).click();
    expect(await quiz.locator('.quiz-review .quiz-option-feedback').count()).toBeGreaterThan(total);
    expect(await axeViolations(page)).toEqual([]);

    // Retry only the missed ones: a practice round that leaves the scores alone.
    await quiz.getByRole('button', { name: `Retry only the ${wrongOnes} I missed` }).click();
    for (let index = 0; index < wrongOnes; index++) {
      await expect.poll(() => focusedText(page)).toBe(`Practice: question ${index + 1} of ${wrongOnes}`);
      await answerWithKeyboard(page, await questionOnScreen(page, questions), true);
      await tabUntil(page, 'button.button', 5);
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedText(page)).toMatch(/Next question|See your result/);
      await page.keyboard.press('Enter');
    }
    expect(await quiz.locator('.quiz-score').textContent()).toContain(`Practice round: ${wrongOnes} of ${wrongOnes}`);

    await page.reload();
    await openQuiz(page, `${siteUrl}lessons/${LESSON}/`);
    const score = `${total - wrongOnes} of ${total} (${Math.floor(((total - wrongOnes) / total) * 100)} %)`;
    await expect.poll(() => quiz.locator('.quiz-scores').innerText()).toBe(`Last score\n${score}\nBest score\n${score}`);
    expect(problems).toEqual([]);
  });

  it('resumes an unfinished attempt after a reload, answers kept', async () => {
    const { page, questions, quiz } = await lessonQuiz();
    await startQuiz(page, quiz, quizLength(questions));
    const first = await answerAndCheck(page, questions, true);
    await quiz.getByRole('button', { name: 'Next question' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Question 2 of ${quizLength(questions)}`);
    const second = await questionOnScreen(page, questions);
    await page.reload();
    await openQuiz(page, `${siteUrl}lessons/${LESSON}/`);
    await quiz.locator('.quiz-question').waitFor();
    expect(await quiz.locator('.quiz-progress h3').textContent()).toBe(`Question 2 of ${quizLength(questions)}`);
    expect((await questionOnScreen(page, questions)).id).toBe(second.id);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY))!);
    expect(Object.keys(saved.current.answers)).toEqual([first.id]);
  });

  it('marks a passed quiz in the lesson navigation and on the home page, without Preact there', async () => {
    const { page, questions, quiz } = await lessonQuiz();
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await answerAllRight(page, questions);
    expect(await quiz.locator('.quiz-score').textContent()).toContain('Passed');
    // The mark appears at once on this page…
    await expect.poll(() => page.locator(`.sidebar a[data-lesson="${LESSON}"]`).getAttribute('class')).toContain('quiz-passed');
    expect(await page.locator(`.sidebar a[data-lesson="${LESSON}"]`).textContent()).toMatch(/\((read, )?quiz passed\)/);
    // …and on the home page, which has no island.
    await page.goto(siteUrl);
    expect(await page.locator(`.path a[data-lesson="${LESSON}"]`).getAttribute('class')).toContain('quiz-passed');
    expect(await page.locator('astro-island').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a feedback link leads to the section that teaches the answer', async () => {
    const { page, questions, quiz } = await lessonQuiz();
    await startQuiz(page, quiz, quizLength(questions));
    const question = await answerAndCheck(page, questions, false);
    await quiz.locator('.quiz-feedback a').click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${question.section}`);
    expect(await page.locator(`h2#${question.section}, h3#${question.section}`).count()).toBe(1);
  });
});

describe('layout while the quiz comes to life', () => {
  it('hydrating and reading saved progress shift nothing on screen, for the quiz and for the game above it', async () => {
    const { page } = await openPage(browser(), { width: 390, height: 844 });
    await page.goto(siteUrl);
    await page.evaluate((recordKey) => {
      localStorage.setItem(
        recordKey,
        JSON.stringify({ v: 1, attempts: 3, last: { score: 7, total: 12, at: 1 }, best: { score: 11, total: 12, at: 2 }, answers: {} }),
      );
      const played = { score: 14, total: 16, seconds: 92, at: 3 };
      localStorage.setItem('digital-ecosystems:progress:game:roles', JSON.stringify({ v: 1, plays: 2, last: played, best: played }));
    }, RECORD_KEY);
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${siteUrl}lessons/${LESSON}/`);
    for (const [activity, saved] of [
      ['.activity-game', '14 of 16 in 1 min 32 s'],
      [LESSON_QUIZ, '11 of 12 (91 %) · passed'],
    ] as const) {
      // Bring the score rows themselves into view: that is where a shift would show.
      const scores = page.locator(`${activity} .quiz-scores`);
      await scores.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.waitForSelector(`${activity} astro-island:not([ssr])`);
      await expect.poll(() => scores.innerText()).toContain(saved);
    }
    // Observe until the scores have been painted and the page has gone idle: a shift is reported with the frame that shows it.
    await page.evaluate(
      () => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(settled)))),
    );
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  });

  it('a question and its feedback fit a 320 px screen without sideways scrolling', async () => {
    const { page } = await openPage(browser(), { width: 320, height: 700 });
    const questions = await fetchQuiz(siteUrl, 'three-types');
    const quiz = await openQuiz(page, `${siteUrl}lessons/three-types/`);
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    for (let index = 0; index < quizLength(questions); index++) {
      await expect.poll(() => focusedText(page)).toBe(`Question ${index + 1} of ${quizLength(questions)}`);
      await answerAndCheck(page, questions, false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await quiz.getByRole('button', { name: /Next question|See your result/ }).click();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

describe('reviewing the last attempt', () => {
  it('after a reload, the last attempt can be reviewed, then retried', async () => {
    const opened = await lessonQuiz();
    const { page, questions } = opened;
    let quiz = opened.quiz;
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await answerAllRight(page, questions);
    await quiz.locator('.quiz-score').waitFor();
    await page.reload();
    quiz = await openQuiz(page, `${siteUrl}lessons/${LESSON}/`);
    await quiz.getByRole('button', { name: 'Review your last attempt' }).click();
    await expect.poll(() => focusedText(page)).toBe('Your last attempt');
    expect(await quiz.locator('.quiz-review > li.is-correct').count()).toBe(quizLength(questions));
    expect(await axeViolations(page)).toEqual([]);
    await quiz.getByRole('button', { name: 'Retry all questions' }).click();
    await answerAllRight(page, questions);
    await expect.poll(() => focusedText(page)).toBe('Your result');
  });
});
