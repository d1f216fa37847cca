import type { BankQuestion, QuizQuestion } from '../quiz/quizData';

interface Heading {
  slug: string;
  text: string;
}

/**
 * Adds to each question the link its feedback shows: to the lesson section that teaches it, labelled
 * with that section's heading. Resolved at build time, where the headings are known; the course
 * loader has already checked that every section exists.
 */
export function withSectionLinks(
  questions: readonly BankQuestion[],
  headings: readonly Heading[],
  href: (slug: string) => string,
  where = '',
): QuizQuestion[] {
  const titles = new Map(headings.map((heading) => [heading.slug, heading.text]));
  return questions.map((question) => ({
    ...question,
    link: { href: href(question.section), text: `Re-read “${titles.get(question.section) ?? question.section}”${where}` },
  }));
}
