import { z } from 'astro/zod';
import { slug } from '../quiz/questionTypes/authoring';
import { questionProblems, questionSchema } from '../quiz/questionTypes/schemas';
import type { Question } from '../quiz/questionTypes';

/** How an author finds a question in the file: by its id when it has one, else by position. */
function questionLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `question "${id}"` : `question #${index + 1} (it has no id)`;
}

/**
 * Every question is checked on its own so each message names the question's id: the author reads
 * `question "roles-paypal": correct answer 4 is out of range …`, not just `questions.3.correct`.
 * The shape comes from each question type's schema, the meaning checks from its `problems`.
 */
const questionsSchema = z
  .array(z.unknown())
  .min(1)
  .transform((raw, context) => {
    const questions: Question[] = [];
    const seen = new Set<string>();
    raw.forEach((item, index) => {
      const label = questionLabel(item, index);
      const parsed = questionSchema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.');
          const missingAnswer = field === 'correct' && issue.code === 'invalid_type' && issue.received === 'undefined';
          context.addIssue({
            code: z.ZodIssueCode.custom,
            path: [index, ...issue.path],
            message: missingAnswer ? `${label}: no correct answer: add \`correct\`` : `${label}: ${field ? `${field}: ` : ''}${issue.message}`,
          });
        }
        return;
      }
      const question: Question = parsed.data;
      if (seen.has(question.id)) {
        context.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'id'], message: `${label}: the id is used twice in this file` });
      }
      seen.add(question.id);
      for (const problem of questionProblems(question)) {
        context.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: `${label}: ${problem}` });
      }
      questions.push(question);
    });
    return questions;
  });

/** One file in `content/quizzes/`: the questions for one lesson. */
export const quizSchema = z
  .object({
    /** The lesson's slug (its file name without `.mdx`). */
    lesson: slug,
    questions: questionsSchema,
  })
  .strict();

export type QuizFile = z.infer<typeof quizSchema>;
