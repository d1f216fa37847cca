import { describe, expect, it } from 'vitest';
import { reloadWarning } from '../../src/lib/offline/offlineNotices';

describe('reloadWarning', () => {
  it('says nothing when no unsaved work would be lost', () => {
    expect(reloadWarning([])).toBeUndefined();
  });

  it('names the one piece of work a reload would end', () => {
    expect(reloadWarning(['the sorting round you are playing'])).toBe(
      'Reloading now would end the sorting round you are playing. Finish first and then reload, or reload anyway.',
    );
  });

  it('lists several in one sentence', () => {
    expect(reloadWarning(['round A', 'round B', 'round C'])).toContain('would end round A, round B and round C.');
  });
});
