// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { gameRecordKind } from '../../src/lib/progress/gameRecord';
import { lessonRecordKind } from '../../src/lib/progress/lessonRecord';
import { gameBest, lessonReadAt, lessonStepsOf, quizBest, reviewCards } from '../../src/lib/progress/progressSummary';
import { quizRecordKind } from '../../src/lib/progress/quizRecord';
import { decodeRecord, encodeRecord, type RecordKind } from '../../src/lib/progress/recordCodec';
import { reviewRecordKind, withAnswers } from '../../src/lib/progress/reviewRecord';
import { resetStorageAreaForTests } from '../../src/lib/progress/storageArea';
import { writeItem } from '../../src/lib/progress/storageItems';
import { progressKey, REVIEW_RECORD_ID } from '../../src/lib/storageKeys';
import { browserStorage } from '../support/browserStorage';

// (happy-dom replaces URL, so the fixture's path is built with node:path.)
const fixture = (name: string) =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/progress', `${name}.json`), 'utf8');
let storage: Storage;
beforeEach(() => {
  storage = browserStorage();
  vi.stubGlobal('localStorage', storage);
  resetStorageAreaForTests();
});
afterEach(() => vi.unstubAllGlobals());

/** What the full reader makes of a stored record (or undefined when it keeps nothing). */
function fullRead<R>(kind: RecordKind<R>, raw: string, id: string): R | undefined {
  const decoded = decodeRecord(kind, raw, id);
  return decoded.status === 'ok' ? decoded.record : undefined;
}

describe('the summary pages without islands read', () => {
  it('agrees with the full readers on records older versions really saved', () => {
    for (const name of ['v1-lesson-quiz', 'v1-exam-practice-round', 'v2-lesson-quiz']) {
      storage.setItem(progressKey('quiz', 'q'), fixture(name));
      expect(quizBest('q')).toEqual(fullRead(quizRecordKind, fixture(name), 'q')?.best);
    }
    storage.setItem(progressKey('game', 'roles'), fixture('v1-game'));
    expect(gameBest('roles')).toEqual(fullRead(gameRecordKind, fixture('v1-game'), 'roles')?.best);
  });

  it('agrees with the full readers on whatever the full readers write back', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (best, readAt) => {
        const quiz = fullRead(quizRecordKind, JSON.stringify({ v: 3, history: [], earlier: 0, best }), 'q');
        if (quiz) {
          storage.setItem(progressKey('quiz', 'q'), encodeRecord(quiz));
          expect(quizBest('q')).toEqual(quiz.best);
        }
        const lesson = fullRead(lessonRecordKind, JSON.stringify({ v: 1, readAt }), 'l');
        if (lesson) {
          storage.setItem(progressKey('lesson', 'l'), encodeRecord(lesson));
          expect(lessonReadAt('l')).toEqual(lesson.readAt);
        }
      }),
    );
    const review = withAnswers(reviewRecordKind.empty(), [{ q: 'a', right: false }], 1000, 3);
    storage.setItem(progressKey('review', REVIEW_RECORD_ID), encodeRecord(review));
    expect(reviewCards()).toEqual(fullRead(reviewRecordKind, encodeRecord(review), REVIEW_RECORD_ID)?.cards);
  });

  it('shows nothing for records it cannot read or that a newer version wrote, and never throws', () => {
    storage.setItem(progressKey('quiz', 'q'), JSON.stringify({ v: 99, best: { score: 1, total: 1, at: 1 } }));
    expect(quizBest('q')).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (raw) => {
        for (const kind of ['quiz', 'game', 'lesson']) storage.setItem(progressKey(kind, 'x'), raw);
        storage.setItem(progressKey('review', REVIEW_RECORD_ID), raw);
        expect(() => [quizBest('x'), gameBest('x'), lessonReadAt('x'), reviewCards()]).not.toThrow();
      }),
    );
  });

  it("counts a lesson's steps: read, quiz passed, games played", () => {
    writeItem(progressKey('lesson', 'l'), encodeRecord({ v: 1, readAt: 5 }));
    writeItem(progressKey('quiz', 'l'), encodeRecord({ v: 3, history: [], earlier: 0, best: { score: 8, total: 10, at: 1 } }));
    writeItem(progressKey('game', 'd1'), fixture('v1-game'));
    expect(lessonStepsOf('l', ['d1', 'd2'])).toEqual({ id: 'l', read: true, quizPassed: true, gamesPlayed: 1, games: 2 });
    writeItem(progressKey('quiz', 'l'), encodeRecord({ v: 3, history: [], earlier: 0, best: { score: 7, total: 10, at: 1 } }));
    expect(lessonStepsOf('l', []).quizPassed).toBe(false);
  });
});
