import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { glossaryTerms, lessonKeyTerms, lessonSlugs } from '../support/course';

const siteUrl = inject('siteUrl');
const subpathSiteUrl = inject('subpathSiteUrl');
const browser = useBrowser();

/** Everything the page fetched for search: Pagefind's files and the dialog's code. */
function searchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/pagefind/') || path.includes('searchDialog')) requests.push(path);
  });
  return requests;
}

/** Opens search with its button and types a query; returns once results (or "no results") are shown. */
async function searchFor(page: Page, query: string): Promise<void> {
  const dialog = page.locator('dialog.search-dialog');
  // The dialog is built on first open, so it may not exist yet.
  if ((await dialog.count()) === 0 || !(await dialog.evaluate((element: HTMLDialogElement) => element.open)))
    await page.locator('[data-search-open]').click();
  await page.locator('#search-input').fill(query);
  await expect
    .poll(() => page.locator('#search-status').textContent())
    .toMatch(new RegExp(`(match|No results for) “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
}

const termOf = (id: string) => glossaryTerms().find((entry) => entry.id === id)!.term;

describe('search', () => {
  it('fetches nothing for search until the learner reaches for it, then finds a key term of every lesson', async () => {
    const { page, problems } = await openPage(browser());
    const requests = searchRequests(page);
    await page.goto(`${siteUrl}sources/`);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    for (const lesson of lessonSlugs()) {
      // A term the lesson itself lists as key, found in the lesson (derived from the course, not a fixed list).
      const term = termOf(lessonKeyTerms(lesson)[0]!);
      await searchFor(page, term);
      const hrefs = await page
        .locator('a.search-hit')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')));
      expect(
        hrefs.some((href) => href?.startsWith(`/lessons/${lesson}/`)),
        `${term} → ${hrefs.join(', ')}`,
      ).toBe(true);
    }
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('finds a glossary entry, and opens it from the result', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(siteUrl);
    const entry = glossaryTerms().find((candidate) => candidate.id === 'stakeholder') ?? glossaryTerms()[0]!;
    await searchFor(page, entry.term);
    const hit = page.locator(`a.search-hit[href="/glossary/#${entry.id}"]`);
    await expect.poll(() => hit.count()).toBe(1);
    await hit.click();
    await page.waitForURL(`${siteUrl}glossary/#${entry.id}`);
    expect(await page.locator(`h3#${entry.id}`).textContent()).toBe(entry.term);
    expect(problems).toEqual([]);
  });

  it('works by keyboard alone: "/" opens it, arrows move, Enter opens, Escape closes and focus comes back', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${siteUrl}lessons/three-roles/`);
    await page.locator('.skip-link').focus();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('lock-in');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/match “lock-in”/);
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^\//);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    // Back up into the field, which has text in it: Escape still closes search (not only clears the field).
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    // Ctrl+K opens it too; Enter on a result follows it.
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.href.startsWith(`${siteUrl}${first!.slice(1)}`)), page.keyboard.press('Enter')]);
    expect(problems).toEqual([]);
  });

  it('says plainly when nothing matches, and points to the glossary', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteUrl);
    await searchFor(page, 'zqxjv');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “zqxjv”.');
    expect(await page.locator('.search-empty a').getAttribute('href')).toBe('/glossary/');
  });

  it('works under the strict policy with no worker, compiling its WebAssembly on the page', async () => {
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      // As if workers were unavailable: Pagefind falls back to the page, where only 'wasm-unsafe-eval' allows it.
      Object.defineProperty(window, 'Worker', { value: undefined });
    });
    await page.goto(siteUrl);
    await searchFor(page, 'orchestrator');
    expect(await page.locator('a.search-hit').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('works under a sub-path, loading nothing from outside it', async () => {
    const { page, problems } = await openPage(browser());
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/course/eco/')) outside.push(request.url());
    });
    await page.goto(subpathSiteUrl);
    await searchFor(page, 'orchestrator');
    const hrefs = await page
      .locator('a.search-hit')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/course\/eco\//);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`has no axe violations when open, with results and with none, at 390 px too (${scheme})`, async () => {
      const { page } = await openPage(browser(), { colorScheme: scheme, width: 390, height: 844 });
      await page.goto(siteUrl);
      await page.locator('[data-search-open]').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      expect(await axeViolations(page)).toEqual([]);
      await searchFor(page, 'platform');
      expect(await axeViolations(page)).toEqual([]);
      await searchFor(page, 'zqxjv');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }
});
