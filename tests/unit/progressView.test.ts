import { describe, expect, it } from 'vitest';
import type { CourseOutline } from '../../src/lib/progress/courseOutline';
import { gameRecordKind } from '../../src/lib/progress/gameRecord';
import { recordAfterPlay } from '../../src/lib/progress/gameRecordUpdates';
import { progressView, type LearnerRecords } from '../../src/lib/progress/progressView';
import { quizRecordKind, type QuizRecord } from '../../src/lib/progress/quizRecord';
import { recordNames } from '../../src/lib/progress/recordNames';
import { reviewRecordKind, withAnswers } from '../../src/lib/progress/reviewRecord';
import { FINAL_EXAM_ID, REVIEW_QUIZ_ID } from '../../src/lib/quiz/quizIds';

const outline: CourseOutline = {
  lessons: [
    {
      id: 'one',
      order: 1,
      title: 'First',
      href: '/lessons/one/',
      quizHref: '/lessons/one/#quiz-one-heading',
      decks: [],
      objectives: [
        { id: 'a', text: 'Do A.', questions: ['a1', 'a2'] },
        { id: 'b', text: 'Do B.', questions: ['b1'] },
      ],
    },
    {
      id: 'two',
      order: 2,
      title: 'Second',
      href: '/lessons/two/',
      quizHref: '/lessons/two/#quiz-two-heading',
      decks: [{ id: 'deck', title: 'Sort it', href: '/lessons/two/#game-deck-heading' }],
      objectives: [{ id: 'c', text: 'Do C.', questions: ['c1', 'c2', 'c3'] }],
    },
  ],
  examHref: '/exam/',
  reviewHref: '/review/',
};

const quiz = (...scores: number[]): { record: QuizRecord; newer: boolean } => ({
  record: quizRecordKind.read(
    { v: 3, history: scores.map((score, index) => ({ id: `q${index}`, score, total: 10, at: index + 1, draw: index + 7 })) },
    [],
  ),
  newer: false,
});
const nothing: LearnerRecords = { quizzes: new Map(), lessons: new Map(), games: new Map(), review: reviewRecordKind.empty() };
const DAY = 86_400_000;

describe('progressView', () => {
  it('shows a learner who has done nothing where to start', () => {
    const view = progressView(outline, nothing, 100);
    expect(view.started).toBe(false);
    expect(view.course).toMatchObject({ done: 0, steps: 2 * 2 + 1 + 1 });
    expect(view.next).toEqual([{ kind: 'read', lesson: 'one' }]);
    expect(view.lessons[0]!.objectives.map((objective) => objective.mastery.status)).toEqual(['not-started', 'not-started']);
  });

  it("counts each lesson's steps, scores and mastery, and points at the first lesson not mastered", () => {
    const review = withAnswers(
      reviewRecordKind.empty(),
      [
        { q: 'a1', right: true },
        { q: 'a2', right: true },
        { q: 'b1', right: false },
      ],
      100 * DAY,
      100,
    );
    const view = progressView(
      outline,
      {
        quizzes: new Map([
          ['one', quiz(6, 9)],
          [FINAL_EXAM_ID, quiz(7)],
        ]),
        lessons: new Map([['one', { v: 1, readAt: 5 }]]),
        games: new Map([['deck', recordAfterPlay(gameRecordKind.empty(), 'p', { score: 10, total: 12, seconds: 80 }, 9)]]),
        review,
      },
      101,
    );
    const first = view.lessons[0]!;
    expect(first.quiz).toMatchObject({ attempts: 2, passed: true, last: { score: 9 }, best: { score: 9 }, lastDraw: 8 });
    expect(first.quiz.scores).toEqual([
      { score: 6, total: 10 },
      { score: 9, total: 10 },
    ]);
    expect(first.objectives.map((objective) => objective.mastery.status)).toEqual(['mastered', 'learning']);
    expect(first.mastered).toBe(false);
    expect(view.lessons[1]!.games[0]).toMatchObject({ plays: 1, best: { score: 10 } });
    expect(view.exam).toMatchObject({ attempts: 1, passed: false });
    // b1 was missed yesterday: due today.
    expect(view.review).toMatchObject({ due: 1, queued: 1, answers: 3 });
    expect(view.next).toEqual([
      { kind: 'review', count: 1 },
      { kind: 'practise', lesson: 'one', objectives: ['Do B.'] },
    ]);
    expect(view.course).toMatchObject({ lessonsRead: 1, quizzesPassed: 1, gamesPlayed: 1, done: 3 });
    expect(view.started).toBe(true);
  });
});

describe('recordNames', () => {
  it('names every kind of record as the learner knows it', () => {
    const name = recordNames(outline);
    expect(name('quiz', 'two')).toBe('Quiz of lesson 2, Second');
    expect(name('quiz', FINAL_EXAM_ID)).toBe('Final exam');
    expect(name('quiz', REVIEW_QUIZ_ID)).toBe('Review session');
    expect(name('lesson', 'one')).toBe('Lesson 1, First');
    expect(name('game', 'deck')).toBe('Sort it');
    expect(name('review', 'questions')).toBe('Your answers and review queue');
    expect(name('quiz', 'gone')).toBe('Quiz of “gone”, no longer in the course');
  });

  it('names an assignment by the title its record keeps, and by its id when there is none', () => {
    const name = recordNames(outline);
    expect(name('assignment', 'AbCdEfGhIjKl', { v: 1, title: 'Week 3: roles' })).toBe('Assignment “Week 3: roles”');
    expect(name('assignment', 'AbCdEfGhIjKl', { v: 1 })).toBe('Assignment “AbCdEfGhIjKl”');
    expect(name('assignment', 'AbCdEfGhIjKl', { v: 1, title: '   ' })).toBe('Assignment “AbCdEfGhIjKl”');
  });
});
