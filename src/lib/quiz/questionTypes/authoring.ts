import { z } from 'astro/zod';
import type { QuestionBase } from './questionType';

/*
 * The build-time half of a question type: the schema part its quiz-file entries must match, and the
 * checks of what its fields must mean together. Kept apart from the run-time modules so the browser
 * never loads zod. Each `<type>.schema.ts` implements `QuestionAuthoring`; ./schemas.ts joins them.
 */

export interface QuestionAuthoring<Q extends QuestionBase> {
  /** The zod schema of one quiz-file entry of this type. */
  schema: z.ZodType<Q, z.ZodTypeDef, unknown>;
  /** What is wrong with one question beyond its shape, in words for the author (empty when nothing is). */
  problems(question: Q): string[];
}

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "roles-paypal"');
export const text = z.string().trim().min(1);

/** The fields every question has; each type's schema spreads them in. */
export const baseFields = {
  id: slug,
  /** The heading id (slug) in the quiz's lesson that teaches this question. */
  section: slug,
  prompt: text,
  /** Why the right answer is right; shown after Check and in the review. */
  explanation: text,
  /** The id of the lesson objective this question checks. */
  objective: slug,
  /**
   * What the question tests, as a key shared by every question that tests the same fact (across lessons
   * too): no quiz or exam draw holds two questions with the same fact.
   */
  fact: slug,
};

export const optionSchema = z
  .object({
    text,
    /** Why this option is right or wrong; required for every option so a tempting mistake is explained. */
    feedback: text,
  })
  .strict();

export const outOfRange = (index: number, count: number): string =>
  `correct answer ${index} is out of range: the ${count} options are numbered 0 to ${count - 1}`;

/** Options that read the same (ignoring case and spaces around them), which a learner could not tell apart. */
export function sameOptionProblems(options: readonly { text: string }[]): string[] {
  const texts = options.map((option) => option.text.trim().toLowerCase());
  return texts.flatMap((text, index) =>
    texts.indexOf(text) === index ? [] : [`options ${texts.indexOf(text)} and ${index} read the same: "${options[index]!.text}"`],
  );
}
