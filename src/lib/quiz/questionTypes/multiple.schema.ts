import { z } from 'astro/zod';
import { baseFields, optionSchema, outOfRange, sameOptionProblems, type QuestionAuthoring } from './authoring';
import type { MultipleResponseQuestion } from './multiple';

export const multipleResponseAuthoring = {
  schema: z
    .object({
      ...baseFields,
      type: z.literal('multiple'),
      options: z.array(optionSchema).min(3).max(7),
      /** Indexes (0-based) of every correct option. */
      correct: z.array(z.number().int()),
    })
    .strict(),
  problems: (question) => {
    const { options, correct } = question;
    const problems = sameOptionProblems(options);
    if (correct.length === 0) problems.push('no correct answer: list the index of every right option in `correct`');
    for (const index of correct) if (index < 0 || index >= options.length) problems.push(outOfRange(index, options.length));
    if (new Set(correct).size !== correct.length) problems.push('`correct` lists the same option twice');
    if (correct.length === options.length) problems.push('every option is correct, so the question tests nothing: add wrong options');
    return problems;
  },
} satisfies QuestionAuthoring<MultipleResponseQuestion>;
