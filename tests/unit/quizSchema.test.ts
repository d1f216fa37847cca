import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/lib/content/quizSchema';
import { matching, single, trueFalse } from '../support/quizFixtures';

const messages = (data: unknown) => {
  const result = quizSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('quizSchema', () => {
  it('accepts a quiz file and returns its questions', () => {
    const result = quizSchema.safeParse({ lesson: 'three-roles', questions: [single, trueFalse, matching] });
    expect(result.success && result.data.questions.map((question) => question.id)).toEqual([single.id, trueFalse.id, matching.id]);
  });

  it('names the question by its id in every message, and by position when it has none', () => {
    const { id: _noId, ...anonymous } = trueFalse;
    expect(
      messages({
        lesson: 'three-roles',
        questions: [{ ...single, correct: undefined }, { ...single, id: 'second', correct: 5 }, anonymous],
      }),
    ).toEqual([
      'question "roles-paypal": no correct answer: add `correct`',
      'question "second": correct answer 5 is out of range: the 3 options are numbered 0 to 2',
      'question #3 (it has no id): id: Required',
    ]);
  });

  it('reports an id used twice in one file', () => {
    expect(messages({ lesson: 'three-roles', questions: [single, single] })).toEqual([
      'question "roles-paypal": the id is used twice in this file',
    ]);
  });

  it('needs a lesson slug and at least one question', () => {
    expect(messages({ lesson: 'Three Roles', questions: [] })).toEqual([
      'use lowercase words joined by hyphens, e.g. "roles-paypal"',
      'Array must contain at least 1 element(s)',
    ]);
  });
});
