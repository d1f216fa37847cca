import type { CDPSession, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { GameCard, GameDeck } from '../../src/lib/game/deck';
import { animationsSettled } from './axe';

/** A deck as the site serves it (answers included). */
export async function fetchDeck(siteUrl: string, deck: string): Promise<GameDeck> {
  return (await (await fetch(`${siteUrl}games/${deck}.json`)).json()) as GameDeck;
}

/** A game's place on a page. */
export const gameOn = (page: Page, deck: string): Locator => page.locator(`.activity-game[data-deck="${deck}"]`);

/** Scrolls the game into view, waits for its island, presses Start and waits for the first card. */
export async function startGame(page: Page, deck: string): Promise<Locator> {
  const game = gameOn(page, deck);
  await game.scrollIntoViewIfNeeded();
  await page.waitForSelector(`.activity-game[data-deck="${deck}"] astro-island:not([ssr])`);
  await game.getByRole('button', { name: /Start sorting|Play again/ }).click();
  await game.locator('.game-card').waitFor();
  return game;
}

/** The card on top of the deck, found in the deck by its text. */
export async function cardOnTop(game: Locator, deck: GameDeck): Promise<GameCard> {
  const text = (await game.locator('.game-card').textContent())?.trim();
  const card = deck.cards.find((candidate) => candidate.text === text);
  if (!card) throw new Error(`no card with the text ${JSON.stringify(text)}`);
  return card;
}

/** The bucket button for a bucket id. */
export const bucketButton = (game: Locator, bucket: string) => game.locator(`[data-drop="${bucket}"]`);

/** The centre of an element, in viewport coordinates, once it has stopped moving (a card glides back after a cancelled drag). */
export async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  await animationsSettled(locator.page());
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from one element to another, in small steps as a hand would. */
export async function mouseDrag(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centre(from);
  const end = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 4, start.y + 6, { steps: 2 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

/**
 * Real touch input through the DevTools protocol: Chromium turns it into touch pointer events, as a phone
 * does (Playwright's own touchscreen only taps).
 */
export async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel',
  point?: { x: number; y: number },
): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: point && type !== 'touchEnd' && type !== 'touchCancel' ? [{ x: point.x, y: point.y }] : [],
  });
}

/** Drags with a finger from one point to another, in steps. */
export async function touchDrag(
  cdp: CDPSession,
  start: { x: number; y: number },
  end: { x: number; y: number },
  finish: 'touchEnd' | 'touchCancel' = 'touchEnd',
): Promise<void> {
  await touch(cdp, 'touchStart', start);
  for (let step = 1; step <= 8; step++) {
    await touch(cdp, 'touchMove', { x: start.x + ((end.x - start.x) * step) / 8, y: start.y + ((end.y - start.y) * step) / 8 });
  }
  await touch(cdp, finish);
}

/** Waits until the game shows the given card count ("Card 3 of 16"), i.e. the previous move has landed. */
export async function expectCard(game: Locator, position: number, total: number): Promise<void> {
  await expect.poll(() => game.locator('.game-count').textContent()).toBe(`Card ${position} of ${total}`);
}
