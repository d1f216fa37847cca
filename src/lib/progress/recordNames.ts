import { FINAL_EXAM_ID, REVIEW_QUIZ_ID } from '../quiz/quizIds';
import type { CourseOutline } from './courseOutline';
import type { RecordKindName } from './recordFields';

/** What a record is called where the learner sees it (an import's preview): "Quiz of lesson 4, Three roles". */
export function recordNames(outline: CourseOutline): (kind: RecordKindName, id: string) => string {
  const lessons = new Map(outline.lessons.map((lesson) => [lesson.id, lesson]));
  const decks = new Map(outline.lessons.flatMap((lesson) => lesson.decks.map((deck) => [deck.id, deck.title])));
  const lessonName = (id: string) => {
    const lesson = lessons.get(id);
    return lesson ? `lesson ${lesson.order}, ${lesson.title}` : `“${id}”, no longer in the course`;
  };
  return (kind, id) => {
    switch (kind) {
      case 'quiz':
        if (id === FINAL_EXAM_ID) return 'Final exam';
        if (id === REVIEW_QUIZ_ID) return 'Review session';
        return `Quiz of ${lessonName(id)}`;
      case 'lesson': {
        const name = lessonName(id);
        return name.charAt(0).toUpperCase() + name.slice(1);
      }
      case 'game':
        return decks.get(id) ?? `Game “${id}”, no longer in the course`;
      case 'review':
        return 'Your answers and review queue';
      case 'assignment':
        return `Assignment “${id}”`;
    }
  };
}
