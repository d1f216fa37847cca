import { describe, expect, it } from 'vitest';
import { PROGRESS_PREFIX, progressKey, progressPrefix, STORAGE_PREFIX, THEME_KEY } from '../../src/lib/storageKeys';
import { FINAL_EXAM_ID } from '../../src/lib/quiz/quizIds';

describe('storage keys', () => {
  it("put every record under its own key, by kind, inside the site's namespace", () => {
    expect(progressKey('quiz', 'three-roles')).toBe('digital-ecosystems:progress:quiz:three-roles');
    expect(progressKey('quiz', FINAL_EXAM_ID)).toBe('digital-ecosystems:progress:quiz:final-exam');
    expect(progressKey('quiz', 'x').startsWith(progressPrefix('quiz'))).toBe(true);
    expect(progressPrefix('quiz').startsWith(PROGRESS_PREFIX)).toBe(true);
    expect(PROGRESS_PREFIX.startsWith(STORAGE_PREFIX)).toBe(true);
  });

  it('keep kinds apart: no kind prefix is another kind key', () => {
    expect(progressKey('quiz', 'a').startsWith(progressPrefix('quizzes'))).toBe(false);
  });

  it('keep settings apart from progress, so clearing one never touches the other', () => {
    expect(THEME_KEY.startsWith(STORAGE_PREFIX)).toBe(true);
    expect(THEME_KEY.startsWith(PROGRESS_PREFIX)).toBe(false);
  });
});
