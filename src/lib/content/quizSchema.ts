import { z } from 'astro/zod';
import type { Question } from '../quiz/types';
import { questionProblems } from '../quiz/questionChecks';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "roles-paypal"');
const text = z.string().trim().min(1);

const base = {
  id: slug,
  /** The heading id (slug) in the quiz's lesson that teaches this question. */
  section: slug,
  prompt: text,
  /** Why the right answer is right; shown after Check and in the review. */
  explanation: text,
  /** The id of the lesson objective this question checks. */
  objective: slug.optional(),
  /**
   * What the question tests, as a key shared by every question that tests the same fact (across lessons
   * too): no quiz or exam draw holds two questions with the same fact.
   */
  fact: slug.optional(),
};

const option = z.object({
  text,
  /** Why this option is right or wrong; required for every option so a tempting mistake is explained. */
  feedback: text,
}).strict();

export const questionSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('single'),
    options: z.array(option).min(3).max(6),
    /** Index (0-based) of the one correct option. */
    correct: z.number().int(),
  }).strict(),
  z.object({
    ...base,
    type: z.literal('multiple'),
    options: z.array(option).min(3).max(7),
    /** Indexes (0-based) of every correct option. */
    correct: z.array(z.number().int()),
  }).strict(),
  z.object({
    ...base,
    type: z.literal('truefalse'),
    correct: z.boolean(),
  }).strict(),
  z.object({
    ...base,
    type: z.literal('matching'),
    /** The right-hand list every item is matched against (may hold distractors). */
    choices: z.array(text).min(2).max(8),
    pairs: z.array(z.object({ item: text, match: text }).strict()).min(2).max(6),
  }).strict(),
]);

/** How an author finds a question in the file: by its id when it has one, else by position. */
function questionLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? `question "${id}"` : `question #${index + 1} (it has no id)`;
}

/**
 * Every question is checked on its own so each message names the question's id: the author reads
 * `question "roles-paypal": correct answer 4 is out of range …`, not just `questions.3.correct`.
 */
const questionsSchema = z.array(z.unknown()).min(1).transform((raw, context) => {
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
    const question = parsed.data satisfies Question;
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
export const quizSchema = z.object({
  /** The lesson's slug (its file name without `.mdx`). */
  lesson: slug,
  questions: questionsSchema,
}).strict();

export type QuizFile = z.infer<typeof quizSchema>;
