import { describe, expect, it } from 'vitest';
import { glossaryLetters } from '../../src/lib/glossaryLetters';

describe('glossaryLetters', () => {
  it('groups terms under their first letter, A to Z, sorted, every letter present', () => {
    const groups = glossaryLetters([{ term: 'Lock-in' }, { term: 'API' }, { term: 'automation' }, { term: 'Éclair' }]);
    expect(groups).toHaveLength(26);
    expect(groups[0]).toEqual({ letter: 'A', entries: [{ term: 'API' }, { term: 'automation' }] });
    expect(groups.find((group) => group.letter === 'E')!.entries).toEqual([{ term: 'Éclair' }]);
    expect(groups.find((group) => group.letter === 'L')!.entries).toEqual([{ term: 'Lock-in' }]);
    expect(groups.find((group) => group.letter === 'Z')!.entries).toEqual([]);
  });

  it('puts terms that start with no letter in a group of their own at the end', () => {
    expect(glossaryLetters([{ term: '5G' }]).at(-1)).toEqual({ letter: '#', entries: [{ term: '5G' }] });
  });
});
