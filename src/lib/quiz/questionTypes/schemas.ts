import { z } from 'astro/zod';
import type { QuestionAuthoring } from './authoring';
import type { Question, QuestionOfType, QuestionType } from './index';
import { matchingAuthoring } from './matching.schema';
import { multipleResponseAuthoring } from './multiple.schema';
import { singleChoiceAuthoring } from './single.schema';
import { trueFalseAuthoring } from './trueFalse.schema';

/** The build-time half of every question type; the compiler insists on one entry per type in ./index.ts. */
export const questionAuthoring = {
  single: singleChoiceAuthoring,
  multiple: multipleResponseAuthoring,
  truefalse: trueFalseAuthoring,
  matching: matchingAuthoring,
} satisfies { [K in QuestionType]: QuestionAuthoring<QuestionOfType<K>> };

type Schemas = (typeof questionAuthoring)[QuestionType]['schema'];

/** One quiz-file question of any type, chosen by its `type`. */
export const questionSchema = z.discriminatedUnion(
  'type',
  Object.values(questionAuthoring).map((authoring) => authoring.schema) as [Schemas, ...Schemas[]],
);

/** What is wrong with one question beyond its shape, in words for the author (empty when nothing is). */
export function questionProblems(question: Question): string[] {
  return (questionAuthoring[question.type] as unknown as QuestionAuthoring<Question>).problems(question);
}
