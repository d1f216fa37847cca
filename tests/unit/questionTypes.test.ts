import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'astro/zod';
import {
  describeParts,
  evaluate,
  incompleteHint,
  isAnswerFor,
  isComplete,
  partsSummary,
  perfectAnswer,
  questionTypes,
  readable,
  shuffledCount,
  decodeAnswer,
  encodeAnswer,
  type Answer,
  type Question,
} from '../../src/lib/quiz/questionTypes';
import { ByteReader, ByteWriter } from '../../src/lib/teach/bytes';
import { VERDICT_LABELS } from '../../src/lib/quiz/questionTypes/choiceOptions';
import { pairViews } from '../../src/lib/quiz/questionTypes/matching';
import { questionAuthoring, type questionSchema } from '../../src/lib/quiz/questionTypes/schemas';
import { rightAnswer, wrongAnswer } from '../support/answers';
import { arbitraryQuestion, matching, multiple, single, trueFalse } from '../support/quizFixtures';

describe('the registry', () => {
  it('has one runtime module and one authoring module for every type', () => {
    expect(Object.keys(questionAuthoring).sort()).toEqual(Object.keys(questionTypes).sort());
  });

  it('the quiz-file schema and the runtime Question type agree both ways', () => {
    expectTypeOf<z.infer<typeof questionSchema>>().toEqualTypeOf<Question>();
  });
});

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
    expect(evaluate(multiple, true).correct).toBe(false);
    expect(evaluate(matching, [0]).correct).toBe(false);
  });

  it('the right answer scores, the wrong one the tests use does not', () => {
    fc.assert(
      fc.property(arbitraryQuestion, (question) => {
        expect(evaluate(question, rightAnswer(question)).correct).toBe(true);
        expect(isAnswerFor(question, wrongAnswer(question))).toBe(true);
        expect(evaluate(question, wrongAnswer(question)).correct).toBe(false);
      }),
    );
  });

  it('the point is given exactly when every part is right, whatever the answer', () => {
    fc.assert(
      fc.property(arbitraryQuestion, fc.jsonValue(), (question, value) => {
        const result = evaluate(question, value as never);
        expect(result.correct).toBe(result.parts.every(Boolean));
        if (!isAnswerFor(question, value)) expect(result.correct).toBe(false);
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
    expect(incompleteHint(matching)).toBe('Choose a match for every item');
    expect(incompleteHint(single)).toBe('Choose an answer');
  });
});

describe('what each type shuffles and how it reads without answers', () => {
  it('shuffles options and choices, never True/False', () => {
    expect([single, multiple, trueFalse, matching].map(shuffledCount)).toEqual([3, 4, 0, 3]);
  });

  it('reads as its options, or its items and choices, never its answer', () => {
    expect(readable(single)).toEqual({ items: ['Orchestrator', 'Modular producer', 'Customer'] });
    expect(readable(trueFalse)).toEqual({ items: [], hint: 'True or false?' });
    expect(readable(matching)).toEqual({
      items: ['Amazon', 'PayPal', 'Airbnb guest'],
      hint: 'Match each with one of: Orchestrator · Modular producer · Customer',
    });
    fc.assert(
      fc.property(arbitraryQuestion, (question) => {
        expect(JSON.stringify(readable(question))).not.toContain('feedback');
      }),
    );
  });
});

describe('answers in words', () => {
  it('one entry per part, for the review', () => {
    expect(describeParts(single, 0)).toEqual(['Orchestrator']);
    expect(describeParts(multiple, [0, 2])).toEqual(['Amazon', 'Alibaba']);
    expect(describeParts(trueFalse, true)).toEqual(['True']);
    expect(describeParts(matching, [0, null, 2])).toEqual(['Amazon → Orchestrator', 'PayPal → no choice', 'Airbnb guest → Customer']);
    expect(describeParts(single, 'nonsense')).toEqual([]);
  });

  it('says how close a partly right answer came', () => {
    expect(partsSummary(matching, [0, 2, null])).toBe('1 of 3 pairs right.');
    expect(partsSummary(multiple, [0, 1])).toBe('You found 1 of 2 correct options and picked 1 wrong one.');
    expect(partsSummary(multiple, [1, 3])).toBe('You found 0 of 2 correct options and picked 2 wrong ones.');
    expect(partsSummary(multiple, [0])).toBe('You found 1 of 2 correct options.');
    expect(partsSummary(single, 0)).toBeUndefined();
    expect(partsSummary(trueFalse, true)).toBeUndefined();
  });
});

describe('choice options, as the input component shows them', () => {
  const verdicts = (list: { verdict: string }[]) => list.map((option) => option.verdict);

  it('single choice: the chosen option and the correct one are named', () => {
    expect(verdicts(questionTypes.single.options(single, 0))).toEqual(['chosen-wrong', 'correct', 'not-chosen']);
    expect(verdicts(questionTypes.single.options(single, 1))).toEqual(['not-chosen', 'chosen-correct', 'not-chosen']);
    expect(questionTypes.single.toggle(single, 0, 2, true)).toBe(2);
  });

  it('multiple response: a right option left out is called missed; toggling keeps the answer sorted', () => {
    expect(verdicts(questionTypes.multiple.options(multiple, [0, 1]))).toEqual([
      'chosen-correct',
      'chosen-wrong',
      'missed-correct',
      'not-chosen',
    ]);
    expect(questionTypes.multiple.toggle(multiple, [2], 0, true)).toEqual([0, 2]);
    expect(questionTypes.multiple.toggle(multiple, [0, 2], 2, false)).toEqual([0]);
    expect(questionTypes.multiple.instruction?.(multiple)).toBe('Select all that apply.');
    expect(questionTypes.multiple.instruction?.({ ...multiple, prompt: 'Select all that are orchestrators.' })).toBeUndefined();
  });

  it('true/false: two options, True then False', () => {
    expect(questionTypes.truefalse.options(trueFalse, true).map((option) => [option.text, option.verdict])).toEqual([
      ['True', 'chosen-wrong'],
      ['False', 'correct'],
    ]);
    expect(questionTypes.truefalse.toggle(trueFalse, undefined, 1, true)).toBe(false);
  });

  it('every verdict has words, so feedback never relies on colour', () => {
    for (const label of Object.values(VERDICT_LABELS)) expect(label.length).toBeGreaterThan(5);
  });

  it("matching: names each pair's choice and whether it was right", () => {
    expect(pairViews(matching, [0, 2, null]).map(({ chosen, correct, verdict }) => ({ chosen, correct, verdict }))).toEqual([
      { chosen: 'Orchestrator', correct: true, verdict: 'Correct.' },
      { chosen: 'Customer', correct: false, verdict: 'Not correct: the answer is Modular producer.' },
      { chosen: undefined, correct: false, verdict: 'Not correct: the answer is Customer.' },
    ]);
  });
});

describe('perfectAnswer', () => {
  it('is a well-formed, complete answer for every question', () => {
    fc.assert(
      fc.property(arbitraryQuestion, (question) => {
        expect(isAnswerFor(question, perfectAnswer(question))).toBe(true);
        expect(isComplete(question, perfectAnswer(question))).toBe(true);
      }),
    );
  });
});

describe('answers in bits (result codes)', () => {
  const encode = (question: Question, answer: Answer) => {
    const writer = new ByteWriter();
    encodeAnswer(question, answer, writer);
    return writer.finish();
  };

  it('round-trip the right and a wrong answer to any question, in the form the type keeps', () => {
    fc.assert(
      fc.property(arbitraryQuestion, (question) => {
        for (const answer of [rightAnswer(question), wrongAnswer(question)]) {
          const reader = new ByteReader(encode(question, answer));
          expect(decodeAnswer(question, reader)).toEqual(answer);
          expect(reader.atPaddedEnd()).toBe(true);
        }
      }),
    );
  });

  it('take only the bits the question needs', () => {
    // The bits decoding reads back: the encoded bytes less the padding left after them.
    const bitsOf = (question: Question, answer: Answer) => {
      const bytes = encode(question, answer);
      const reader = new ByteReader(bytes);
      decodeAnswer(question, reader);
      return 8 * bytes.length - reader.bitsLeft();
    };
    expect(bitsOf(single, 2)).toBe(2); // three options: 0–2
    expect(bitsOf(multiple, [0, 2])).toBe(4); // one bit per option
    expect(bitsOf(trueFalse, true)).toBe(1);
    expect(bitsOf(matching, [0, null, 2])).toBe(6); // per pair: none, or one of three choices
    expect([...encode(multiple, [0, 2])]).toEqual([0b1010_0000]);
    expect([...encode(matching, [0, null, 2])]).toEqual([0b01_00_11_00]);
  });

  it('decode to undefined bits that make no answer to the question', () => {
    // Two bits of 3 for a question with three options (0–2).
    expect(decodeAnswer(single, new ByteReader(Uint8Array.of(0b1100_0000)))).toBeUndefined();
    expect(decodeAnswer(matching, new ByteReader(Uint8Array.of(0b01_00_11_00)))).toEqual([0, null, 2]);
  });
});
