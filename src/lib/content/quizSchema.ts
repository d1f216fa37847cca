import { z } from 'astro/zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "roles-paypal"');
const text = z.string().trim().min(1);

const base = {
  id,
  /** The heading id (slug) in the quiz's lesson that teaches this question. */
  section: id,
  prompt: text,
  /** Why the right answer is right; shown after Check and in the review. */
  explanation: text,
};

const option = z.object({
  text,
  /** Why this option is right or wrong; required for every option so a tempting mistake is explained. */
  feedback: text,
}).strict();

const singleChoice = z.object({
  ...base,
  type: z.literal('single'),
  options: z.array(option).min(3).max(6),
  /** Index (0-based) of the one correct option. */
  correct: z.number().int(),
}).strict();

const multipleResponse = z.object({
  ...base,
  type: z.literal('multiple'),
  options: z.array(option).min(3).max(7),
  /** Indexes (0-based) of every correct option. */
  correct: z.array(z.number().int()).min(1),
}).strict();

const trueFalse = z.object({
  ...base,
  type: z.literal('truefalse'),
  correct: z.boolean(),
}).strict();

const matching = z.object({
  ...base,
  type: z.literal('matching'),
  /** The right-hand list every item is matched against (may hold distractors). */
  choices: z.array(text).min(2).max(8),
  pairs: z.array(z.object({ item: text, match: text }).strict()).min(2).max(6),
}).strict();

export const questionSchema = z.discriminatedUnion('type', [
  singleChoice,
  multipleResponse,
  trueFalse,
  matching,
]);

/** One file in `content/quizzes/`: the questions for one lesson. */
export const quizSchema = z.object({
  /** The lesson's slug (its file name without `.mdx`). */
  lesson: id,
  questions: z.array(questionSchema).min(1),
}).strict();

export type Question = z.infer<typeof questionSchema>;
export type QuizFile = z.infer<typeof quizSchema>;
