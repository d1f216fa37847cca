import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage } from '../support/browser';
import { axeViolations } from '../support/axe';
import { lessonSlugs, lessonsInOrder } from '../support/course';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Presses Tab until the focused element matches `predicate`, failing after `limit` presses. */
async function tabUntil(page: Page, predicate: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, predicate)) return;
  }
  throw new Error(`Tab never reached ${predicate} within ${limit} presses`);
}

describe('keyboard-only navigation', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteUrl);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('reaches every lesson from the home page, then walks the course with the next-lesson links', async () => {
    const { page } = await openPage(browser());
    await page.goto(siteUrl);
    await tabUntil(page, '.path a');
    await page.keyboard.press('Enter');
    const path = lessonsInOrder().map((slug) => `/lessons/${slug}/`);
    await page.waitForURL((url) => url.pathname === path[0]);
    const visited = [new URL(page.url()).pathname];
    for (let step = 1; step < path.length; step++) {
      await tabUntil(page, 'a[rel="next"]', 200);
      const from = page.url();
      await Promise.all([page.waitForURL((url) => url.href !== from), page.keyboard.press('Enter')]);
      visited.push(new URL(page.url()).pathname);
    }
    expect(visited).toEqual(path);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    expect(await page.locator('a[rel="prev"]').count()).toBe(1);
  });

  it('the sidebar marks the current lesson and every lesson link is reachable by Tab', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${siteUrl}lessons/three-roles/`);
    const current = page.locator('.sidebar a[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe('/lessons/three-roles/');
    const reached = new Set<string>();
    const lessons = lessonSlugs().length;
    for (let presses = 0; presses < 40 && reached.size < lessons; presses++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() =>
        document.activeElement?.closest('.sidebar') ? document.activeElement.getAttribute('href') : null,
      );
      if (href) reached.add(href);
    }
    expect(reached.size).toBe(lessons);
  });

  it('focus is always visible', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${siteUrl}lessons/what-is-a-digital-ecosystem/`);
    for (let presses = 0; presses < 15; presses++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const card = element.closest('.path-step');
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
          ? 'outline'
          : card
            ? getComputedStyle(card).outlineStyle
            : 'none';
      });
      expect(outline).not.toBe('none');
    }
  });
});

describe('phone layout', () => {
  it('the lesson menu opens from the keyboard, marks the current lesson and navigates', async () => {
    const { page, problems } = await openPage(browser(), { width: 390, height: 844 });
    await page.goto(`${siteUrl}lessons/amazon-case-study/`);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    const summary = page.locator('.course-menu summary');
    expect(await summary.isVisible()).toBe(true);
    await summary.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('navigation', { name: 'Lessons' });
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.locator('a[aria-current="page"]').textContent()).toContain('Case study: Amazon');
    expect(await axeViolations(page)).toEqual([]);
    await menu.getByRole('link', { name: /Three types/ }).click();
    await page.waitForURL(/three-types\/$/);
    expect(problems).toEqual([]);
  });

  for (const width of [320, 390, 640]) {
    it(`nothing overflows sideways at ${width} px (640 px is a 1280 px screen at 200% zoom)`, async () => {
      const { page } = await openPage(browser(), { width, height: 800 });
      for (const path of ['', 'lessons/what-is-a-digital-ecosystem/', 'lessons/three-types/', 'sources/']) {
        await page.goto(siteUrl + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `/${path} at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  }
});

describe('every width', () => {
  it('has the site links or the menu that holds them, on either side of the desktop breakpoint', async () => {
    // 70rem is where the header switches; a width exactly on it once showed neither.
    for (const width of [1119, 1120, 1121]) {
      const { page } = await openPage(browser(), { width, height: 700 });
      await page.goto(siteUrl);
      const links = await page.locator('.site-nav').isVisible();
      const menu = await page.locator('.course-menu').isVisible();
      expect([width, links !== menu]).toEqual([width, true]);
    }
  });

  it('the site links never run into the brand, from the breakpoint up', async () => {
    for (const width of [1120, 1280, 1600]) {
      const { page } = await openPage(browser(), { width, height: 700 });
      await page.goto(siteUrl);
      const gap = await page.evaluate(
        () =>
          document.querySelector('.site-nav')!.getBoundingClientRect().left -
          document.querySelector('.brand span')!.getBoundingClientRect().right,
      );
      expect(gap, `${width}px`).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('print', () => {
  it('a printed lesson drops the navigation and keeps the lesson', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${siteUrl}lessons/three-roles/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.sidebar', '.site-footer', '.pager']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.takeaways').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});
