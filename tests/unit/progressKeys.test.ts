import { describe, expect, it } from 'vitest';
import { FINAL_EXAM_ID, PROGRESS_PREFIX, QUIZ_PREFIX, quizStorageKey } from '../../src/lib/progress/keys';
import { STORAGE_PREFIX, THEME_KEY } from '../../src/lib/storageKeys';

describe('storage keys', () => {
  it("put every quiz record under its own key, inside the site's namespace", () => {
    expect(quizStorageKey('three-roles')).toBe('digital-ecosystems:progress:quiz:three-roles');
    expect(quizStorageKey(FINAL_EXAM_ID)).toBe('digital-ecosystems:progress:quiz:final-exam');
    expect(QUIZ_PREFIX.startsWith(PROGRESS_PREFIX)).toBe(true);
    expect(PROGRESS_PREFIX.startsWith(STORAGE_PREFIX)).toBe(true);
  });

  it('keep settings apart from progress, so clearing one never touches the other', () => {
    expect(THEME_KEY.startsWith(STORAGE_PREFIX)).toBe(true);
    expect(THEME_KEY.startsWith(PROGRESS_PREFIX)).toBe(false);
  });
});
