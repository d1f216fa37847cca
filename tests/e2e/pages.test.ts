import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openPage, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { builtPages } from '../support/siteMap';
import { ROOT_DIST } from '../support/builds';
import { lessonSlugs } from '../support/course';

const siteUrl = inject('siteUrl');
const pages = builtPages(ROOT_DIST);
const browser = useBrowser();

describe('every page', () => {
  it('includes the home page, the sources page and every lesson', () => {
    expect(pages).toContain('');
    expect(pages).toContain('sources/');
    expect(pages.filter((page) => page.startsWith('lessons/'))).toEqual(lessonSlugs().map((slug) => `lessons/${slug}/`));
  });

  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it.each(pages)(`/%s loads cleanly and has no axe violations (${scheme})`, async (path) => {
      const { context, page, problems } = await openPage(browser(), { colorScheme: scheme });
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      await page.goto(siteUrl + path);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main#main').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      // Privacy: nothing is fetched from anywhere else, and nothing is stored in cookies.
      expect([...origins]).toEqual([new URL(siteUrl).origin]);
      expect(await context.cookies()).toEqual([]);
    });
  }

  it('the 404 page is served for unknown URLs, is friendly and accessible', async () => {
    const { page } = await openPage(browser());
    const response = await page.goto(`${siteUrl}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/not part of the ecosystem/);
    expect(await page.getByRole('link', { name: 'Go to the course home' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and fragment on every page resolves', async () => {
    const { page } = await openPage(browser());
    const broken: string[] = [];
    const checked = new Map<string, Promise<{ ok: boolean; ids: string[] }>>();
    const fetchPage = (url: string) => {
      if (!checked.has(url)) {
        checked.set(
          url,
          (async () => {
            const response = await fetch(url);
            const html = await response.text();
            return { ok: response.ok, ids: [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!) };
          })(),
        );
      }
      return checked.get(url)!;
    };
    for (const path of [...pages, '404.html']) {
      await page.goto(siteUrl + path);
      const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(siteUrl).origin) {
          broken.push(`/${path} links off-site to ${href} (the course makes no third-party requests)`);
          continue;
        }
        const target = await fetchPage(url.origin + url.pathname);
        if (!target.ok) broken.push(`/${path} → ${url.pathname} is not a page`);
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !target.ids.includes(fragment)) broken.push(`/${path} → ${url.pathname}#${fragment}: no such id`);
      }
    }
    expect(broken).toEqual([]);
  });
});
