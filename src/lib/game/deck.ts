import type { SectionLink } from '../quiz/quizData';

/*
 * A sorting game's deck as the browser gets it (`/games/<deck>.json`): buckets, and cards with the
 * buckets they belong in, the reason and the link to the section that teaches it, resolved at build time.
 */

export interface GameBucket {
  id: string;
  label: string;
  hint: string;
}

export interface GameCard {
  id: string;
  text: string;
  /** Every bucket the card may go to. */
  accepts: string[];
  reason: string;
  link: SectionLink;
}

export interface GameDeck {
  id: string;
  title: string;
  buckets: GameBucket[];
  cards: GameCard[];
}
