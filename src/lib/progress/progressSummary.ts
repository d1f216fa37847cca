import { progressKey, REVIEW_RECORD_ID } from '../storageKeys';
import { isPassing } from '../quiz/passMark';
import type { LessonSteps } from './courseProgress';
import type { ReviewCard } from './leitner';
import {
  isObject,
  isTime,
  readCard,
  readGameResult,
  readScore,
  RECORD_VERSIONS,
  type GameResult,
  type RecordKindName,
  type ScoreRecord,
} from './recordFields';
import { readItem } from './storageArea';

/*
 * What pages without islands show of saved progress (the marks in the lesson lists, the home page's path
 * and progress bar), read straight from storage. The full record readers (quizRecord.ts…) also check
 * attempts in progress and past answers, which these pages never show, and would more than double the
 * JavaScript every page loads. This reads only fields that have kept their place and shape in every
 * version of their record — a quiz's and a game's `best`, a lesson's `readAt`, the review queue's `cards`
 * — and the tests hold it to the full readers on real old records. A version that moves one of these
 * fields must teach this module.
 */

/** One record's fields, when it is one of a version this code knows; undefined when absent, unreadable or a newer version's. */
function storedFields(kind: RecordKindName, id: string): Record<string, unknown> | undefined {
  const raw = readItem(progressKey(kind, id));
  if (raw === null) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    return isObject(data) && typeof data['v'] === 'number' && data['v'] >= 1 && data['v'] <= RECORD_VERSIONS[kind] ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The best score of a quiz (a lesson's, by slug, or the exam). */
export const quizBest = (quizId: string): ScoreRecord | undefined => readScore(storedFields('quiz', quizId)?.['best']);

/** The best play of a sorting game, by deck id. */
export const gameBest = (deckId: string): GameResult | undefined => readGameResult(storedFields('game', deckId)?.['best']);

/** When a lesson was first marked read. */
export function lessonReadAt(slug: string): number | undefined {
  const readAt = storedFields('lesson', slug)?.['readAt'];
  return isTime(readAt) ? readAt : undefined;
}

/** The review queue: each queued question's box and due day. */
export function reviewCards(): Record<string, ReviewCard> {
  const cards = storedFields('review', REVIEW_RECORD_ID)?.['cards'];
  if (!isObject(cards)) return {};
  return Object.fromEntries(
    Object.entries(cards).flatMap(([id, value]) => {
      const card = readCard(value);
      return card ? [[id, card]] : [];
    }),
  );
}

/** A lesson's steps as the course counts them (see courseProgress.ts), with the ids of its games' decks. */
export function lessonStepsOf(slug: string, decks: readonly string[]): LessonSteps {
  const best = quizBest(slug);
  return {
    id: slug,
    read: lessonReadAt(slug) !== undefined,
    quizPassed: best !== undefined && isPassing(best),
    gamesPlayed: decks.filter((deck) => gameBest(deck)).length,
    games: decks.length,
  };
}
