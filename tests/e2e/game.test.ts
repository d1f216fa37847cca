import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { focusedText } from '../support/quizDriver';
import { bucketButton, cardOnTop, centre, expectCard, fetchDeck, gameOn, mouseDrag, startGame, touchDrag } from '../support/gameDriver';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const DECK = 'roles';
const LESSON = 'three-roles';

describe('the sorting game', () => {
  it('is readable before it starts: buckets and cards, no answers', async () => {
    const { page, problems } = await openPage(browser(), { width: 390, height: 844 });
    const deck = await fetchDeck(siteUrl, DECK);
    await page.goto(`${siteUrl}lessons/${LESSON}/`);
    const game = gameOn(page, DECK);
    expect(await game.locator('.deck-preview-cards > li').count()).toBe(deck.cards.length);
    expect(await game.locator('.deck-preview-buckets > li').count()).toBe(deck.buckets.length);
    expect(await game.textContent()).not.toContain(deck.cards[0]!.reason);
    expect(problems).toEqual([]);
  });

  it('is played to the end by mouse dragging, and the best score and time are kept after a reload', async () => {
    const { page, problems } = await openPage(browser());
    const deck = await fetchDeck(siteUrl, DECK);
    await page.goto(`${siteUrl}lessons/${LESSON}/`);
    const game = await startGame(page, DECK);
    for (let index = 0; index < deck.cards.length; index++) {
      await expectCard(game, index + 1, deck.cards.length);
      const card = await cardOnTop(game, deck);
      // Get the first card wrong on purpose.
      const bucket = index === 0 ? deck.buckets.find((candidate) => !card.accepts.includes(candidate.id))!.id : card.accepts[0]!;
      await mouseDrag(page, game.locator('.game-card'), bucketButton(game, bucket));
      if (index === 0) {
        await expect.poll(() => game.locator('.quiz-verdict').textContent()).toContain('Not ');
        expect(await game.locator('.game-feedback').textContent()).toContain(card.reason);
        expect(await game.locator('[aria-live="polite"]').textContent()).toContain(card.text);
      }
    }
    await expect.poll(() => focusedText(page)).toBe('Your result');
    const total = deck.cards.length;
    expect(await game.locator('.game-score').textContent()).toContain(`You sorted ${total - 1} of ${total} cards right the first time`);
    expect(await game.locator('.game-mistakes > li').count()).toBe(1);
    await page.reload();
    const after = gameOn(page, DECK);
    await after.scrollIntoViewIfNeeded();
    await page.waitForSelector(`.activity-game[data-deck="${DECK}"] astro-island:not([ssr])`);
    await expect
      .poll(() => after.locator('.quiz-scores').innerText())
      .toMatch(new RegExp(`Best result\\n${total - 1} of ${total} in \\d+ s\\nGames played\\n1`));
    // And on the home page, which has no island, beside the lesson.
    await page.goto(siteUrl);
    expect(await page.locator(`[data-game-best="${DECK}"] [data-game-result]`).textContent()).toMatch(
      new RegExp(`^best ${total - 1} of ${total} in \\d+ s$`),
    );
    expect(problems).toEqual([]);
  });

  it('is played by touch at 390 px: a drag starts after a few pixels, a cancelled touch puts the card back, a swipe elsewhere scrolls', async () => {
    const { context, page, problems } = await openPage(browser(), { width: 390, height: 844, hasTouch: true });
    const cdp = await context.newCDPSession(page);
    const deck = await fetchDeck(siteUrl, DECK);
    await page.goto(`${siteUrl}lessons/${LESSON}/`);
    const game = await startGame(page, DECK);
    // The buckets are within reach of a held card without scrolling.
    for (const bucket of deck.buckets) expect(await bucketButton(game, bucket.id).isVisible()).toBe(true);
    const viewport = page.viewportSize()!;
    for (const bucket of deck.buckets) {
      const box = (await bucketButton(game, bucket.id).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    // A touch that is cancelled mid-drag (a call, pull-to-refresh) puts the card back and loses nothing.
    const first = await cardOnTop(game, deck);
    await touchDrag(cdp, await centre(game.locator('.game-card')), await centre(bucketButton(game, first.accepts[0]!)), 'touchCancel');
    await expectCard(game, 1, deck.cards.length);
    expect((await cardOnTop(game, deck)).id).toBe(first.id);
    for (let index = 0; index < deck.cards.length; index++) {
      await expectCard(game, index + 1, deck.cards.length);
      const card = await cardOnTop(game, deck);
      await touchDrag(cdp, await centre(game.locator('.game-card')), await centre(bucketButton(game, card.accepts.at(-1)!)));
    }
    await expect.poll(() => game.locator('.game-score').textContent()).toContain(`${deck.cards.length} of ${deck.cards.length}`);
    // A swipe that starts outside any card scrolls the page.
    const before = await page.evaluate(() => window.scrollY);
    await touchDrag(cdp, { x: 20, y: 600 }, { x: 20, y: 300 });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    expect(problems).toEqual([]);
  });

  it('is played by tapping the card, then a bucket (no dragging needed)', async () => {
    const { page, problems } = await openPage(browser(), { width: 390, height: 844, hasTouch: true });
    const deck = await fetchDeck(siteUrl, 'types');
    await page.goto(`${siteUrl}practice/`);
    const game = await startGame(page, 'types');
    for (let index = 0; index < deck.cards.length; index++) {
      await expectCard(game, index + 1, deck.cards.length);
      const card = await cardOnTop(game, deck);
      await game.locator('.game-card').tap();
      await expect.poll(() => game.locator('.game-card').getAttribute('aria-pressed')).toBe('true');
      await bucketButton(game, card.accepts[0]!).tap();
    }
    await expect.poll(() => game.locator('.game-score').textContent()).toContain(`${deck.cards.length} of ${deck.cards.length}`);
    expect(problems).toEqual([]);
  });

  it('is played by keyboard alone: pick with Enter, sort with a number key or a bucket button, take back with Undo', async () => {
    const { page, problems } = await openPage(browser());
    const deck = await fetchDeck(siteUrl, DECK);
    await page.goto(`${siteUrl}practice/`);
    const game = gameOn(page, DECK);
    await game.scrollIntoViewIfNeeded();
    await page.waitForSelector(`.activity-game[data-deck="${DECK}"] astro-island:not([ssr])`);
    await game.getByRole('button', { name: 'Start sorting' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('game-card');
    // Pick the card up, then sort it with its bucket's number key.
    const first = await cardOnTop(game, deck);
    await page.keyboard.press('Enter');
    expect(await game.locator('.game-card').getAttribute('aria-pressed')).toBe('true');
    const wrong = deck.buckets.findIndex((bucket) => !first.accepts.includes(bucket.id));
    await page.keyboard.press(String(wrong + 1));
    await expectCard(game, 2, deck.cards.length);
    // Focus lands on the next card, never lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('game-card');
    // Take it back: the card is on top again, and its first (wrong) answer still counts.
    await game.getByRole('button', { name: 'Take back the last card' }).focus();
    await page.keyboard.press('Enter');
    await expectCard(game, 1, deck.cards.length);
    expect((await cardOnTop(game, deck)).id).toBe(first.id);
    for (let index = 0; index < deck.cards.length; index++) {
      await expectCard(game, index + 1, deck.cards.length);
      // Focus moves to each new card as it is dealt.
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('game-card');
      const card = await cardOnTop(game, deck);
      const bucket = deck.buckets.findIndex((candidate) => candidate.id === card.accepts[0]);
      if (index % 2 === 0) {
        await page.keyboard.press('Space');
        await page.keyboard.press(String(bucket + 1));
      } else {
        // Tab from the card to its bucket's button.
        for (let presses = 0; presses <= bucket; presses++) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-drop'))).toBe(card.accepts[0]);
        await page.keyboard.press('Enter');
      }
    }
    await expect.poll(() => focusedText(page)).toBe('Your result');
    const total = deck.cards.length;
    expect(await game.locator('.game-score').textContent()).toContain(`${total - 1} of ${total}`);
    expect(await game.locator('.game-mistakes').textContent()).toContain(first.text);
    expect(problems).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`has no axe violations at the start, mid-game, with a card picked and on the results (${scheme})`, async () => {
      const { page } = await openPage(browser(), { colorScheme: scheme });
      const deck = await fetchDeck(siteUrl, DECK);
      await page.goto(`${siteUrl}lessons/${LESSON}/`);
      const game = await startGame(page, DECK);
      expect(await axeViolations(page)).toEqual([]);
      const card = await cardOnTop(game, deck);
      await bucketButton(game, deck.buckets.find((bucket) => !card.accepts.includes(bucket.id))!.id).click();
      await expectCard(game, 2, deck.cards.length);
      expect(await axeViolations(page)).toEqual([]);
      await game.locator('.game-card').click();
      await expect.poll(() => game.locator('.game-card').getAttribute('aria-pressed')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      for (let index = 1; index < deck.cards.length; index++) {
        await expectCard(game, index + 1, deck.cards.length);
        await bucketButton(game, (await cardOnTop(game, deck)).accepts[0]!).click();
      }
      await game.locator('.game-results').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('under reduced motion, nothing on the board animates', async () => {
    const { page } = await openPage(browser(), { reducedMotion: 'reduce' });
    await page.goto(`${siteUrl}practice/`);
    const game = await startGame(page, DECK);
    const animated = await game.evaluate(
      (element) =>
        [...element.querySelectorAll('*')].filter((node) => {
          const style = getComputedStyle(node);
          return style.animationName !== 'none' || (style.transitionDuration !== '0s' && style.transitionProperty !== 'all');
        }).length,
    );
    expect(animated).toBe(0);
  });
});
