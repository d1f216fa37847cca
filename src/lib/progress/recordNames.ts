import { FINAL_EXAM_ID, REVIEW_QUIZ_ID } from '../quiz/quizIds';
import type { CourseOutline } from './courseOutline';
import type { RecordKindName } from './recordFields';

/** What a record is called where the learner sees it (an import's preview): "Quiz of lesson 4, Three roles". */
export function recordNames(outline: CourseOutline): (kind: RecordKindName, id: string, record?: unknown) => string {
  const lessons = new Map(outline.lessons.map((lesson) => [lesson.id, lesson]));
  const decks = new Map(outline.lessons.flatMap((lesson) => lesson.decks.map((deck) => [deck.id, deck.title])));
  const lessonName = (id: string) => {
    const lesson = lessons.get(id);
    return lesson ? `lesson ${lesson.order}, ${lesson.title}` : `“${id}”, no longer in the course`;
  };
  return (kind, id, record) => {
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
      case 'assignment': {
        // Named by the title the teacher gave it, which the record keeps; the id only when there is none.
        const title = (record as { title?: unknown } | undefined)?.title;
        return `Assignment “${typeof title === 'string' && title.trim() !== '' ? title : id}”`;
      }
    }
  };
}
