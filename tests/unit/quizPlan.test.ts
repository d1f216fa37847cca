import { describe, expect, it } from 'vitest';
import { drawExam, EXAM_LENGTH } from '../../src/lib/quiz/examDraw';
import { examPlan } from '../../src/lib/quiz/examPlan';
import { lessonQuizPlan } from '../../src/lib/quiz/quizPlan';
import { sampleBank } from '../support/quizFixtures';

describe('quiz plans', () => {
  it('a lesson quiz asks every question of its lesson, with feedback after each', () => {
    const questions = sampleBank(1, 12);
    const plan = lessonQuizPlan(questions);
    expect(plan.feedback).toBe('after-each');
    expect(plan.draw(1)).toEqual(questions.map((question) => question.id));
  });

  it('the exam asks its draw from the bank, with feedback at the end', () => {
    const bank = sampleBank(6, 12);
    const plan = examPlan(bank);
    expect(plan.feedback).toBe('at-end');
    expect(plan.draw(77)).toEqual(drawExam(bank, 77).map((question) => question.id));
    expect(plan.draw(77)).toHaveLength(EXAM_LENGTH);
  });
});
