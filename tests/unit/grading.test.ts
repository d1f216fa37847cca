import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerValue } from '../../src/lib/quiz/questionTypes';
import { isPassing } from '../../src/lib/quiz/passMark';
import type { Assignment } from '../../src/lib/teach/assignment';
import {
  gradeResult,
  isBlankAnswer,
  missingQuestions,
  questionsById,
  type LearnerGrade,
  type LearnerResult,
} from '../../src/lib/teach/grading';
import { rightAnswer, wrongAnswer } from '../support/answers';
import { questionBank } from '../support/questionBank';
import { sampleQuiz } from '../support/quizFixtures';
import { sampleAssignment, sampleBank } from '../support/teachFixtures';

const bank = sampleBank;
const assignment: Assignment = sampleAssignment({ passPercent: 75 });
const result = (answers: (AnswerValue | undefined)[], name = 'Ada'): LearnerResult => ({
  name,
  answers,
  seconds: 300,
  finishedAt: Date.UTC(2025, 4, 6, 10),
});
const graded = (outcome: ReturnType<typeof gradeResult>): LearnerGrade => {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.grade;
};

describe('gradeResult', () => {
  it('re-grades from the answers: a point per fully right question, percent rounded down, the pass mark applied', () => {
    const grade = graded(
      gradeResult(
        assignment,
        bank,
        result([rightAnswer(sampleQuiz[0]!), wrongAnswer(sampleQuiz[1]!), rightAnswer(sampleQuiz[2]!), undefined]),
      ),
    );
    expect(grade).toMatchObject({
      name: 'Ada',
      score: 2,
      total: 4,
      percent: 50,
      passed: false,
      seconds: 300,
      marks: ['right', 'wrong', 'right', 'unanswered'],
    });
  });

  it('every answer right passes; the pass mark is reached exactly, never by rounding up', () => {
    expect(graded(gradeResult(assignment, bank, result(sampleQuiz.map(rightAnswer))))).toMatchObject({
      score: 4,
      percent: 100,
      passed: true,
    });
    const three = result([...sampleQuiz.slice(0, 3).map(rightAnswer), undefined]);
    expect(graded(gradeResult(assignment, bank, three)).passed).toBe(true); // 3 of 4 = 75 %
    expect(graded(gradeResult({ ...assignment, passPercent: 76 }, bank, three)).passed).toBe(false);
  });

  it('blank answers (nothing ticked, no match chosen) are unanswered; a malformed one is wrong, never a crash', () => {
    const grade = graded(gradeResult(assignment, bank, result([null, [], 'yes', [null, null, null]])));
    expect(grade.marks).toEqual(['unanswered', 'unanswered', 'wrong', 'unanswered']);
    expect(graded(gradeResult(assignment, bank, result([99, [0, 0], { x: 1 } as unknown as AnswerValue, [0, null, 2]]))).marks).toEqual([
      'wrong',
      'wrong',
      'wrong',
      'wrong',
    ]);
  });

  it('refuses a result whose answers do not line up with the questions, saying what to do', () => {
    const outcome = gradeResult(assignment, bank, result([true]));
    expect(outcome).toEqual({
      ok: false,
      error: {
        kind: 'answer-count',
        message:
          "This result holds 1 answer but the assignment has 4 questions, so it belongs to another version of the assignment. Ask the learner to open the assignment's link again and hand in a new code.",
      },
    });
  });

  it('a question the course no longer has is not graded and left out of the total', () => {
    const changed = { ...assignment, questionIds: [...assignment.questionIds, 'gone-question'] };
    expect(missingQuestions(changed, bank)).toEqual(['gone-question']);
    const grade = graded(gradeResult(changed, bank, result([...sampleQuiz.map(rightAnswer), 0])));
    expect(grade).toMatchObject({ score: 4, total: 4, passed: true });
    expect(grade.marks.at(-1)).toBe('not-graded');
  });

  it('never throws on arbitrary answers; the score never exceeds the total and matches the marks', () => {
    const answer = fc.oneof(fc.constant(undefined), fc.jsonValue() as fc.Arbitrary<AnswerValue>);
    fc.assert(
      fc.property(fc.array(answer, { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 100 }), (answers, passPercent) => {
        const grade = graded(gradeResult({ ...assignment, passPercent }, bank, result(answers)));
        expect(grade.score).toBe(grade.marks.filter((mark) => mark === 'right').length);
        expect(grade.total).toBe(4);
        expect(grade.passed).toBe(grade.score * 100 >= passPercent * grade.total);
      }),
    );
  });

  it('over the whole bank: the right answers score full marks, the wrong ones none', () => {
    const questions = questionBank();
    const whole = questionsById(questions);
    const everything = { ...assignment, questionIds: questions.map((question) => question.id), passPercent: 100 };
    expect(graded(gradeResult(everything, whole, result(questions.map(rightAnswer))))).toMatchObject({
      score: questions.length,
      total: questions.length,
      passed: true,
    });
    expect(graded(gradeResult(everything, whole, result(questions.map(wrongAnswer))))).toMatchObject({ score: 0, passed: false });
  });
});

describe('the pass mark rule', () => {
  it('isPassing with a teacher’s mark is the exact comparison score/total ≥ mark, for every whole percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.nat(), fc.integer({ min: 0, max: 100 }), (total, raw, mark) => {
        const score = raw % (total + 1);
        expect(isPassing({ score, total }, mark / 100)).toBe(score * 100 >= mark * total);
      }),
    );
  });
});

describe('isBlankAnswer', () => {
  it('nothing given is blank; false and 0 are answers', () => {
    expect([undefined, null, [], [null], [null, []]].map(isBlankAnswer)).toEqual([true, true, true, true, true]);
    expect([false, 0, [0], [null, 1], ''].map(isBlankAnswer)).toEqual([false, false, false, false, false]);
  });
});
