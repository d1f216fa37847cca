import { z } from 'astro/zod';
import { baseFields, type QuestionAuthoring } from './authoring';
import type { TrueFalseQuestion } from './trueFalse';

export const trueFalseAuthoring = {
  schema: z.object({ ...baseFields, type: z.literal('truefalse'), correct: z.boolean() }).strict(),
  problems: () => [],
} satisfies QuestionAuthoring<TrueFalseQuestion>;
