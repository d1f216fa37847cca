import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { lessonSlugs } from '../support/course';
import { answerWithKeyboard, focusedText, questionOnScreen } from '../support/quizDriver';
import { EXAM_LENGTH } from '../../src/lib/quiz/examDraw';
import type { QuizData, QuizQuestion } from '../../src/lib/quiz/quizData';
import { isPassing } from '../../src/lib/quiz/passMark';
import { formatScore } from '../../src/lib/quiz/scoring';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

async function openExam(page: Page, query = '') {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${siteUrl}exam/${query}`);
  await page.waitForSelector('astro-island:not([ssr])');
  return requests;
}

async function bank(): Promise<QuizQuestion[]> {
  return ((await (await fetch(`${siteUrl}quiz-bank.json`)).json()) as QuizData).questions;
}

const HEADING = '#exam-final-exam-heading';

async function startDraw(page: Page, draw: number) {
  await page.getByLabel(/Draw number/).fill(String(draw));
  await page.getByRole('button', { name: `Start draw ${draw}` }).click();
  await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${EXAM_LENGTH}`);
}

describe('the final exam', () => {
  it('fetches no questions until the learner starts', async () => {
    const { page, problems } = await openPage(browser());
    const requests = await openExam(page);
    expect(requests.filter((path) => path.endsWith('.json'))).toEqual([]);
    expect(await page.locator('.quiz-scores').innerText()).toBe('Last score\nnone yet\nBest score\nnone yet');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('draws its questions from every lesson, gives no feedback until submitted, then reviews them all', async () => {
    const { page, problems } = await openPage(browser());
    const questions = await bank();
    await openExam(page);
    await startDraw(page, 4242);
    expect(await page.locator(HEADING).textContent()).toBe('Final exam · draw 4242');
    expect(await axeViolations(page)).toEqual([]);
    const lessons = new Set<string>();
    for (let index = 0; index < EXAM_LENGTH; index++) {
      await expect.poll(() => focusedText(page)).toBe(`Question ${index + 1} of ${EXAM_LENGTH}`);
      const question = (await questionOnScreen(page, questions)) as QuizQuestion;
      lessons.add(question.lesson);
      // Leave the last question unanswered; get two wrong on purpose.
      if (index < EXAM_LENGTH - 1) await answerWithKeyboard(page, question, index >= 2);
      expect(await page.locator('.quiz-feedback, .verdict-label').count()).toBe(0);
      if (index === 1) {
        // Going back keeps the answer given.
        await page.getByRole('button', { name: 'Previous' }).click();
        await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${EXAM_LENGTH}`);
        expect(await page.locator('.quiz-hint').first().textContent()).toContain(`2 of ${EXAM_LENGTH} answered`);
        await page.getByRole('button', { name: 'Next question' }).click();
        await expect.poll(() => focusedText(page)).toBe(`Question 2 of ${EXAM_LENGTH}`);
      }
      if (index < EXAM_LENGTH - 1) await page.getByRole('button', { name: 'Next question' }).click();
    }
    expect([...lessons].sort()).toEqual(lessonSlugs());
    await page.getByRole('button', { name: 'Submit the exam' }).click();
    expect(await page.locator('.quiz-confirm').textContent()).toContain('1 question is still unanswered');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit anyway' }).click();
    await expect.poll(() => focusedText(page)).toBe('Your result');
    const score = { score: EXAM_LENGTH - 3, total: EXAM_LENGTH };
    expect(await page.locator('.quiz-score').textContent()).toContain(
      `You scored ${formatScore(score)}. ${isPassing(score) ? 'Passed' : 'Not passed yet'}`,
    );
    expect(await page.locator('.quiz-review > li').count()).toBe(EXAM_LENGTH);
    expect(await page.locator('.quiz-review > li.is-wrong').count()).toBe(3);
    expect(await page.getByRole('link', { name: 'take draw 4242 again' }).getAttribute('href')).toBe('?draw=4242');
    // Links in the review lead to the lesson sections that teach each answer.
    const href = await page.locator('.quiz-review a').first().getAttribute('href');
    expect(href).toMatch(/^\/lessons\/[a-z-]+\/#[a-z0-9-]+$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the same draw number gives the same exam, and a link can carry it', async () => {
    const firstPrompts: string[] = [];
    for (const query of ['', '?draw=4242']) {
      const { page } = await openPage(browser());
      await openExam(page, query);
      if (query) {
        await expect.poll(() => page.getByLabel(/Draw number/).inputValue()).toBe('4242');
        await page.getByRole('button', { name: 'Start draw 4242' }).click();
        await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${EXAM_LENGTH}`);
      } else {
        await startDraw(page, 4242);
      }
      firstPrompts.push((await page.locator('.quiz-question legend').textContent())!);
    }
    expect(firstPrompts[0]).toBe(firstPrompts[1]);
  });

  it('explains a draw number that cannot be one, typed or from a link', async () => {
    const { page } = await openPage(browser());
    await openExam(page, '?draw=0x1F');
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('whole number from 1 to 999999');
    expect(await page.getByRole('button', { name: 'Start the exam' }).count()).toBe(1);
    await page.getByLabel(/Draw number/).fill('12ab');
    expect(await page.locator('.field-error').textContent()).toContain('whole number from 1 to 999999');
    expect(await page.getByLabel(/Draw number/).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('resumes an unfinished exam after a reload', async () => {
    const { page } = await openPage(browser());
    const questions = await bank();
    await openExam(page);
    await startDraw(page, 99);
    const first = await questionOnScreen(page, questions);
    await answerWithKeyboard(page, first, true);
    await page.getByRole('button', { name: 'Next question' }).click();
    // The move is saved in the same effect that focuses the next question: wait for it, as a learner would.
    await expect.poll(() => focusedText(page)).toBe(`Question 2 of ${EXAM_LENGTH}`);
    await page.reload();
    await page.waitForSelector('.quiz-question');
    expect(await page.locator(HEADING).textContent()).toBe('Final exam · draw 99');
    expect(await page.locator('.quiz-progress h3').textContent()).toBe(`Question 2 of ${EXAM_LENGTH}`);
    expect(await page.locator('.quiz-hint').first().textContent()).toContain(`1 of ${EXAM_LENGTH} answered`);
  });

  it('a practice round of the missed questions still belongs to its draw after a reload (the exam-draw bug)', async () => {
    const { page, problems } = await openPage(browser());
    const questions = await bank();
    // Open /exam/?draw=4242, answer, submit, press "Practise the … I missed", reload.
    await openExam(page, '?draw=4242');
    await page.getByRole('button', { name: 'Start draw 4242' }).click();
    for (let index = 0; index < EXAM_LENGTH; index++) {
      await expect.poll(() => focusedText(page)).toBe(`Question ${index + 1} of ${EXAM_LENGTH}`);
      await answerWithKeyboard(page, await questionOnScreen(page, questions), false);
      if (index < EXAM_LENGTH - 1) await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.getByRole('button', { name: 'Submit the exam' }).click();
    await expect.poll(() => focusedText(page)).toBe('Your result');
    await page.getByRole('button', { name: `Practise the ${EXAM_LENGTH} I missed` }).click();
    await expect.poll(() => focusedText(page)).toBe(`Practice: question 1 of ${EXAM_LENGTH}`);
    await page.reload();
    await page.waitForSelector('.quiz-question');
    expect(await page.locator(HEADING).textContent()).toBe('Final exam · draw 4242');
    expect(await page.locator('.quiz-progress h3').textContent()).toBe(`Practice: question 1 of ${EXAM_LENGTH}`);
    // Finish the practice round: its result still links to the same exam. (A resumed round leaves focus
    // where the reload put it, so start from the question's heading, as a keyboard user would.)
    await page.locator('.quiz-progress h3').focus();
    for (let index = 0; index < EXAM_LENGTH; index++) {
      await expect.poll(() => focusedText(page)).toBe(`Practice: question ${index + 1} of ${EXAM_LENGTH}`);
      await answerWithKeyboard(page, await questionOnScreen(page, questions), true);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.getByRole('button', { name: /Next question|See your result/ }).click();
    }
    await expect.poll(() => focusedText(page)).toBe('Practice round finished');
    expect(await page.locator(HEADING).textContent()).toBe('Final exam · draw 4242');
    expect(await page.getByRole('link', { name: 'take draw 4242 again' }).getAttribute('href')).toBe('?draw=4242');
    expect(problems).toEqual([]);
  });
});
