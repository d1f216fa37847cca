import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openPage } from '../support/browser';
import { builtPages } from '../support/siteMap';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/builds';
import { LESSON_QUIZ } from '../support/quizDriver';

const siteUrl = inject('subpathSiteUrl');
const pages = builtPages(SUBPATH_DIST);
const browser = useBrowser();

describe(`the site deployed under ${SUBPATH_BASE}`, () => {
  it.each(pages)('/%s loads every asset from under the sub-path and links only inside it', async (path) => {
    const { page, problems } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(siteUrl + path);
    expect(problems).toEqual([]);
    expect(requests.filter((pathname) => !pathname.startsWith(SUBPATH_BASE))).toEqual([]);
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((pathname) => !pathname.startsWith(SUBPATH_BASE))).toEqual([]);
    for (const href of new Set(hrefs)) {
      const response = await fetch(new URL(href, siteUrl));
      expect(response.status, `/${path} → ${href}`).toBe(200);
    }
    // The stylesheet really applied (a broken base would leave the page unstyled).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  });
});

describe(`quizzes under ${SUBPATH_BASE}`, () => {
  it('a lesson quiz and the exam fetch their questions from under the sub-path, and feedback links stay inside it', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${siteUrl}lessons/three-roles/`);
    await page.locator(LESSON_QUIZ).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${LESSON_QUIZ} astro-island:not([ssr])`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.locator('.quiz-option input, .quiz-pair select').first().waitFor();
    await page.goto(`${siteUrl}exam/`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.locator('.quiz-question').waitFor();
    const bank = (await (await fetch(`${siteUrl}quiz-bank.json`)).json()) as { questions: { link: { href: string } }[] };
    expect(bank.questions.filter((question) => !question.link.href.startsWith(`${SUBPATH_BASE}lessons/`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
