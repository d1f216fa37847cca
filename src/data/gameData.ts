import type { GameDeck } from '../lib/game/deck';
import { lessonPath } from '../lib/paths';
import type { Course } from './course';

/** One deck as the sorting game loads it: served as static JSON online, and the same object can be inlined offline. */
export function deckData({ decks, headings, lessons }: Course, deckId: string, base: string): GameDeck {
  const deck = decks.get(deckId);
  if (!deck) throw new Error(`content/games: there is no deck "${deckId}" (decks: ${[...decks.keys()].join(', ')})`);
  const headingText = (lesson: string, slug: string) => headings.get(lesson)?.find((heading) => heading.slug === slug)?.text ?? slug;
  const lessonNumber = (lesson: string) => lessons.find((entry) => entry.id === lesson)?.data.order;
  return {
    id: deckId,
    title: deck.title,
    buckets: deck.buckets,
    cards: deck.cards.map(({ id, text, accepts, reason, teaches }) => {
      const [lesson = '', slug = ''] = teaches.split('#');
      const where = lesson === deck.lesson ? '' : ` in lesson ${lessonNumber(lesson)}`;
      return {
        id,
        text,
        accepts,
        reason,
        link: { href: `${lessonPath(base, lesson)}#${slug}`, text: `Re-read “${headingText(lesson, slug)}”${where}` },
      };
    }),
  };
}

/** The decks that belong to a lesson (shown at its end). */
export function decksOfLesson({ decks }: Course, lesson: string): string[] {
  return [...decks].filter(([, deck]) => deck.lesson === lesson).map(([id]) => id);
}
