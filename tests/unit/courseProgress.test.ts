import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { courseProgress, describeCourseProgress, describeDue, type LessonSteps } from '../../src/lib/progress/courseProgress';

const lesson = (id: string, read: boolean, quizPassed: boolean, gamesPlayed = 0, games = 0): LessonSteps => ({
  id,
  read,
  quizPassed,
  gamesPlayed,
  games,
});

describe('courseProgress', () => {
  it('counts the steps: each lesson read and passed, each game played, the exam passed', () => {
    const progress = courseProgress([lesson('a', true, true, 1, 1), lesson('b', true, false), lesson('c', false, false, 0, 2)], false);
    expect(progress).toEqual({
      lessons: 3,
      lessonsRead: 2,
      quizzesPassed: 1,
      games: 3,
      gamesPlayed: 1,
      examPassed: false,
      done: 4,
      steps: 10,
    });
    expect(describeCourseProgress(progress)).toBe(
      '2 of 3 lessons read · 1 of 3 quizzes passed · 1 of 3 games played · final exam not passed yet',
    );
  });

  it('never counts more done than there are steps, and everything done is every step', () => {
    const lessonArb = fc.record({
      id: fc.string(),
      read: fc.boolean(),
      quizPassed: fc.boolean(),
      gamesPlayed: fc.nat(3),
      games: fc.nat(2),
    });
    fc.assert(
      fc.property(fc.array(lessonArb, { maxLength: 8 }), fc.boolean(), (lessons, exam) => {
        const progress = courseProgress(lessons, exam);
        expect(progress.done).toBeLessThanOrEqual(progress.steps);
        const all = courseProgress(
          lessons.map((entry) => ({ ...entry, read: true, quizPassed: true, gamesPlayed: entry.games })),
          true,
        );
        expect(all.done).toBe(all.steps);
      }),
    );
  });

  it('speaks of one lesson, one game, and no games', () => {
    expect(describeCourseProgress(courseProgress([lesson('a', false, false, 0, 1)], true))).toBe(
      '0 of 1 lesson read · 0 of 1 quiz passed · 0 of 1 game played · final exam passed',
    );
    expect(describeCourseProgress(courseProgress([lesson('a', true, false)], false))).toBe(
      '1 of 1 lesson read · 0 of 1 quiz passed · final exam not passed yet',
    );
  });
});

describe('describeDue', () => {
  it('says how many questions are due', () => {
    expect(describeDue(0)).toBe('No questions are due for review');
    expect(describeDue(1)).toBe('1 question is due for review');
    expect(describeDue(4)).toBe('4 questions are due for review');
  });
});
