import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from '../support/builds';
import { serveStatic, type RunningServer } from '../support/staticServer.mjs';
import { glossaryTerms, lessonKeyTerms, lessonsInOrder } from '../support/course';
import { answerAllRight, answerAndCheck, fetchQuiz, focusedText, openQuiz, startQuiz } from '../support/quizDriver';
import { fetchDeck, startGame } from '../support/gameDriver';
import { quizLength } from '../../src/lib/quiz/quizDraw';
import { EXAM_LENGTH } from '../../src/lib/quiz/examDraw';
import { READY_OFFLINE, SAVED_OFFLINE, UPDATE_IN_FOOTER, UPDATE_READY } from '../../src/lib/offline/offlineNotices';
import { writeServiceWorker } from '../../src/integrations/serviceWorker';

const siteUrl = inject('siteUrl');
const subpathSiteUrl = inject('subpathSiteUrl');
const browser = useBrowser();

/** Opens a page and waits until the service worker has saved the course and controls the page. */
async function visitAndInstall(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.locator('[data-offline-state]').textContent(), { timeout: 30_000 }).toBe(SAVED_OFFLINE);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const notice = (page: Page) => page.locator('.site-notice');

/** Searches through the header's dialog and returns the result links. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('[data-search-open]').click();
  await page.locator('#search-input').fill(query);
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/match/);
  return page.locator('a.search-hit').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** A key term the lesson lists, as the glossary spells it: something search must find in that lesson. */
function keyTermOf(lesson: string): string {
  const id = lessonKeyTerms(lesson)[0]!;
  return glossaryTerms().find((entry) => entry.id === id)!.term;
}

describe('offline, after one visit', () => {
  it('says when the course is saved, then works with the network off: an unvisited lesson and its quiz, the exam, a game, search, progress, the glossary and the 404 page', async () => {
    const { context, page, problems } = await openPage(browser(), { serviceWorkers: 'allow' });
    await visitAndInstall(page, siteUrl);
    // The first time, the learner is told (politely announced, focus left where it was).
    await expect.poll(() => notice(page).getByRole('status').textContent()).toBe(READY_OFFLINE);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    for (const colorScheme of ['light', 'dark'] as ColorScheme[]) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await notice(page).getByRole('button', { name: 'OK' }).click();
    expect(await notice(page).count()).toBe(0);

    const lesson = lessonsInOrder().at(-1)!;
    const questions = await fetchQuiz(siteUrl, lesson);
    const deck = await fetchDeck(siteUrl, 'types');
    await context.setOffline(true);

    // A lesson never opened online, and its whole quiz (the runner's code and the questions load now).
    const quiz = await openQuiz(page, `${siteUrl}lessons/${lesson}/`);
    await startQuiz(page, quiz, quizLength(questions));
    await answerAllRight(page, questions);
    expect(await quiz.locator('.quiz-score').textContent()).toContain('Passed');

    // The exam, from a link with a draw number (the same precached page).
    await page.goto(`${siteUrl}exam/?draw=4242`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByRole('button', { name: 'Start draw 4242' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${EXAM_LENGTH}`);

    // A game played to the end.
    await page.goto(`${siteUrl}practice/`);
    const game = await startGame(page, deck.id);
    for (const card of deck.cards) {
      const text = (await game.locator('.game-card').textContent())?.trim();
      const onTop = deck.cards.find((candidate) => candidate.text === text) ?? card;
      await game.locator('.game-card').click();
      await game.locator(`[data-drop="${onTop.accepts[0]}"]`).click();
    }
    await expect.poll(() => game.locator('.game-score').textContent()).toContain(`${deck.cards.length} of ${deck.cards.length}`);

    // Search, with Pagefind's index from the precache.
    expect((await search(page, keyTermOf(lesson))).some((href) => href.startsWith(`/lessons/${lesson}/`))).toBe(true);

    // The progress page shows what was done offline.
    await page.goto(`${siteUrl}progress/`);
    await expect.poll(() => page.locator(`article:has(#progress-lesson-${lesson}) .quiz-passed-badge`).count()).toBe(1);

    await page.goto(`${siteUrl}glossary/`);
    expect(await page.locator('h1').textContent()).toBe('Glossary');

    // An address that lost its trailing slash, or picked up a tracking parameter, still finds its page.
    await page.goto(`${siteUrl}lessons/${lesson}`);
    expect(await page.locator('h1').textContent()).not.toBe('This page is not part of the ecosystem');
    expect(page.url()).toBe(`${siteUrl}lessons/${lesson}`);
    await page.goto(`${siteUrl}glossary/?ref=mail&fbclid=x`);
    expect(await page.locator('h1').textContent()).toBe('Glossary');

    // A page that does not exist gets the site's own 404 page, not the browser's offline error.
    await page.goto(`${siteUrl}no-such-lesson/`);
    expect(await page.locator('h1').textContent()).toBe('This page is not part of the ecosystem');
    expect(await page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(problems).toEqual([]);
  });

  it('works the same under a sub-path: scope, precache and the 404 page follow the base', async () => {
    const { context, page, problems } = await openPage(browser(), { serviceWorkers: 'allow' });
    await visitAndInstall(page, `${subpathSiteUrl}glossary/`);
    const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.scope));
    expect(scope).toBe(subpathSiteUrl);
    await context.setOffline(true);
    const lesson = lessonsInOrder()[0]!;
    await page.goto(`${subpathSiteUrl}lessons/${lesson}/`);
    expect(await page.locator('h1').count()).toBe(1);
    const base = new URL(subpathSiteUrl).pathname;
    expect((await search(page, keyTermOf(lesson))).some((href) => href.startsWith(`${base}lessons/${lesson}/`))).toBe(true);
    await page.goto(`${subpathSiteUrl}no-such-lesson/`);
    expect(await page.locator('h1').textContent()).toBe('This page is not part of the ecosystem');
    expect(problems).toEqual([]);
  });
});

describe.each([
  ['/', ROOT_DIST],
  [SUBPATH_BASE, SUBPATH_DIST],
])('a new version deployed (base %s)', (base, dist) => {
  // A copy of the built site that the test can "deploy" a change to.
  const site = mkdtempSync(join(tmpdir(), 'course-deploy-'));
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('is offered as a reload, never forced: in two tabs, with an unfinished sorting round named first, "Not now" kept in the footer, and a quiz attempt resumed', async () => {
    cpSync(dist, site, { recursive: true });
    server = await serveStatic(site, base);
    const url = server.url;
    const lesson = lessonsInOrder()[0]!;
    const questions = await fetchQuiz(url, lesson);
    const deck = await fetchDeck(url, 'roles');
    const { context, page, problems } = await openPage(browser(), { serviceWorkers: 'allow', width: 390, height: 844 });
    await visitAndInstall(page, `${url}lessons/${lesson}/`);
    await notice(page).getByRole('button', { name: 'OK' }).click();

    // An attempt in progress: the first question answered.
    const quiz = await openQuiz(page, `${url}lessons/${lesson}/`);
    await startQuiz(page, quiz, quizLength(questions));
    await answerAndCheck(page, questions, true);
    await quiz.getByRole('button', { name: 'Next question' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Question 2 of ${quizLength(questions)}`);

    // A second tab, mid-round in a sorting game.
    const other = await context.newPage();
    await other.goto(`${url}practice/`);
    const game = await startGame(other, deck.id);

    // Deploy: the lesson's title changes, and so does the worker's list of files.
    const lessonFile = join(site, 'lessons', lesson, 'index.html');
    const title = (await page.locator('h1').textContent())!.trim();
    writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace(`>${title}</h1>`, `>${title} (revised)</h1>`));
    await writeServiceWorker(site);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    for (const tab of [page, other]) {
      await expect.poll(() => notice(tab).getByRole('status').textContent(), { timeout: 30_000 }).toBe(UPDATE_READY);
    }
    // Nothing reloads by itself, and the old version keeps serving meanwhile.
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    for (const colorScheme of ['light', 'dark'] as ColorScheme[]) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }

    // Mid-round, the offer names what a reload would end and moves focus to the choice; "Not now" keeps the round.
    await notice(other).getByRole('button', { name: 'Reload to update' }).click();
    await expect.poll(() => notice(other).getByRole('status').textContent()).toContain('the sorting round you are playing');
    expect(await focusedText(other)).toBe('Not now');
    await other.keyboard.press('Enter');
    expect(await notice(other).count()).toBe(0);
    expect(await game.locator('.game-card').count()).toBe(1);

    // "Not now" lasts for the tab's session: the next page shows no notice, and the footer keeps the offer.
    await notice(page).getByRole('button', { name: 'Not now' }).click();
    await page.goto(`${url}glossary/`);
    const footerOffer = page.locator('[data-offline-state]');
    await expect.poll(() => footerOffer.textContent()).toContain(UPDATE_IN_FOOTER);
    expect(await notice(page).count()).toBe(0);

    // Back on the lesson, the learner accepts from the footer: one reload, the new version, the quiz resumed.
    await page.goto(`${url}lessons/${lesson}/`);
    await Promise.all([page.waitForEvent('load'), footerOffer.getByRole('button', { name: 'Reload to update' }).click()]);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`${title} (revised)`);
    const resumed = await openQuiz(page, `${url}lessons/${lesson}/`);
    await resumed.locator('.quiz-question').waitFor();
    expect(await resumed.locator('.quiz-progress h3').textContent()).toBe(`Question 2 of ${quizLength(questions)}`);
    expect(await notice(page).count()).toBe(0);

    // The other tab, still on the old version, reloads when asked even though the first tab already switched.
    await other.locator('[data-offline-state]').getByRole('button', { name: 'Reload to update' }).click();
    await Promise.all([other.waitForEvent('load'), notice(other).getByRole('button', { name: 'Reload anyway' }).click()]);
    await other
      .getByRole('button', { name: /Start sorting/ })
      .first()
      .waitFor();
    expect(problems).toEqual([]);
  });
});
