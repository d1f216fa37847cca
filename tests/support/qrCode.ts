import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { generate } from 'lean-qr/nano';
import { darkModulesOf, QUIET_ZONE } from '../../src/lib/teach/qrPath';

/**
 * Checks the QR code the page drew for `text` (read from the page's own field): found by its accessible
 * name, its viewBox is lean-qr's module count in Node plus the quiet zone, and its path draws exactly
 * lean-qr's dark modules. Waits for it, since its code loads on demand.
 */
export async function expectQrCodeOf(page: Page, name: string, text: string): Promise<void> {
  const svg = page.getByRole('img', { name, exact: true });
  await svg.waitFor({ timeout: 10_000 });
  const bitmap = generate(text);
  const modules = bitmap.size + 2 * QUIET_ZONE;
  expect(await svg.getAttribute('viewBox')).toBe(`0 0 ${modules} ${modules}`);
  expect(await svg.getAttribute('shape-rendering')).toBe('crispEdges');
  const path = (await svg.locator('path').getAttribute('d')) ?? '';
  const dark = new Set<string>();
  for (let y = 0; y < bitmap.size; y++) for (let x = 0; x < bitmap.size; x++) if (bitmap.get(x, y)) dark.add(`${x},${y}`);
  expect(darkModulesOf(path)).toEqual(dark);
}
