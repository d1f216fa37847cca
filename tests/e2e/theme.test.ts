import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openPage } from '../support/browser';

const siteUrl = inject('siteUrl');
const THEME_KEY = 'digital-ecosystems:theme';
const browser = useBrowser();

describe('theme', () => {
  it('follows the system, and the toggle switches and is remembered across pages', async () => {
    const { page, problems } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(siteUrl);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('light');
    await page.goto(`${siteUrl}lessons/three-roles/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(problems).toEqual([]);
  });

  it('applies a remembered theme before the first paint (no flash)', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'light' });
    await page.goto(siteUrl);
    await page.evaluate((key) => localStorage.setItem(key, 'dark'), THEME_KEY);
    // The first animation frame runs before the first paint: the theme must already be set by then.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { themeAtFirstFrame?: string }).themeAtFirstFrame = document.documentElement.dataset['theme'] ?? 'none';
      });
    });
    await page.goto(`${siteUrl}lessons/amazon-case-study/`);
    // On a busy machine the load event can come before the first frame: wait for the frame to be recorded.
    const themeAtFirstFrame = await page.waitForFunction(() => {
      const recorded = (window as unknown as { themeAtFirstFrame?: string }).themeAtFirstFrame;
      return recorded ?? false;
    });
    expect(await themeAtFirstFrame.jsonValue()).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 25)');
  });

  it('survives localStorage throwing on access: no errors, system theme, toggle still works for the visit', async () => {
    const { page, problems } = await openPage(browser(), { colorScheme: 'dark' });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(siteUrl);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(problems).toEqual([]);
  });

  it('ignores a foreign value in storage and follows the system', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(siteUrl);
    await page.evaluate((key) => localStorage.setItem(key, '{"corrupt":'), THEME_KEY);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  });

  it('honours prefers-reduced-motion: no smooth scrolling', async () => {
    const reduced = await openPage(browser(), { reducedMotion: 'reduce' });
    await reduced.page.goto(siteUrl);
    expect(await reduced.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    const full = await openPage(browser(), { reducedMotion: 'no-preference' });
    await full.page.goto(siteUrl);
    expect(await full.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});
