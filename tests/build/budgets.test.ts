import { describe, expect, it } from 'vitest';
import { htmlPages, pageWeight, type PageWeight } from '../support/pageWeight.mjs';
import { ROOT_DIST } from '../support/builds';
import { deckLessons, lessonSlugs } from '../support/course';
import { zipOf } from '../support/downloadableCopy';

/*
 * Byte budgets, checked on every build because byte counts are deterministic (timings are not: they
 * live in `npm run bench`). These are the caps; the aims we build for are in the README.
 */
const KB = 1024;
const BUDGETS = {
  pageHtml: 14 * KB,
  css: 15 * KB,
  /** A page with no quiz or game: the inline theme script (counted as HTML) and the tiny progress-marks script. */
  plainPageJs: 3 * KB,
  /** A page with a quiz: Preact, the stores and the island, as the page loads them (before Start). */
  islandPageJs: 15 * KB,
  /** A page with a sorting game, with everything it loads before Start (a lesson carries its quiz too). */
  gamePageJs: 20 * KB,
  /** A page that is one island, reading the learner's records (My progress, Review) or a teacher's page, as it loads. */
  recordsPageJs: 25 * KB,
  /** The learner's assignment page as it loads (the decoder comes with the bank, the runner on Start). */
  assignmentPageJs: 20 * KB,
  firstVisitTotal: 50 * KB,
  /** The downloadable copy: the whole course, zipped (the exam's question bank travels in the exam and review pages). */
  downloadableCopy: 1024 * KB,
};

const weights = htmlPages(ROOT_DIST).map((file) => pageWeight(ROOT_DIST, file));
const lessons = weights.filter((weight) => weight.page.startsWith('lessons/'));
const exam = weights.find((weight) => weight.page === 'exam/index.html');

describe('byte budgets (gzipped)', () => {
  it('measures every lesson and the exam', () => {
    expect(lessons.map((weight) => weight.page)).toEqual(lessonSlugs().map((slug) => `lessons/${slug}/index.html`));
    expect(exam).toBeDefined();
  });

  it.each([...lessons, exam!])('$page: HTML ≤ 14 KB, so the page arrives in the first round trip', ({ html }) => {
    expect(html).toBeLessThanOrEqual(BUDGETS.pageHtml);
  });

  it.each(weights)('$page: CSS ≤ 15 KB and a first visit ≤ 50 KB in all', ({ css, total }) => {
    expect(css).toBeLessThanOrEqual(BUDGETS.css);
    expect(total).toBeLessThanOrEqual(BUDGETS.firstVisitTotal);
  });

  it.each(weights.filter((weight) => weight.islands === 0))('$page has no island, so ≤ 3 KB of JS and no Preact', ({ js, jsFiles }) => {
    expect(js).toBeLessThanOrEqual(BUDGETS.plainPageJs);
    expect(jsFiles.filter((file) => /preact|hooks\.module|client\.|signals/.test(file))).toEqual([]);
  });

  const hasGame = (weight: PageWeight) => weight.jsFiles.some((file) => file.includes('SortingGame'));
  /** The pages built around the learner's records: the island is the page. */
  const recordsPages = ['progress/index.html', 'review/index.html', 'teach/index.html', 'teach/grade/index.html', 'teach/print/index.html'];
  it.each(weights.filter((weight) => recordsPages.includes(weight.page)))('$page: its island loads ≤ 25 KB of JS', ({ js }) => {
    expect(js).toBeLessThanOrEqual(BUDGETS.recordsPageJs);
  });

  const assignmentPage = weights.find((weight) => weight.page === 'assignment/index.html');
  it("the learner's assignment page loads ≤ 20 KB of JS", () => {
    expect(assignmentPage!.js).toBeLessThanOrEqual(BUDGETS.assignmentPageJs);
  });

  const ownBudget = [...recordsPages, 'assignment/index.html'];
  it.each(weights.filter((weight) => weight.islands > 0 && !hasGame(weight) && !ownBudget.includes(weight.page)))(
    '$page: its quiz (Preact + stores + island) loads ≤ 15 KB of JS',
    ({ js }) => {
      expect(js).toBeLessThanOrEqual(BUDGETS.islandPageJs);
    },
  );

  it.each(weights.filter(hasGame))('$page: with its game (and its quiz, on a lesson) it loads ≤ 20 KB of JS', ({ js }) => {
    expect(js).toBeLessThanOrEqual(BUDGETS.gamePageJs);
  });

  it('a game is on the lesson of each deck and on the practice page, nowhere else', () => {
    const expected = [...new Set(deckLessons().values())].map((lesson) => `lessons/${lesson}/index.html`);
    expect(
      weights
        .filter(hasGame)
        .map((weight) => weight.page)
        .sort(),
    ).toEqual([...expected, 'practice/index.html'].sort());
  });

  it('every lesson has its quiz island, and only the pages that need one have islands', () => {
    expect(
      weights
        .filter((weight) => weight.islands > 0)
        .map((weight) => weight.page)
        .sort(),
    ).toEqual([...lessons.map((weight) => weight.page), 'exam/index.html', 'practice/index.html', ...ownBudget].sort());
  });
});

describe('byte budget of the downloadable copy', () => {
  it('the zip is under 1 MB', () => {
    expect(zipOf().length).toBeLessThan(BUDGETS.downloadableCopy);
  });
});
