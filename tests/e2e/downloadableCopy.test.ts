import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser';
import { axeViolations } from '../support/axe';
import { lessonsInOrder, deckLessons } from '../support/course';
import { unpackCopy } from '../support/downloadableCopy';
import { answerAllRight, focusedText, LESSON_QUIZ, startQuiz } from '../support/quizDriver';
import { bucketButton, cardOnTop, expectCard, startGame } from '../support/gameDriver';
import type { QuizQuestion } from '../../src/lib/quiz/quizData';
import type { GameDeck } from '../../src/lib/game/deck';
import { quizLength } from '../../src/lib/quiz/quizDraw';
import { formatScore } from '../../src/lib/quiz/scoring';
import { EXAM_LENGTH } from '../../src/lib/quiz/examDraw';

/*
 * The downloadable copy as a learner uses it: the zip the online site offers, unpacked (with fflate, as it was
 * packed) into a folder whose name has a space and an accent, opened from disk by its index.html, and used by
 * clicking links. Chromium refuses module scripts and fetch() there, and gives every file of the folder one
 * localStorage, so progress carries from page to page.
 */

const browser = useBrowser();
let scratch: string;
let copy: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'course-copy-'));
  const folder = join(scratch, 'Cours numérique 1');
  mkdirSync(folder);
  copy = unpackCopy(folder);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const fileUrl = (path: string) => pathToFileURL(join(copy, path)).href;

/** What a page carries inline for its islands, by the URL they ask for (the copy cannot fetch). */
const inlineData = <T>(page: Page, source: string) =>
  page.evaluate((url) => JSON.parse(document.querySelector(`script[data-source="${url}"]`)!.textContent!) as unknown, source) as Promise<T>;

/** Follows a link as the learner does, and waits for the page it opens. */
async function follow(page: Page, name: string | RegExp, scope = 'body'): Promise<void> {
  const from = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== from), page.locator(scope).getByRole('link', { name }).first().click()]);
}

describe('the downloadable copy, opened from a folder', () => {
  it('is used by clicking: a lesson, its quiz finished and still there after a reload, then My progress shows it', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(fileUrl('index.html'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('main').textContent()).toContain('This is the downloadable copy of the course');

    const first = lessonsInOrder()[0]!;
    await follow(page, 'Start with lesson 1');
    expect(page.url()).toBe(fileUrl(`lessons/${first}/index.html`));
    expect(await axeViolations(page)).toEqual([]);

    const quiz = page.locator(LESSON_QUIZ);
    await quiz.scrollIntoViewIfNeeded();
    await page.waitForSelector(`${LESSON_QUIZ} astro-island:not([ssr])`);
    const { questions } = await inlineData<{ questions: QuizQuestion[] }>(page, 'quiz.json');
    const total = quizLength(questions);
    await startQuiz(page, quiz, total);
    await answerAllRight(page, questions);
    await expect.poll(() => focusedText(page)).toBe('Your result');
    expect(await quiz.locator('.quiz-score').textContent()).toContain(`You scored ${total} of ${total}`);
    expect(await axeViolations(page)).toEqual([]);

    const best = formatScore({ score: total, total });
    await page.reload();
    await page.locator(LESSON_QUIZ).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${LESSON_QUIZ} astro-island:not([ssr])`);
    await expect.poll(() => page.locator(`${LESSON_QUIZ} .quiz-scores`).innerText()).toContain(`Best score\n${best} · passed`);

    await follow(page, 'My progress', '.site-nav');
    expect(page.url()).toBe(fileUrl('progress/index.html'));
    const card = page.locator('.progress-lesson').first();
    await expect.poll(() => card.locator('.progress-facts').innerText()).toContain(`Best score\n${best} · passed`);
    // Reaching the end of the lesson marked it read (a lazily loaded script, inside the one classic script here).
    expect(await card.locator('.progress-read').textContent()).toMatch(/^Read on /);
    // Its links lead back into the copy, to files.
    expect(await card.getByRole('link', { name: 'Quiz' }).getAttribute('href')).toMatch(/^\.\.\/lessons\/[^/]+\/index\.html#/);

    await follow(page, 'Review', 'main');
    expect(page.url()).toBe(fileUrl('review/index.html'));
    await page.waitForSelector('astro-island:not([ssr])');
    // And the home page, which has no island, marks the lesson's steps done.
    await follow(page, 'Course', '.site-nav');
    expect(page.url()).toBe(fileUrl('index.html'));
    await expect.poll(() => page.locator(`[data-lesson-steps="${first}"] [data-step="quiz"]`).getAttribute('class')).toContain('is-done');
    expect(problems).toEqual([]);
  });

  it('plays a game round on the Practice page, reached from the home page', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(fileUrl('index.html'));
    await follow(page, 'Practice', '.site-nav');
    const deckId = [...deckLessons().keys()].sort()[0]!;
    const deck = await inlineData<GameDeck>(page, `../games/${deckId}.json`);
    const game = await startGame(page, deckId);
    for (let index = 0; index < deck.cards.length; index++) {
      await expectCard(game, index + 1, deck.cards.length);
      const card = await cardOnTop(game, deck);
      await game.locator('.game-card').click();
      await bucketButton(game, card.accepts[0]!).click();
    }
    await expect.poll(() => focusedText(page)).toBe('Your result');
    expect(await game.locator('.game-score').textContent()).toContain(
      `You sorted ${deck.cards.length} of ${deck.cards.length} cards right`,
    );
    expect(problems).toEqual([]);
  });

  it('opens the exam from the home page, and a ?draw= link opens that draw', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(fileUrl('index.html'));
    await follow(page, 'Final exam', '.path');
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${EXAM_LENGTH}`);
    expect(problems).toEqual([]);

    // A draw number shared as a link, opened by someone else (a browser without the first exam in progress).
    const shared = await openPage(browser());
    await shared.page.goto(`${fileUrl('exam/index.html')}?draw=4242`);
    await shared.page.waitForSelector('astro-island:not([ssr])');
    await shared.page.getByRole('button', { name: 'Start draw 4242' }).click();
    await expect.poll(() => shared.page.locator('#exam-final-exam-heading').textContent()).toBe('Final exam · draw 4242');
    expect(shared.problems).toEqual([]);
  });

  it('says plainly that search needs the online course, and loads nothing for it', async () => {
    const { page, problems } = await openPage(browser());
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(fileUrl(`lessons/${lessonsInOrder()[1]!}/index.html`));
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Search needs the course online or installed from the web');
    expect(await dialog.locator('input').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
