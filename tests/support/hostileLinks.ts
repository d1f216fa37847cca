import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeAssignmentLink } from '../../src/lib/teach/assignmentLink';
import type { NumberedBank } from '../../src/lib/teach/questionIndex';

/**
 * Opens `pageUrl#fragment` for each fragment (broken, newer, hostile) and expects the decoder's own message as
 * an alert, no markup from the link in the island, and no script run from it.
 */
export async function expectLinksRefused(page: Page, pageUrl: string, fragments: readonly string[], bank: NumberedBank): Promise<void> {
  for (const hostile of fragments) {
    await page.goto(`${pageUrl}#${hostile}`);
    await page.reload();
    const expected = await decodeAssignmentLink(await page.evaluate(() => location.hash.slice(1)), bank);
    if (expected.ok) throw new Error(`${hostile} opened`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe(expected.message);
    expect(await page.locator('astro-island :is(b, img, i, script)').count()).toBe(0);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  }
}
