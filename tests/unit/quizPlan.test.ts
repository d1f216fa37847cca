import { describe, expect, it } from 'vitest';
import { drawExam, EXAM_LENGTH } from '../../src/lib/quiz/examDraw';
import { examPlan } from '../../src/lib/quiz/examPlan';
import { lessonQuizPlan } from '../../src/lib/quiz/quizPlan';
import { drawQuiz, QUIZ_LENGTH } from '../../src/lib/quiz/quizDraw';
import { sampleBank } from '../support/quizFixtures';

describe('quiz plans', () => {
  it('a lesson quiz asks a draw from its pool, with feedback after each question', () => {
    const questions = sampleBank(1, 20);
    const plan = lessonQuizPlan(questions);
    expect(plan.feedback).toBe('after-each');
    expect(plan.draw(1)).toEqual(drawQuiz(questions, 1).map((question) => question.id));
    expect(plan.draw(1)).toHaveLength(QUIZ_LENGTH);
  });

  it('the exam asks its draw from the bank, with feedback at the end', () => {
    const bank = sampleBank(6, 12);
    const plan = examPlan(bank);
    expect(plan.feedback).toBe('at-end');
    expect(plan.draw(77)).toEqual(drawExam(bank, 77).map((question) => question.id));
    expect(plan.draw(77)).toHaveLength(EXAM_LENGTH);
  });
});
