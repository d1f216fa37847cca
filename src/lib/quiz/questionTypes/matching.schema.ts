import { z } from 'astro/zod';
import { baseFields, text, type QuestionAuthoring } from './authoring';
import type { MatchingQuestion } from './matching';

export const matchingAuthoring = {
  schema: z
    .object({
      ...baseFields,
      type: z.literal('matching'),
      /** The right-hand list every item is matched against (may hold distractors). */
      choices: z.array(text).min(2).max(8),
      pairs: z
        .array(z.object({ item: text, match: text }).strict())
        .min(2)
        .max(6),
    })
    .strict(),
  problems: ({ choices, pairs }) => {
    const problems: string[] = [];
    for (const pair of pairs) {
      if (!choices.includes(pair.match)) {
        problems.push(
          `the pair "${pair.item}" is matched to "${pair.match}", which is not one of the choices (${choices.map((choice) => `"${choice}"`).join(', ')})`,
        );
      }
    }
    const items = pairs.map((pair) => pair.item);
    if (new Set(items).size !== items.length) problems.push('two pairs have the same item: each item must appear once');
    if (new Set(choices).size !== choices.length) problems.push('two choices read the same');
    return problems;
  },
} satisfies QuestionAuthoring<MatchingQuestion>;
