import { z } from 'astro/zod';
import { slug, text } from '../quiz/questionTypes/authoring';
import { sectionTarget } from './sectionTarget';

/** A bucket of a sorting game: where cards go (a role, a type). */
const bucketSchema = z
  .object({
    id: slug,
    label: text.max(40),
    /** A few words under the label, saying what belongs there. */
    hint: text.max(40),
  })
  .strict();

const cardSchema = z
  .object({
    id: slug,
    /** The scenario or company, as the card shows it. */
    text: text.max(120),
    /** Every bucket the card may go to (more than one where the lines blur; the reason says why). */
    accepts: z.array(slug).min(1),
    /** One sentence saying why, in the lesson's terms; shown after the card is sorted. */
    reason: text.max(220),
    /** `<lesson slug>#<heading id>`: the section that teaches it. */
    teaches: sectionTarget,
  })
  .strict();

export type DeckBucket = z.infer<typeof bucketSchema>;
export type DeckCard = z.infer<typeof cardSchema>;

/** How an author finds a card in the file: by its id when it has one, else by position. */
function cardLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `card "${id}"` : `card #${index + 1} (it has no id)`;
}

/**
 * One file in `content/games/`: a deck of cards to sort into buckets. Each card is checked on its own so
 * every message names the card's id; then the cards are checked against the buckets.
 */
export const deckSchema = z
  .object({
    title: text.max(80),
    intro: text.max(240),
    /** The lesson the game belongs to (its slug): the game appears at the end of that lesson. */
    lesson: slug,
    buckets: z.array(bucketSchema).min(2).max(4),
    cards: z.array(z.unknown()).min(4),
  })
  .strict()
  .transform((deck, context) => {
    const buckets = new Set(deck.buckets.map((bucket) => bucket.id));
    if (buckets.size !== deck.buckets.length) context.addIssue({ code: z.ZodIssueCode.custom, path: ['buckets'], message: 'two buckets have the same id' });
    const cards: DeckCard[] = [];
    const seen = new Set<string>();
    deck.cards.forEach((raw, index) => {
      const label = cardLabel(raw, index);
      const issue = (message: string, path: (string | number)[] = []) => context.addIssue({ code: z.ZodIssueCode.custom, path: ['cards', index, ...path], message: `${label}: ${message}` });
      const parsed = cardSchema.safeParse(raw);
      if (!parsed.success) {
        for (const problem of parsed.error.issues) issue(`${problem.path.length > 0 ? `${problem.path.join('.')}: ` : ''}${problem.message}`, problem.path);
        return;
      }
      const card = parsed.data;
      if (seen.has(card.id)) issue('the id is used twice in this deck', ['id']);
      seen.add(card.id);
      for (const bucket of card.accepts) {
        if (!buckets.has(bucket)) issue(`accepts "${bucket}", which is not a bucket (buckets: ${[...buckets].join(', ')})`, ['accepts']);
      }
      if (new Set(card.accepts).size !== card.accepts.length) issue('`accepts` names the same bucket twice', ['accepts']);
      if (card.accepts.length === buckets.size) issue('accepts every bucket, so sorting it tests nothing', ['accepts']);
      cards.push(card);
    });
    return { ...deck, cards };
  });

export type Deck = z.infer<typeof deckSchema>;
