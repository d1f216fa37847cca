/*
 * The course at a glance: what the learner has done of each lesson, and of the course. The course is a
 * list of steps: read each lesson, pass each lesson's quiz, play each game, pass the final exam. Pure,
 * so the home page's marks and the progress page count alike.
 */

export interface LessonSteps {
  /** The lesson's slug. */
  id: string;
  read: boolean;
  quizPassed: boolean;
  /** How many of the lesson's games have been played at least once, of `games`. */
  gamesPlayed: number;
  games: number;
}

export interface CourseProgress {
  lessons: number;
  lessonsRead: number;
  quizzesPassed: number;
  games: number;
  gamesPlayed: number;
  examPassed: boolean;
  /** Steps done, of all the steps the course has. */
  done: number;
  steps: number;
}

export function courseProgress(lessons: readonly LessonSteps[], examPassed: boolean): CourseProgress {
  const count = (test: (lesson: LessonSteps) => boolean) => lessons.filter(test).length;
  const sum = (value: (lesson: LessonSteps) => number) => lessons.reduce((total, lesson) => total + value(lesson), 0);
  const lessonsRead = count((lesson) => lesson.read);
  const quizzesPassed = count((lesson) => lesson.quizPassed);
  const gamesPlayed = sum((lesson) => Math.min(lesson.gamesPlayed, lesson.games));
  const games = sum((lesson) => lesson.games);
  return {
    lessons: lessons.length,
    lessonsRead,
    quizzesPassed,
    games,
    gamesPlayed,
    examPassed,
    done: lessonsRead + quizzesPassed + gamesPlayed + (examPassed ? 1 : 0),
    steps: 2 * lessons.length + games + 1,
  };
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** The progress in one line: "2 of 6 lessons read · 1 of 6 quizzes passed · 0 of 2 games played · final exam not passed yet". */
export function describeCourseProgress(progress: CourseProgress): string {
  const parts = [
    `${progress.lessonsRead} of ${progress.lessons} ${plural(progress.lessons, 'lesson', 'lessons')} read`,
    `${progress.quizzesPassed} of ${progress.lessons} ${plural(progress.lessons, 'quiz', 'quizzes')} passed`,
  ];
  if (progress.games > 0) parts.push(`${progress.gamesPlayed} of ${progress.games} ${plural(progress.games, 'game', 'games')} played`);
  parts.push(progress.examPassed ? 'final exam passed' : 'final exam not passed yet');
  return parts.join(' · ');
}

/** "No questions are due for review", "1 question is due for review", "3 questions are due for review". */
export function describeDue(count: number): string {
  if (count === 0) return 'No questions are due for review';
  return `${count} ${plural(count, 'question is', 'questions are')} due for review`;
}
