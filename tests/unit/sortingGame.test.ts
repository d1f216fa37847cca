import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  gameReducer,
  gameScore,
  isFinished,
  mistakes,
  newGame,
  remaining,
  topCard,
  type GameAction,
  type GameState,
} from '../../src/lib/game/sortingGame';
import { formatDuration } from '../../src/lib/game/formatDuration';
import { sampleDeck } from '../support/quizFixtures';

const deck = sampleDeck;
const run = (state: GameState, actions: GameAction[]) => actions.reduce((current, action) => gameReducer(current, action, deck), state);
const card = (id: string) => deck.cards.find((candidate) => candidate.id === id)!;
/** Sorts every remaining card, rightly unless `wrong` says otherwise, one second apart. */
function sortAll(state: GameState, wrong: (id: string) => boolean = () => false): GameState {
  let current = state;
  for (let second = 1; topCard(current); second++) {
    const id = topCard(current)!;
    const bucket = wrong(id) ? deck.buckets.find((candidate) => !card(id).accepts.includes(candidate.id))!.id : card(id).accepts[0]!;
    current = run(current, [{ type: 'place', card: id, bucket, now: 1000 + second * 1000 }]);
  }
  return current;
}

describe('a new game', () => {
  it('deals every card once, in an order reproducible from its seed', () => {
    const game = newGame(deck, 'g', 7, 1000);
    expect([...game.order].sort()).toEqual(deck.cards.map((c) => c.id).sort());
    expect(newGame(deck, 'g', 7, 1000)).toEqual(game);
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => newGame(deck, 'g', seed + 1, 0).order.join()));
    expect(orders.size).toBeGreaterThan(10);
    expect(topCard(game)).toBe(game.order[0]);
  });
});

describe('sorting', () => {
  it('only the top card can be picked or placed, and only into a bucket of the deck', () => {
    const game = newGame(deck, 'g', 3, 0);
    const [top, second] = game.order;
    expect(run(game, [{ type: 'pick', card: second! }])).toBe(game);
    expect(run(game, [{ type: 'place', card: second!, bucket: 'customer', now: 1 }])).toBe(game);
    expect(run(game, [{ type: 'place', card: top!, bucket: 'nowhere', now: 1 }])).toBe(game);
    const picked = run(game, [{ type: 'pick', card: top! }]);
    expect(picked.picked).toBe(top);
    expect(run(picked, [{ type: 'unpick' }]).picked).toBeUndefined();
    const placed = run(picked, [{ type: 'place', card: top!, bucket: 'customer', now: 5 }]);
    expect(placed.placed).toEqual({ [top!]: 'customer' });
    expect(placed.picked).toBeUndefined();
    expect(topCard(placed)).toBe(second);
  });

  it('finishes when the last card is placed, timed from the deal', () => {
    const done = sortAll(newGame(deck, 'g', 3, 1000));
    expect(isFinished(done)).toBe(true);
    expect(gameScore(done, deck)).toEqual({ score: deck.cards.length, total: deck.cards.length, seconds: deck.cards.length });
    // A finished game takes no more moves.
    expect(run(done, [{ type: 'undo' }])).toBe(done);
  });

  it('accepts any of the buckets a card fits, and counts a wrong first try even after a take-back', () => {
    let game = newGame(deck, 'g', 3, 0);
    while (topCard(game) !== 'poster')
      game = run(game, [{ type: 'place', card: topCard(game)!, bucket: card(topCard(game)!).accepts[0]!, now: 1 }]);
    expect(run(game, [{ type: 'place', card: 'poster', bucket: 'producer', now: 2 }]).firstTries['poster']).toBe('producer');
    game = run(game, [{ type: 'place', card: 'poster', bucket: 'orchestrator', now: 2 }, { type: 'undo' }]);
    expect(topCard(game)).toBe('poster');
    game = sortAll(game);
    expect(gameScore(game, deck).score).toBe(deck.cards.length - 1);
    expect(mistakes(game, deck)).toEqual([{ card: card('poster'), firstTry: 'orchestrator' }]);
  });
});

describe('any sequence of moves', () => {
  const move = fc.oneof(
    fc.record({ type: fc.constant('pick' as const), card: fc.constantFrom(...deck.cards.map((c) => c.id)) }),
    fc.constant({ type: 'unpick' as const }),
    fc.record({
      type: fc.constant('place' as const),
      card: fc.constantFrom(...deck.cards.map((c) => c.id)),
      bucket: fc.constantFrom('orchestrator', 'producer', 'customer', 'bogus'),
      now: fc.integer({ min: 0, max: 10_000_000 }),
    }),
    fc.constant({ type: 'undo' as const }),
  );

  it('keeps the game valid and plain JSON, the score within range; a perfect sort scores full', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.array(move, { maxLength: 40 }), (seed, moves) => {
        const state = run(newGame(deck, 'g', seed, 0), moves);
        expect([...state.order].sort()).toEqual(deck.cards.map((c) => c.id).sort());
        expect(remaining(state).length + Object.keys(state.placed).length).toBe(deck.cards.length);
        expect(state.history).toEqual(state.history.filter((id) => id in state.placed));
        for (const id of Object.keys(state.placed)) expect(state.firstTries[id]).toBeDefined();
        const { score, total } = gameScore(state, deck);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(total);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        expect(gameScore(sortAll(newGame(deck, 'g', seed, 0)), deck).score).toBe(deck.cards.length);
      }),
    );
  });
});

describe('formatDuration', () => {
  it('says times as people read them', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(92)).toBe('1 min 32 s');
  });
});
