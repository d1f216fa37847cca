import { z } from 'astro/zod';
import { baseFields, optionSchema, outOfRange, sameOptionProblems, type QuestionAuthoring } from './authoring';
import type { SingleChoiceQuestion } from './single';

export const singleChoiceAuthoring = {
  schema: z
    .object({
      ...baseFields,
      type: z.literal('single'),
      options: z.array(optionSchema).min(3).max(6),
      /** Index (0-based) of the one correct option. */
      correct: z.number().int(),
    })
    .strict(),
  problems: (question) => [
    ...sameOptionProblems(question.options),
    ...(question.correct < 0 || question.correct >= question.options.length ? [outOfRange(question.correct, question.options.length)] : []),
  ],
} satisfies QuestionAuthoring<SingleChoiceQuestion>;
