import { describe, expect, it } from 'vitest';
import { htmlPages, pageWeight } from '../support/pageWeight.mjs';
import { ROOT_DIST } from '../support/builds';

/*
 * Byte budgets, checked on every build because byte counts are deterministic (timings are not: they
 * live in `npm run bench`). These are the caps; the aims we build for are in the README.
 */
const KB = 1024;
export const BUDGETS = {
  lessonHtml: 14 * KB,
  css: 15 * KB,
  /** A page with no quiz or game: the inline theme script (counted as HTML) and at most a tiny marks script. */
  plainPageJs: 3 * KB,
  firstVisitTotal: 50 * KB,
};

const weights = htmlPages(ROOT_DIST).map((file) => pageWeight(ROOT_DIST, file));
const lessons = weights.filter((weight) => weight.page.startsWith('lessons/'));

describe('byte budgets (gzipped)', () => {
  it('measures every lesson', () => {
    expect(lessons).toHaveLength(6);
  });

  it.each(lessons)('$page: HTML ≤ 14 KB, so the lesson arrives in the first round trip', ({ html }) => {
    expect(html).toBeLessThanOrEqual(BUDGETS.lessonHtml);
  });

  it.each(weights)('$page: CSS ≤ 15 KB and a first visit ≤ 50 KB in all', ({ css, total }) => {
    expect(css).toBeLessThanOrEqual(BUDGETS.css);
    expect(total).toBeLessThanOrEqual(BUDGETS.firstVisitTotal);
  });

  it.each(weights.filter((weight) => weight.islands === 0))('$page has no island, so ≤ 3 KB of JS and no Preact', ({ js, jsFiles }) => {
    expect(js).toBeLessThanOrEqual(BUDGETS.plainPageJs);
    expect(jsFiles.filter((file) => /preact|client\.|signals/.test(file))).toEqual([]);
  });
});
