import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, isAnswerFor, isComplete, perfectAnswer } from '../../src/lib/quiz/evaluate';
import { arbitraryQuestion, matching, multiple, single, trueFalse } from '../support/quizFixtures';

describe('evaluate', () => {
  it('single choice: right only with the right option; every option gets a verdict', () => {
    expect(evaluate(single, 1)).toEqual({ correct: true, parts: [true, true, true] });
    expect(evaluate(single, 0)).toEqual({ correct: false, parts: [false, false, true] });
  });

  it('multiple response: the point needs every right option and no wrong one; parts show what was right', () => {
    expect(evaluate(multiple, [0, 2]).correct).toBe(true);
    expect(evaluate(multiple, [2, 0]).correct).toBe(true);
    expect(evaluate(multiple, [0])).toEqual({ correct: false, parts: [true, true, false, true] });
    expect(evaluate(multiple, [0, 1, 2])).toEqual({ correct: false, parts: [true, false, true, true] });
  });

  it('true/false', () => {
    expect(evaluate(trueFalse, false)).toEqual({ correct: true, parts: [true] });
    expect(evaluate(trueFalse, true)).toEqual({ correct: false, parts: [false] });
  });

  it('matching: the point needs every pair; parts show each pair', () => {
    expect(evaluate(matching, [0, 1, 2]).correct).toBe(true);
    expect(evaluate(matching, [0, 2, 1])).toEqual({ correct: false, parts: [true, false, false] });
    expect(evaluate(matching, [0, null, 2])).toEqual({ correct: false, parts: [true, false, true] });
  });

  it('an unanswered or malformed answer is wrong, never a crash', () => {
    expect(evaluate(single, undefined).correct).toBe(false);
    expect(evaluate(single, 7).correct).toBe(false);
    expect(evaluate(multiple, 'x' as never).correct).toBe(false);
    expect(evaluate(matching, [0]).correct).toBe(false);
  });

  it('a perfect answer sheet scores every question right', () => {
    fc.assert(
      fc.property(arbitraryQuestion, (question) => {
        expect(evaluate(question, perfectAnswer(question)).correct).toBe(true);
      }),
    );
  });

  it('the point is given exactly when every part is right', () => {
    fc.assert(
      fc.property(arbitraryQuestion, fc.array(fc.nat(8), { maxLength: 8 }), (question, picks) => {
        const answer =
          question.type === 'single'
            ? (picks[0] ?? 0)
            : question.type === 'multiple'
              ? [...new Set(picks.filter((p) => p < question.options.length))]
              : question.type === 'truefalse'
                ? (picks[0] ?? 0) % 2 === 0
                : question.pairs.map((_, i) => (picks[i] ?? 0) % question.choices.length);
        if (!isAnswerFor(question, answer)) return;
        const result = evaluate(question, answer);
        expect(result.correct).toBe(result.parts.every(Boolean));
      }),
    );
  });
});

describe('isAnswerFor and isComplete', () => {
  it("accept only answers of the question's shape", () => {
    expect(isAnswerFor(single, 2)).toBe(true);
    expect(isAnswerFor(single, 3)).toBe(false);
    expect(isAnswerFor(single, '1')).toBe(false);
    expect(isAnswerFor(multiple, [0, 0])).toBe(false);
    expect(isAnswerFor(trueFalse, 'false')).toBe(false);
    expect(isAnswerFor(matching, [0, 1])).toBe(false);
    expect(isAnswerFor(matching, [0, 1, 9])).toBe(false);
  });

  it('need a pick, at least one box, or every pair', () => {
    expect(isComplete(single, undefined)).toBe(false);
    expect(isComplete(multiple, [])).toBe(false);
    expect(isComplete(multiple, [3])).toBe(true);
    expect(isComplete(matching, [0, null, 1])).toBe(false);
    expect(isComplete(matching, [0, 2, 1])).toBe(true);
  });
});
