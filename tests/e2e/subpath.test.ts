import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openPage } from '../support/browser';
import { builtPages } from '../support/siteMap';
import { SUBPATH_BASE, SUBPATH_DIST } from '../support/builds';

const siteUrl = inject('subpathSiteUrl');
const pages = builtPages(SUBPATH_DIST);
const browser = useBrowser();

describe(`the site deployed under ${SUBPATH_BASE}`, () => {
  it.each(pages)('/%s loads every asset from under the sub-path and links only inside it', async (path) => {
    const { context, page, problems } = await openPage(browser());
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
    await context.close();
  });
});
