import { readable, type Question } from '../quiz/questionTypes';
import { TYPE_NAMES } from './builder';

/*
 * The builder preview's questions, as learners will see them without their answers. Apart from the rest of the
 * preview because it needs every question type's module (`readable`): the page loads it with the first question chosen.
 */

/** One question as learners will see it, without its answer. */
export interface PreviewQuestion {
  id: string;
  prompt: string;
  type: string;
  items: string[];
  hint?: string | undefined;
}

/** The chosen questions in order; ids the bank does not have are left out. */
export function previewQuestions(questionIds: readonly string[], questions: ReadonlyMap<string, Question>): PreviewQuestion[] {
  return questionIds.flatMap((id) => {
    const question = questions.get(id);
    if (!question) return [];
    const { items, hint } = readable(question);
    return [{ id, prompt: question.prompt, type: TYPE_NAMES[question.type], items, hint }];
  });
}
