import { z } from 'astro/zod';
import { slug } from '../quiz/questionTypes/authoring';
import type { QuestionIndexEntry } from '../teach/questionIndex';

/** A line of `content/question-index.yaml`: a question id, or `{ id, retired: true }` for a question that left the bank. */
const entrySchema = z.union([slug, z.object({ id: slug, retired: z.literal(true) }).strict()]);

/**
 * The `questions:` list of `content/question-index.yaml` (see the file's header), with every line
 * made an entry so the checks and links need not tell the two spellings apart.
 */
export const questionIndexSchema = z
  .array(entrySchema)
  .transform((lines): QuestionIndexEntry[] => lines.map((line) => (typeof line === 'string' ? { id: line, retired: false } : line)));
