import { describe, expect, it } from 'vitest';
import {
  checkAnnouncement,
  describeAnswer,
  describeCorrect,
  verdictMark,
  verdictSentence,
  verdictWords,
} from '../../src/lib/quiz/feedback';
import { matching, multiple, single, trueFalse } from '../support/quizFixtures';

describe('the verdict', () => {
  it('is said in words, with a mark beside it, and how close a partly right answer came', () => {
    expect([verdictWords(true), verdictWords(false)]).toEqual(['Correct.', 'Not quite.']);
    expect([verdictMark(true), verdictMark(false)]).toEqual(['✓', '✗']);
    expect(verdictSentence(multiple, [0, 1], false)).toBe('Not quite. You found 1 of 2 correct options and picked 1 wrong one.');
    expect(verdictSentence(single, 0, false)).toBe('Not quite.');
    expect(verdictSentence(single, 1, true)).toBe('Correct.');
  });

  it('is announced with the explanation, so a screen reader hears why', () => {
    expect(checkAnnouncement(matching, [0, 2, 1], false)).toBe(`Not quite. 1 of 3 pairs right. ${matching.explanation}`);
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
    expect(describeAnswer(single, 42)).toBe('No answer');
    expect(describeCorrect(multiple)).toBe('Amazon; Alibaba');
    expect(describeCorrect(matching)).toBe('Amazon → Orchestrator; PayPal → Modular producer; Airbnb guest → Customer');
    expect(describeCorrect(trueFalse)).toBe('False');
  });
});
