import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0–2.2 levels A and AA: the bar every page and every interactive state must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Waits until every running animation and transition on the page has finished: a fade-in halfway through
 * is not a state the page rests in, and measuring it (colours, positions) would only measure the motion.
 */
export async function animationsSettled(page: Page): Promise<void> {
  // An animation cancelled on the way (its element replaced) rejects `finished`: that counts as settled too.
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((animation) => animation.finished)));
  // A smooth scroll (to a focused element) is motion too: wait until the page stays put for a few frames, or
  // a link passing under the sticky header mid-scroll reads as an obscured target.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const started = performance.now();
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3 || performance.now() - started > 3000) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** axe for this page. */
function axeOn(page: Page): AxeBuilder {
  const builder = new AxeBuilder({ page });
  // axe fetches the stylesheets again (XHR) for its CSS-object-model rules; a page opened from files may not
  // fetch anything, so there it checks the page as rendered and skips those few rules (they pass online).
  if (new URL(page.url()).protocol === 'file:') builder.options({ preload: false });
  return builder;
}

/** Runs axe on the page once it is still, and returns one readable line per violation (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  await animationsSettled(page);
  const results = await axeOn(page).withTags(WCAG_TAGS).analyze();
  const lines: string[] = [];
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      if (violation.id === 'target-size' && (await onlyUnderTheHeader(page, node.target.join(' ')))) continue;
      lines.push(`${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').join(' ')}`);
    }
  }
  return lines;
}

/**
 * Whether a target axe found too small is only partly scrolled under the sticky site header: scrolled into
 * the middle of the screen it must pass the same rule, or it is a real defect and stays reported. (Content
 * passing under a sticky header is how scrolling looks, not a target too small to hit.)
 */
async function onlyUnderTheHeader(page: Page, selector: string): Promise<boolean> {
  const scrolled = await page.evaluate(() => window.scrollY);
  await page
    .locator(selector)
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await animationsSettled(page);
  const again = await axeOn(page).include(selector).withRules(['target-size']).analyze();
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), scrolled);
  await animationsSettled(page);
  return again.violations.length === 0;
}
