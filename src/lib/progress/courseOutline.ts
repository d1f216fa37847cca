/**
 * The course as the progress page needs it, built at build time from the content (src/data/progressOutline.ts)
 * and handed to the page's island: what there is to do, with the links to do it.
 */
export interface CourseOutline {
  lessons: OutlineLesson[];
  examHref: string;
  reviewHref: string;
}

export interface OutlineLesson {
  /** The lesson's slug: its records' id. */
  id: string;
  order: number;
  title: string;
  href: string;
  /** Where its quiz is on the page. */
  quizHref: string;
  decks: { id: string; title: string; href: string }[];
  objectives: { id: string; text: string; questions: string[] }[];
}
