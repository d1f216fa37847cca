import { describe, expect, it } from 'vitest';
import { deckSchema } from '../../src/lib/content/deckSchema';

const card = (id: string, accepts: string[]) => ({ id, text: `Card ${id}`, accepts, reason: 'Because.', teaches: 'three-roles#customer' });
const deck = {
  title: 'Who plays which role?',
  intro: 'Sort each card.',
  lesson: 'three-roles',
  buckets: [
    { id: 'orchestrator', label: 'Orchestrator', hint: 'Builds and runs it' },
    { id: 'customer', label: 'Customer', hint: 'Gets value' },
  ],
  cards: [card('a', ['orchestrator']), card('b', ['customer']), card('c', ['customer']), card('d', ['orchestrator'])],
};
const messages = (data: unknown) => {
  const result = deckSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('deckSchema', () => {
  it('accepts a well-formed deck', () => {
    expect(messages(deck)).toEqual([]);
  });

  it('names the card in every message about a card', () => {
    expect(
      messages({
        ...deck,
        cards: [
          ...deck.cards,
          card('e', ['orchestator']),
          card('a', ['customer']),
          { ...card('f', ['customer']), reason: undefined },
          card('g', ['customer', 'orchestrator']),
          { ...card('h', ['customer']), teaches: 'three-roles' },
        ],
      }),
    ).toEqual([
      'card "e": accepts "orchestator", which is not a bucket (buckets: orchestrator, customer)',
      'card "a": the id is used twice in this deck',
      'card "f": reason: Required',
      'card "g": accepts every bucket, so sorting it tests nothing',
      'card "h": teaches: write it as "<lesson slug>#<heading id>", e.g. "three-roles#orchestrator"',
    ]);
  });

  it('needs two to four buckets and a few cards', () => {
    expect(messages({ ...deck, buckets: deck.buckets.slice(0, 1) })).toEqual(['Array must contain at least 2 element(s)']);
    expect(messages({ ...deck, cards: deck.cards.slice(0, 2) })).toEqual(['Array must contain at least 4 element(s)']);
  });
});
