import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { glossaryTerms, lessonKeyTerms } from '../support/course';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('the glossary', () => {
  it('lists every term once, A to Z, with jump links and where each is taught', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${siteUrl}glossary/`);
    const shown = await page.locator('.glossary-entry h3').allTextContents();
    expect(shown.length).toBe(glossaryTerms().length);
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.locator('.glossary-letters a').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#letter-[a-z]$/);
    expect(await page.locator('.glossary-entry .glossary-meta a[href*="/lessons/"]').count()).toBe(glossaryTerms().length);
    expect(problems).toEqual([]);
  });

  it("a lesson's key terms come from the glossary and link to it", async () => {
    const { page } = await openPage(browser());
    await page.goto(`${siteUrl}lessons/amazon-case-study/`);
    const links = await page.locator('.key-terms dt a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(lessonKeyTerms('amazon-case-study').map((id) => `/glossary/#${id}`));
  });

  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`a term's first use opens its definition in place, by mouse and by keyboard, with no violations (${scheme})`, async () => {
      const { page, problems } = await openPage(browser(), { colorScheme: scheme, width: 390, height: 844 });
      await page.goto(`${siteUrl}lessons/amazon-case-study/`);
      const term = page.locator('button.term[popovertarget="term-lock-in"]');
      await term.click();
      const popover = page.locator('#term-lock-in');
      await expect.poll(() => popover.evaluate((element) => element.matches(':popover-open'))).toBe(true);
      expect(await popover.textContent()).toContain(glossaryTerms().find((entry) => entry.id === 'lock-in')!.term);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => popover.evaluate((element) => element.matches(':popover-open'))).toBe(false);
      // By keyboard: the term is a button; Enter opens, Tab reaches the link inside.
      await term.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => popover.evaluate((element) => element.matches(':popover-open'))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/glossary/#lock-in');
      expect(problems).toEqual([]);
    });
  }

  it('definitions in place work without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${siteUrl}lessons/three-roles/`);
    await page.locator('button.term').first().click();
    await expect.poll(() => page.locator('[popover]:popover-open').count()).toBe(1);
  });
});
