import { seededRandom } from '../quiz/random';
import { shuffle } from '../quiz/shuffle';
import type { GameCard, GameDeck } from './deck';

/**
 * A sorting game as a state machine, with no DOM and no clock: the island renders `GameState`, sends
 * `GameAction`s, and passes the time in (`now`, ms) so tests control it. Every state is plain JSON.
 *
 * Cards come from a shuffled deck one at a time. Each placement is shown right or wrong at once; Undo
 * takes the last card back to the top of the deck to sort again, but a card's FIRST placement is what
 * scores, so undoing a wrong answer does not erase it (the results say so).
 */
export interface GameState {
  /** Tells plays apart, so a finished play is saved once. */
  id: string;
  /** Card ids in the order they are dealt. */
  order: string[];
  /** Where each sorted card is now, by card id. */
  placed: Record<string, string>;
  /** Card ids in the order they were placed (Undo takes the last back). */
  history: string[];
  /** Where each card was placed the first time, by card id: this is what scores. */
  firstTries: Record<string, string>;
  /** The card picked up by tap or keyboard, waiting for a bucket. */
  picked?: string | undefined;
  startedAt: number;
  /** Set when the last card is placed. */
  finishedAt?: number | undefined;
}

export type GameAction =
  { type: 'pick'; card: string } | { type: 'unpick' } | { type: 'place'; card: string; bucket: string; now: number } | { type: 'undo' };

/** A new play over the whole deck, dealt in a seeded order. */
export function newGame(deck: GameDeck, id: string, seed: number, now: number): GameState {
  return {
    id,
    order: shuffle(
      deck.cards.map((card) => card.id),
      seededRandom(seed),
    ),
    placed: {},
    history: [],
    firstTries: {},
    startedAt: now,
  };
}

/** The cards still to sort, in dealing order; the first is on top. */
export function remaining(state: GameState): string[] {
  return state.order.filter((card) => !(card in state.placed));
}

/** The card on top of the deck, if any is left. */
export function topCard(state: GameState): string | undefined {
  return remaining(state)[0];
}

export function isFinished(state: GameState): boolean {
  return state.finishedAt !== undefined;
}

/** Is this bucket right for this card? */
export function isRight(card: Pick<GameCard, 'accepts'>, bucket: string): boolean {
  return card.accepts.includes(bucket);
}

/** Applies one action; an action that makes no sense now (a card not on top, a finished game) changes nothing. */
export function gameReducer(state: GameState, action: GameAction, deck: GameDeck): GameState {
  if (isFinished(state)) return state;
  const top = topCard(state);
  switch (action.type) {
    case 'pick':
      return action.card === top ? { ...state, picked: action.card } : state;
    case 'unpick':
      return state.picked === undefined ? state : { ...state, picked: undefined };
    case 'place': {
      if (action.card !== top || !deck.buckets.some((bucket) => bucket.id === action.bucket)) return state;
      const placed = { ...state.placed, [action.card]: action.bucket };
      const firstTries = action.card in state.firstTries ? state.firstTries : { ...state.firstTries, [action.card]: action.bucket };
      const done = state.order.every((card) => card in placed);
      return {
        ...state,
        placed,
        firstTries,
        history: [...state.history, action.card],
        picked: undefined,
        finishedAt: done ? action.now : undefined,
      };
    }
    case 'undo': {
      const last = state.history.at(-1);
      if (last === undefined) return state;
      const { [last]: _takenBack, ...placed } = state.placed;
      // The card goes back on top of the deck, so it is the next one to sort.
      return {
        ...state,
        placed,
        history: state.history.slice(0, -1),
        order: [last, ...state.order.filter((card) => card !== last)],
        picked: undefined,
      };
    }
  }
}

export interface GameScore {
  /** Cards sorted right the first time. */
  score: number;
  total: number;
  /** Whole seconds from the first card dealt to the last one sorted. */
  seconds: number;
}

/** How a finished play went: first tries only, and the time it took. */
export function gameScore(state: GameState, deck: GameDeck): GameScore {
  const score = deck.cards.filter((card) => state.firstTries[card.id] !== undefined && isRight(card, state.firstTries[card.id]!)).length;
  return {
    score,
    total: deck.cards.length,
    seconds: Math.max(0, Math.round(((state.finishedAt ?? state.startedAt) - state.startedAt) / 1000)),
  };
}

/** The cards whose first placement was wrong, in dealing order, with where they went first. */
export function mistakes(state: GameState, deck: GameDeck): { card: GameCard; firstTry: string }[] {
  return deck.cards
    .filter((card) => state.firstTries[card.id] !== undefined && !isRight(card, state.firstTries[card.id]!))
    .map((card) => ({ card, firstTry: state.firstTries[card.id]! }))
    .sort((a, b) => state.order.indexOf(a.card.id) - state.order.indexOf(b.card.id));
}
