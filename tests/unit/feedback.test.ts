import { describe, expect, it } from 'vitest';
import { describeAnswer, describeCorrect, optionVerdicts, pairVerdicts, partsSummary, VERDICT_LABELS } from '../../src/lib/quiz/feedback';
import { matching, multiple, single, trueFalse } from '../support/quizFixtures';

const verdicts = (list: ReturnType<typeof optionVerdicts>) => list.map((option) => option.verdict);

describe('optionVerdicts', () => {
  it('single choice: the chosen option and the correct one are named', () => {
    expect(verdicts(optionVerdicts(single, 0))).toEqual(['chosen-wrong', 'correct', 'not-chosen']);
    expect(verdicts(optionVerdicts(single, 1))).toEqual(['not-chosen', 'chosen-correct', 'not-chosen']);
  });

  it('multiple response: a right option left out is called missed', () => {
    expect(verdicts(optionVerdicts(multiple, [0, 1]))).toEqual(['chosen-correct', 'chosen-wrong', 'missed-correct', 'not-chosen']);
  });

  it('true/false: two options, True then False', () => {
    expect(optionVerdicts(trueFalse, true).map((option) => [option.text, option.verdict])).toEqual([
      ['True', 'chosen-wrong'],
      ['False', 'correct'],
    ]);
  });

  it('every verdict has words, so feedback never relies on colour', () => {
    for (const label of Object.values(VERDICT_LABELS)) expect(label.length).toBeGreaterThan(5);
  });
});

describe('pairVerdicts and partsSummary', () => {
  it("names each pair's choice and whether it was right", () => {
    expect(pairVerdicts(matching, [0, 2, null])).toEqual([
      { item: 'Amazon', chosen: 'Orchestrator', match: 'Orchestrator', correct: true },
      { item: 'PayPal', chosen: 'Customer', match: 'Modular producer', correct: false },
      { item: 'Airbnb guest', chosen: undefined, match: 'Customer', correct: false },
    ]);
    expect(partsSummary(matching, [0, 2, null])).toBe('1 of 3 pairs right.');
  });

  it('says how many right options were found and how many wrong ones picked', () => {
    expect(partsSummary(multiple, [0, 1])).toBe('You found 1 of 2 correct options and picked 1 wrong one.');
    expect(partsSummary(multiple, [1, 3])).toBe('You found 0 of 2 correct options and picked 2 wrong ones.');
    expect(partsSummary(multiple, [0])).toBe('You found 1 of 2 correct options.');
  });

  it('has nothing to add for one-part questions', () => {
    expect(partsSummary(single, 0)).toBeUndefined();
    expect(partsSummary(trueFalse, true)).toBeUndefined();
  });
});

describe('describeAnswer and describeCorrect', () => {
  it('put answers into words for the review', () => {
    expect(describeAnswer(single, 0)).toBe('Orchestrator');
    expect(describeAnswer(multiple, [0, 2])).toBe('Amazon; Alibaba');
    expect(describeAnswer(multiple, [])).toBe('No answer');
    expect(describeAnswer(trueFalse, false)).toBe('False');
    expect(describeAnswer(matching, [0, null, 2])).toBe('Amazon → Orchestrator; PayPal → no choice; Airbnb guest → Customer');
    expect(describeAnswer(single, undefined)).toBe('No answer');
    expect(describeCorrect(multiple)).toBe('Amazon; Alibaba');
    expect(describeCorrect(matching)).toBe('Amazon → Orchestrator; PayPal → Modular producer; Airbnb guest → Customer');
    expect(describeCorrect(trueFalse)).toBe('False');
  });
});
