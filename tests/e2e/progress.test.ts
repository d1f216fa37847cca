import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { QuizData } from '../../src/lib/quiz/quizData';
import { quizLength } from '../../src/lib/quiz/quizDraw';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { deckLessons, lessonsInOrder } from '../support/course';
import { answerAllRight, answerAndCheck, fetchQuiz, focusedText, LESSON_QUIZ, openQuiz, startQuiz } from '../support/quizDriver';

/*
 * My progress, end to end: lessons marked read (and shown on pages without Preact), the dashboard in every
 * state, export → reset → import, bad files, two tabs, and a review on a later day.
 */
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const PREFIX = 'digital-ecosystems:progress:';
const DAY = 86_400_000;
const lessons = lessonsInOrder();
const [firstLesson, secondLesson] = lessons as [string, string];
const progressUrl = `${siteUrl}progress/`;

/** Every progress item in the page's storage, parsed. */
const storedProgress = (page: Page) =>
  page.evaluate(
    (prefix) =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((key) => key.startsWith(prefix))
          .sort()
          .map((key) => [key, JSON.parse(localStorage.getItem(key)!)]),
      ),
    PREFIX,
  );

async function seed(page: Page, records: Record<string, unknown>) {
  await page.goto(siteUrl);
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, JSON.stringify(value));
  }, records);
}

const attempt = (id: string, score: number, total: number, at: number) => ({ id, score, total, at });
const quizRecord = (...attempts: ReturnType<typeof attempt>[]) => ({
  v: 3,
  history: attempts,
  earlier: 0,
  best: attempts.reduce((best, next) => (next.score / next.total > best.score / best.total ? next : best), attempts[0]!),
});

/** Some progress: the first lesson read and its quiz passed on a second try, one game played, one answer wrong in the log. */
async function partialProgress(): Promise<Record<string, unknown>> {
  const questions = await fetchQuiz(siteUrl, firstLesson);
  const [right, wrong] = questions as [(typeof questions)[0], (typeof questions)[0]];
  const deck = [...deckLessons().keys()][0]!;
  const at = Date.UTC(2026, 10, 20, 10);
  const best = (({ id: _id, ...score }) => score)(attempt('b', 9, 10, at + 2000));
  return {
    [`${PREFIX}lesson:${firstLesson}`]: { v: 1, readAt: at },
    [`${PREFIX}quiz:${firstLesson}`]: { ...quizRecord(attempt('a', 6, 10, at + 1000), attempt('b', 9, 10, at + 2000)), best },
    [`${PREFIX}game:${deck}`]: {
      v: 2,
      history: [{ id: 'g', score: 12, total: 16, seconds: 95, at: at + 3000 }],
      earlier: 0,
      best: { score: 12, total: 16, seconds: 95, at: at + 3000 },
    },
    [`${PREFIX}review:questions`]: {
      v: 1,
      cards: { [wrong.id]: { box: 1, due: Math.floor((at + 1001) / DAY) + 1, reviewedAt: at + 1001 } },
      log: [
        { q: right.id, at: at + 1000, right: true },
        { q: wrong.id, at: at + 1001, right: false },
      ],
    },
  };
}

/** Everything done: every lesson read, passed and mastered (every question right in the log), every game played, the exam passed. */
async function completeProgress(): Promise<Record<string, unknown>> {
  const bank = (await (await fetch(`${siteUrl}quiz-bank.json`)).json()) as QuizData;
  const at = Date.UTC(2026, 10, 20, 10);
  const records: Record<string, unknown> = {
    [`${PREFIX}review:questions`]: { v: 1, cards: {}, log: bank.questions.map((question) => ({ q: question.id, at, right: true })) },
    [`${PREFIX}quiz:final-exam`]: quizRecord(attempt('exam', 15, 15, at + 9000)),
  };
  for (const lesson of lessons) {
    records[`${PREFIX}lesson:${lesson}`] = { v: 1, readAt: at };
    records[`${PREFIX}quiz:${lesson}`] = quizRecord(attempt(`q-${lesson}`, 10, 10, at + 500));
  }
  for (const deck of deckLessons().keys()) {
    records[`${PREFIX}game:${deck}`] = {
      v: 2,
      history: [{ id: `g-${deck}`, score: 16, total: 16, seconds: 60, at }],
      earlier: 0,
      best: { score: 16, total: 16, seconds: 60, at },
    };
  }
  return records;
}

/** Opens the progress page and waits for its island (rendered in the browser only). */
async function openDashboard(page: Page) {
  await page.goto(progressUrl);
  await page.locator('.progress-dashboard').waitFor();
}

describe('lessons marked read', () => {
  it('at the end of a lesson, and shown on the home page and in the lesson lists without Preact', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${siteUrl}lessons/${firstLesson}/`);
    const box = page.locator('[data-lesson-read]');
    expect(await box.isHidden()).toBe(true);
    await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    await expect.poll(() => box.locator('[data-read-status]').textContent()).toMatch(/^You read this lesson on \d{1,2} \w+ \d{4}\.$/);
    expect(await box.getByRole('button', { name: 'Mark as read' }).isHidden()).toBe(true);
    // The lesson list on this page marks it at once.
    await expect.poll(() => page.locator(`.sidebar a[data-lesson="${firstLesson}"]`).getAttribute('class')).toContain('is-read');
    await page.goto(siteUrl);
    expect(await page.locator('astro-island').count()).toBe(0);
    expect(await page.locator(`[data-lesson-steps="${firstLesson}"] [data-step="read"]`).getAttribute('class')).toContain('is-done');
    const stepText = async (lesson: string) =>
      (await page.locator(`[data-lesson-steps="${lesson}"] [data-step="read"]`).textContent())?.replace(/\s+/g, ' ').trim();
    expect(await stepText(firstLesson)).toBe('Read (done)');
    expect(await stepText(secondLesson)).toBe('Read (not yet)');
    expect(await page.locator('[data-steps-done]').textContent()).toMatch(/^1 of \d+ steps done$/);
    expect(problems).toEqual([]);
  });

  it('with "Mark as read", for a reader who jumps to the bottom of the page, by keyboard', async () => {
    const { page, problems } = await openPage(browser(), { width: 390, height: 844 });
    await page.goto(`${siteUrl}lessons/${secondLesson}/`);
    // Straight there, not scrolling past the key takeaways (which would mark the lesson read on the way).
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
    const button = page.locator('[data-lesson-read]').getByRole('button', { name: 'Mark as read' });
    await button.waitFor();
    expect(await page.locator('[data-read-status]').textContent()).toContain('counts as read');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toMatch(/^You read this lesson on /);
    expect(await axeViolations(page)).toEqual([]);
    const stored = await storedProgress(page);
    expect(stored[`${PREFIX}lesson:${secondLesson}`]).toEqual({ v: 1, readAt: expect.any(Number) });
    expect(problems).toEqual([]);
  });
});

describe('the progress page', () => {
  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`shows every state with zero axe violations (${scheme})`, async () => {
      const { page, problems } = await openPage(browser(), { colorScheme: scheme });
      // Empty: where to start.
      await openDashboard(page);
      expect(await page.locator('.next-steps').textContent()).toContain(`Read lesson 1`);
      expect(await page.getByRole('button', { name: 'Reset all progress…' }).isDisabled()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // Partial.
      await seed(page, await partialProgress());
      await openDashboard(page);
      const first = page.locator(`#progress-lesson-${firstLesson}`).locator('xpath=..');
      expect(await first.locator('.progress-read').textContent()).toBe('Read on 20 November 2026.');
      expect(await first.locator('.progress-facts').innerText()).toMatch(
        /Last score\s+9 of 10 \(90 %\)\s+Best score\s+9 of 10 \(90 %\) · passed\s+Attempts\s+2/,
      );
      expect(await first.locator('figcaption').textContent()).toContain('Attempts 1 to 2: 60 %, 90 %.');
      expect(await page.locator('.next-steps li').first().textContent()).toBe('Review the 1 question due today');
      expect(await axeViolations(page)).toEqual([]);
      // An import's preview: this progress exported, then brought into an empty browser.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export my progress' }).click(),
      ]);
      const exported = join(mkdtempSync(join(tmpdir(), 'progress-')), download.suggestedFilename());
      await download.saveAs(exported);
      await page.evaluate(() => localStorage.clear());
      await openDashboard(page);
      await page.locator('input[type="file"]').setInputFiles(exported);
      await page.locator('.import-preview').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => focusedText(page)).toBe('Import cancelled. Nothing was changed.');
      expect(await storedProgress(page)).toEqual({});
      // Complete.
      await page.evaluate(() => localStorage.clear());
      await seed(page, await completeProgress());
      await openDashboard(page);
      expect(await page.locator('.next-steps').textContent()).toContain('You have mastered every lesson and passed the final exam.');
      expect(await page.locator('.progress-lesson.is-mastered').count()).toBe(lessons.length);
      const steps = await page.locator('#progress-steps').textContent();
      const [done, all] = /^(\d+) of (\d+) steps done$/.exec(steps ?? '')!.slice(1);
      expect(done).toBe(all);
      expect(await axeViolations(page)).toEqual([]);
      // The reset dialog.
      await page.getByRole('button', { name: 'Reset all progress…' }).click();
      await page.getByRole('dialog', { name: 'Delete all your progress?' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(Object.keys(await storedProgress(page)).length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  }

  it('fits a 390 px phone and 200 % zoom without sideways scrolling', async () => {
    for (const width of [390, 640]) {
      const { page, problems } = await openPage(browser(), { width, height: 844 });
      await seed(page, await partialProgress());
      await openDashboard(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(problems).toEqual([]);
    }
  });
});

describe('moving progress: export, reset, import', () => {
  it('gives back the same progress, imports the same file twice without counting anything twice, and refuses bad files', async () => {
    const { page, problems } = await openPage(browser());
    const seeded = await partialProgress();
    await seed(page, seeded);
    await openDashboard(page);
    const before = await storedProgress(page);
    // Export.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my progress' }).click()]);
    const folder = mkdtempSync(join(tmpdir(), 'progress-'));
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^digital-ecosystems-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'digital-ecosystems-progress', course: 'Digital Ecosystems' });
    expect(Object.keys(exported.records).length).toBe(Object.keys(before).length);
    // Reset, behind its confirmation.
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete all my progress' }).click();
    await expect.poll(() => page.getByText('All your progress in this browser has been deleted.').count()).toBe(1);
    expect(await storedProgress(page)).toEqual({});
    expect(await page.locator('.next-steps').textContent()).toContain('Read lesson 1');
    // Import: a preview first, then the same progress back.
    await page.locator('input[type="file"]').setInputFiles(file);
    const preview = page.locator('.import-preview');
    await preview.waitFor();
    expect(await preview.locator('li').count()).toBe(Object.keys(before).length);
    expect(await preview.textContent()).toContain(`Quiz of lesson 1`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import these changes' }).click();
    await expect.poll(() => focusedText(page)).toBe(`Imported: ${Object.keys(before).length} records updated.`);
    expect(await storedProgress(page)).toEqual(before);
    expect(await page.locator(`#progress-lesson-${firstLesson}`).locator('xpath=..').locator('.progress-read').textContent()).toBe(
      'Read on 20 November 2026.',
    );
    // The same file again: nothing new.
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect.poll(() => focusedText(page)).toMatch(/^Nothing new: everything in .+ is already here\. Nothing was changed\.$/);
    expect(await storedProgress(page)).toEqual(before);
    // Bad files change nothing and say why.
    const bad = (name: string, text: string) => {
      writeFileSync(join(folder, name), text);
      return join(folder, name);
    };
    for (const [path, reason] of [
      [bad('cut.json', readFileSync(file, 'utf8').slice(0, 200)), /damaged or incomplete/],
      [bad('other.json', JSON.stringify({ ...exported, course: 'Knitting for beginners' })), /Knitting for beginners/],
      [bad('notes.json', '{"shopping": ["eggs"]}'), /not a progress file/],
      [bad('future.json', JSON.stringify({ ...exported, version: 99 })), /newer version/],
    ] as const) {
      await page.locator('input[type="file"]').setInputFiles(path);
      await expect.poll(() => focusedText(page)).toMatch(reason);
      expect(await focusedText(page)).toContain('Nothing was imported.');
      expect(await storedProgress(page)).toEqual(before);
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('two tabs', () => {
  it('progress made in one appears in the other without a reload, and two tabs finishing the same quiz keep both attempts', async () => {
    const { context, page: dashboard, problems } = await openPage(browser());
    await openDashboard(dashboard);
    const questions = await fetchQuiz(siteUrl, firstLesson);
    const length = quizLength(questions);
    const tabs = [await context.newPage(), await context.newPage()];
    // Both tabs open the lesson, then each starts its own attempt.
    for (const tab of tabs) await openQuiz(tab, `${siteUrl}lessons/${firstLesson}/`);
    for (const tab of tabs) {
      await tab.bringToFront();
      await startQuiz(tab, tab.locator(LESSON_QUIZ), length);
    }
    for (const tab of tabs) {
      await tab.bringToFront();
      await answerAllRight(tab, questions);
      await tab.locator('.quiz-score').waitFor();
    }
    const record = await dashboard.evaluate((key) => JSON.parse(localStorage.getItem(key)!), `${PREFIX}quiz:${firstLesson}`);
    expect(record.history).toHaveLength(2);
    // The dashboard, open all along, shows both attempts.
    const facts = dashboard.locator(`#progress-lesson-${firstLesson}`).locator('xpath=..').locator('.progress-facts');
    await expect.poll(() => facts.innerText()).toMatch(/Attempts\s+2/);
    expect(problems).toEqual([]);
  });
});

describe('spaced review', () => {
  it('asks a missed question again on a later day, and moves it up a box when it is right', async () => {
    const { context, page, problems } = await openPage(browser());
    const questions = await fetchQuiz(siteUrl, firstLesson);
    const quiz = await openQuiz(page, `${siteUrl}lessons/${firstLesson}/`);
    await startQuiz(page, quiz, quizLength(questions));
    const missed = await answerAndCheck(page, questions, false);
    // The answer is logged as the feedback shows; leave only once it is (a busy machine can be slower than a click).
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, `${PREFIX}review:questions`)).toBe(true);
    await page.goto(`${siteUrl}review/`);
    await page.locator('.review-due').filter({ hasText: 'today' }).waitFor();
    expect(await page.locator('.review-due').textContent()).toBe('No questions are due for review today.');
    expect(await page.getByRole('button', { name: 'Nothing to review today' }).isDisabled()).toBe(true);
    expect(await page.locator('.review').textContent()).toContain('Coming up: 1 tomorrow.');
    // Two days later.
    const later = await context.newPage();
    await later.clock.setFixedTime(new Date(Date.now() + 2 * DAY));
    await later.goto(`${siteUrl}review/`);
    await later.locator('.review-due').filter({ hasText: 'today' }).waitFor();
    expect(await later.locator('.review-due').textContent()).toBe('1 question is due for review today.');
    expect(await axeViolations(later)).toEqual([]);
    await later.getByRole('button', { name: 'Start the review (1 question)' }).click();
    await expect.poll(() => focusedText(later)).toBe('Question 1 of 1');
    expect((await answerAndCheck(later, questions, true)).id).toBe(missed.id);
    await later.getByRole('button', { name: 'See your result' }).click();
    await expect.poll(() => focusedText(later)).toBe('Review finished');
    expect(await later.locator('.quiz-score').textContent()).toContain('You remembered 1 of 1.');
    expect(await axeViolations(later)).toEqual([]);
    const review = await later.evaluate((key) => JSON.parse(localStorage.getItem(key)!), `${PREFIX}review:questions`);
    expect(review.cards[missed.id]).toMatchObject({ box: 2 });
    expect(problems).toEqual([]);
  });
});
