/** The alphabet of the glossary's jump links. */
const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * Glossary entries grouped under their first letter, A to Z, every letter present (an empty list where no
 * term starts with it, so the jump links show the whole alphabet), each group sorted by term.
 */
export function glossaryLetters<T extends { term: string }>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const first = (entry: T) => entry.term.normalize('NFD').charAt(0).toUpperCase();
  const other = sorted.filter((entry) => !ALPHABET.includes(first(entry)));
  const groups = ALPHABET.map((letter) => ({ letter, entries: sorted.filter((entry) => first(entry) === letter) }));
  return other.length > 0 ? [...groups, { letter: '#', entries: other }] : groups;
}
