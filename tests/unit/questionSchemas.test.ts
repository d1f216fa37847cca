import { describe, expect, it } from 'vitest';
import { questionProblems, questionSchema } from '../../src/lib/quiz/questionTypes/schemas';
import { matching, multiple, single, trueFalse } from '../support/quizFixtures';

describe('questionSchema', () => {
  it('accepts every well-formed type, objective and fact included', () => {
    for (const question of [single, multiple, trueFalse, matching]) {
      expect(questionSchema.safeParse({ ...question, objective: 'tell-apart', fact: 'paypal-modular-producer' }).success).toBe(true);
    }
  });

  it('rejects an unknown type, a misspelt field and a fact that is not a key', () => {
    expect(questionSchema.safeParse({ ...single, type: 'essay' }).success).toBe(false);
    expect(questionSchema.safeParse({ ...single, explaination: 'typo' }).success).toBe(false);
    expect(questionSchema.safeParse({ ...single, fact: 'PayPal is a producer' }).success).toBe(false);
  });
});

describe('questionProblems', () => {
  it('finds nothing wrong with well-formed questions', () => {
    for (const question of [single, multiple, trueFalse, matching]) expect(questionProblems(question)).toEqual([]);
  });

  it('single: an answer outside the options, and options that read the same', () => {
    expect(questionProblems({ ...single, correct: 3 })).toEqual(['correct answer 3 is out of range: the 3 options are numbered 0 to 2']);
    expect(questionProblems({ ...single, options: [...single.options, { text: ' customer ', feedback: 'Again.' }] })).toEqual([
      'options 2 and 3 read the same: " customer "',
    ]);
  });

  it('multiple: no right option, a repeated one, an out-of-range one, or every option right', () => {
    expect(questionProblems({ ...multiple, correct: [] })).toEqual([
      'no correct answer: list the index of every right option in `correct`',
    ]);
    expect(questionProblems({ ...multiple, correct: [0, 0] })).toEqual(['`correct` lists the same option twice']);
    expect(questionProblems({ ...multiple, correct: [0, 9] })).toEqual([
      'correct answer 9 is out of range: the 4 options are numbered 0 to 3',
    ]);
    expect(questionProblems({ ...multiple, correct: [0, 1, 2, 3] })).toEqual([
      'every option is correct, so the question tests nothing: add wrong options',
    ]);
  });

  it('matching: a match that is not a choice, a repeated item, repeated choices', () => {
    expect(questionProblems({ ...matching, pairs: [...matching.pairs.slice(0, 2), { item: 'Guest', match: 'Custumer' }] })).toEqual([
      'the pair "Guest" is matched to "Custumer", which is not one of the choices ("Orchestrator", "Modular producer", "Customer")',
    ]);
    expect(questionProblems({ ...matching, pairs: [matching.pairs[0]!, matching.pairs[0]!] })).toEqual([
      'two pairs have the same item: each item must appear once',
    ]);
    expect(questionProblems({ ...matching, choices: [...matching.choices, 'Customer'] })).toEqual(['two choices read the same']);
  });
});
