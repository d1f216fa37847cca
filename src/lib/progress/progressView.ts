import { FINAL_EXAM_ID } from '../quiz/quizIds';
import { isPassing, type Score } from '../quiz/passMark';
import type { CourseOutline } from './courseOutline';
import { courseProgress, type CourseProgress } from './courseProgress';
import type { GameRecord, GameResult } from './gameRecord';
import { playCount } from './gameRecord';
import { dueQuestions } from './leitner';
import { upcomingDays } from './reviewCalendar';
import type { LessonRecord } from './lessonRecord';
import { objectiveMastery, type Mastery } from './mastery';
import { nextSteps, type NextStep } from './nextSteps';
import { attemptCount, lastScore, type QuizRecord, type ScoreRecord } from './quizRecord';
import { latestAnswers, type ReviewRecord } from './reviewRecord';

/*
 * Everything the progress page shows, computed from the course outline and the learner's records: the
 * page's components only render it. Pure, with today (a day number) as input.
 */

export interface QuizStanding {
  attempts: number;
  last: ScoreRecord | undefined;
  best: ScoreRecord | undefined;
  passed: boolean;
  /** Every finished attempt the record keeps, oldest first, for the chart. */
  scores: Score[];
  /** The draw of the last attempt (the exam shows it, to take it again). */
  lastDraw: number | undefined;
  /** Saved by a newer version of the course: kept untouched, not shown. */
  newer: boolean;
}

export interface LessonView {
  id: string;
  order: number;
  title: string;
  href: string;
  quizHref: string;
  readAt: number | undefined;
  quiz: QuizStanding;
  games: { id: string; title: string; href: string; best: GameResult | undefined; plays: number }[];
  objectives: { id: string; text: string; mastery: Mastery }[];
  /** Read, quiz passed and every objective mastered. */
  mastered: boolean;
}

export interface ProgressView {
  course: CourseProgress;
  lessons: LessonView[];
  exam: QuizStanding;
  review: { due: number; queued: number; upcoming: { day: number; count: number }[]; answers: number };
  next: NextStep[];
  /** Has the learner done anything at all? */
  started: boolean;
}

export interface LearnerRecords {
  quizzes: ReadonlyMap<string, { record: QuizRecord; newer: boolean }>;
  lessons: ReadonlyMap<string, LessonRecord>;
  games: ReadonlyMap<string, GameRecord>;
  review: ReviewRecord;
}

function quizStanding(entry: { record: QuizRecord; newer: boolean } | undefined): QuizStanding {
  const record = entry?.record;
  const best = record?.best;
  return {
    attempts: record ? attemptCount(record) : 0,
    last: record && lastScore(record),
    best,
    passed: best !== undefined && isPassing(best),
    scores: record?.history.map(({ score, total }) => ({ score, total })) ?? [],
    lastDraw: record?.history.at(-1)?.draw,
    newer: entry?.newer ?? false,
  };
}

export function progressView(outline: CourseOutline, records: LearnerRecords, today: number): ProgressView {
  const latest = latestAnswers(records.review);
  const lessons: LessonView[] = outline.lessons.map((lesson) => {
    const quiz = quizStanding(records.quizzes.get(lesson.id));
    const readAt = records.lessons.get(lesson.id)?.readAt;
    const objectives = lesson.objectives.map((objective) => ({
      id: objective.id,
      text: objective.text,
      mastery: objectiveMastery(objective.questions, latest),
    }));
    return {
      id: lesson.id,
      order: lesson.order,
      title: lesson.title,
      href: lesson.href,
      quizHref: lesson.quizHref,
      readAt,
      quiz,
      games: lesson.decks.map((deck) => {
        const record = records.games.get(deck.id);
        return { ...deck, best: record?.best, plays: record ? playCount(record) : 0 };
      }),
      objectives,
      mastered: readAt !== undefined && quiz.passed && objectives.every((objective) => objective.mastery.status === 'mastered'),
    };
  });
  const exam = quizStanding(records.quizzes.get(FINAL_EXAM_ID));
  const due = dueQuestions(records.review.cards, today).length;
  const course = courseProgress(
    lessons.map((lesson) => ({
      id: lesson.id,
      read: lesson.readAt !== undefined,
      quizPassed: lesson.quiz.passed,
      gamesPlayed: lesson.games.filter((game) => game.plays > 0).length,
      games: lesson.games.length,
    })),
    exam.passed,
  );
  return {
    course,
    lessons,
    exam,
    review: {
      due,
      queued: Object.keys(records.review.cards).length,
      upcoming: upcomingDays(records.review.cards, today, 3),
      answers: records.review.log.length,
    },
    next: nextSteps(
      lessons.map((lesson) => ({
        id: lesson.id,
        read: lesson.readAt !== undefined,
        quizPassed: lesson.quiz.passed,
        toMaster: lesson.objectives.filter((objective) => objective.mastery.status !== 'mastered').map((objective) => objective.text),
      })),
      due,
      exam.passed,
    ),
    started:
      course.done > 0 ||
      records.review.log.length > 0 ||
      lessons.some((lesson) => lesson.quiz.attempts > 0 || lesson.games.some((game) => game.plays > 0)) ||
      exam.attempts > 0,
  };
}
