import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gameRecordKind, type GameRecord } from '../../src/lib/progress/gameRecord';
import { mergeGameRecords } from '../../src/lib/progress/gameRecordUpdates';
import { changeSummary } from '../../src/lib/progress/importSummary';
import { lessonRecordJoin, markedRead } from '../../src/lib/progress/lessonRecord';
import { attemptCount, quizRecordKind, type QuizRecord } from '../../src/lib/progress/quizRecord';
import { mergeQuizRecords } from '../../src/lib/progress/quizRecordUpdates';
import { LOG_LIMIT, mergeReviewRecords, reviewRecordKind, withAnswers } from '../../src/lib/progress/reviewRecord';
import { newAttempt } from '../../src/lib/quiz/quizMachine';
import { sampleQuiz } from '../support/quizFixtures';

/** The number a summary gives before "more <noun>(s)"; 0 when it says none. */
const saidMore = (summary: string, noun: string) => Number(new RegExp(`(\\d+) more ${noun}s?`).exec(summary)?.[1] ?? 0);

/** A quiz record with finished attempts of these scores out of 10, the n-th finishing at n seconds. */
const quiz = (...scores: number[]): QuizRecord =>
  quizRecordKind.read({ v: 3, history: scores.map((score, index) => ({ id: `a${index}`, score, total: 10, at: index * 1000 })) }, []);
/** A game record with plays of these scores out of 16 and times, the n-th at n seconds. */
const game = (...plays: [number, number][]): GameRecord =>
  gameRecordKind.read(
    { v: 2, history: plays.map(([score, seconds], index) => ({ id: `p${index}`, score, total: 16, seconds, at: index * 1000 })) },
    [],
  );

describe('changeSummary', () => {
  it('a quiz: attempts added and the best score, before and after', () => {
    expect(changeSummary('quiz', undefined, quiz(9, 6, 7))).toBe('new: 3 attempts; best 9 of 10');
    expect(changeSummary('quiz', quiz(9, 6), quiz(9, 6, 7, 8, 10))).toBe('3 more attempts; best 9 of 10 → 10 of 10');
    expect(changeSummary('quiz', quiz(9, 6), quiz(9, 6, 7))).toBe('1 more attempt');
    const current = newAttempt(sampleQuiz, { id: 't1', kind: 'full', feedback: 'after-each', draw: 1, seed: 1 });
    expect(changeSummary('quiz', quiz(9), { ...quiz(9), current })).toBe('an unfinished attempt to resume');
  });

  it('a game: plays added, the best score, or the same best score played faster', () => {
    expect(changeSummary('game', game([13, 90]), game([13, 90], [15, 80], [10, 60]))).toBe('2 more plays; best 13 of 16 → 15 of 16');
    expect(changeSummary('game', game([13, 90]), game([13, 90], [13, 55]))).toBe('1 more play; best 13 of 16 now in 55 s');
    expect(changeSummary('game', undefined, game([12, 70]))).toBe('new: 1 play; best 12 of 16');
  });

  it('a lesson: marked read, whether or not this device had a record of it', () => {
    expect(changeSummary('lesson', undefined, markedRead({ v: 1 }, 5))).toBe('marked read');
    expect(changeSummary('lesson', { v: 1 }, markedRead({ v: 1 }, 5))).toBe('marked read');
    // Read on both, earlier on the other device: true, if vague.
    expect(changeSummary('lesson', { v: 1, readAt: 9 }, lessonRecordJoin.merge({ v: 1, readAt: 9 }, { v: 1, readAt: 5 }))).toBe(
      'details updated',
    );
  });

  it('the review record: answers logged that were not, and the queue when it changes', () => {
    const here = withAnswers(reviewRecordKind.empty(), [{ q: 'a', right: false }], 1000, 0);
    const there = withAnswers(
      reviewRecordKind.empty(),
      [
        { q: 'b', right: false },
        { q: 'c', right: true },
      ],
      2000,
      0,
    );
    expect(changeSummary('review', here, mergeReviewRecords(here, there))).toBe('2 more answers logged; 2 questions in the queue');
    expect(changeSummary('review', undefined, there)).toBe('new: 2 answers logged; 1 question in the queue');
    const emptied = { ...mergeReviewRecords(here, there), cards: {} };
    expect(changeSummary('review', here, emptied)).toBe('2 more answers logged; no questions in the queue');
  });

  it('counts answers new to this device even when the log is full and keeps its length', () => {
    const full = withAnswers(
      reviewRecordKind.empty(),
      Array.from({ length: LOG_LIMIT }, (_, index) => ({ q: `q${index}`, right: true })),
      1000,
      0,
    );
    const later = withAnswers(
      reviewRecordKind.empty(),
      Array.from({ length: 40 }, (_, index) => ({ q: `late${index}`, right: true })),
      5000,
      0,
    );
    const joined = mergeReviewRecords(full, later);
    expect(joined.log).toHaveLength(full.log.length);
    expect(changeSummary('review', full, joined)).toBe('40 more answers logged');
  });

  it('says of a joined quiz or game exactly how many attempts or plays it adds', () => {
    const scores = fc.array(fc.nat(10), { maxLength: 6 });
    fc.assert(
      fc.property(scores, scores, (mine, theirs) => {
        const here = quiz(...mine);
        // Their attempts after the ones both devices share.
        const there = quizRecordKind.read(
          { v: 3, history: [...here.history, ...theirs.map((score, index) => ({ id: `b${index}`, score, total: 10, at: 1e6 + index }))] },
          [],
        );
        const joined = mergeQuizRecords(here, there);
        expect(attemptCount(joined) - attemptCount(here)).toBe(theirs.length);
        expect(saidMore(changeSummary('quiz', here, joined), 'attempt')).toBe(theirs.length);
        const played = mergeGameRecords(game(), game(...theirs.map((score): [number, number] => [score, 30])));
        expect(saidMore(changeSummary('game', game(), played), 'play')).toBe(theirs.length);
      }),
    );
  });
});
