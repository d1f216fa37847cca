import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeParts, type AnswerValue } from '../../src/lib/quiz/questionTypes';
import type { Assignment } from '../../src/lib/teach/assignment';
import { analyseClass, analyseObjectives, analyseQuestions, scoreDistribution } from '../../src/lib/teach/classAnalysis';
import { gradeResult, questionsById, type LearnerGrade } from '../../src/lib/teach/grading';
import { rightAnswer } from '../support/answers';
import { matching, multiple, sampleQuiz, single, trueFalse } from '../support/quizFixtures';
import { sampleAssignment, sampleBank } from '../support/teachFixtures';

const bank = sampleBank;
const assignment: Assignment = sampleAssignment({ passPercent: 60 });

function grade(answers: (AnswerValue | undefined)[], name = 'Ada', on: Assignment = assignment): LearnerGrade {
  const outcome = gradeResult(on, bank, { name, answers, seconds: 60, finishedAt: 0 });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.grade;
}

// single: right 1; multiple: right [0, 2]; true/false: right false; matching: right [0, 1, 2].
const right = sampleQuiz.map(rightAnswer);
const klass = [
  grade(right, 'All right'),
  grade([0, [0], false, [0, 1, 2]], 'Picked Orchestrator'),
  grade([0, [0, 1, 2], true, [0, 2, 1]], 'Also Orchestrator'),
  grade([2, undefined, true, undefined], 'Picked Customer'),
];

describe('analyseQuestions', () => {
  const [first, second, third, fourth] = analyseQuestions(assignment, bank, klass);

  it('gives each question its share right and its unanswered count', () => {
    expect(first).toMatchObject({ id: single.id, learners: 4, right: 1, share: 0.25, unanswered: 0 });
    expect(second).toMatchObject({ id: multiple.id, right: 1, unanswered: 1 });
    expect(third).toMatchObject({ id: trueFalse.id, right: 2, share: 0.5 });
    expect(fourth).toMatchObject({ id: matching.id, right: 2, unanswered: 1 });
  });

  it('names the most chosen wrong answer in the type’s own words, with how many chose it', () => {
    expect(first!.commonWrong).toEqual({ words: 'Orchestrator', count: 2 });
    expect(third!.commonWrong).toEqual({ words: 'True', count: 2 });
  });

  it('for a question of several parts, names one wrong part (a wrong pair, a wrong tick), never the right parts', () => {
    // [0, 2, 1]: Amazon's pair is right; the two swapped pairs are the wrong parts, one learner each (a tie).
    expect(fourth!.commonWrong).toEqual({ words: 'Airbnb guest → Modular producer', count: 1 });
    const swapped = [grade([0, [0], false, [0, 2, 1]], 'One'), grade([0, [0], false, [1, 2, 1]], 'Two')];
    // Both put the Airbnb guest with the producers; only one also got Amazon wrong.
    expect(analyseQuestions(assignment, bank, swapped)[3]!.commonWrong).toEqual({ words: 'Airbnb guest → Modular producer', count: 2 });
  });

  it('a multiple response: a wrong tick counts first; an answer that only left a right option out names it', () => {
    // One ticked the wrong option 1 (with both right ones); one only left out option 2.
    expect(second!.commonWrong).toEqual({ words: describeParts(multiple, [1])[0], count: 1 });
    const leftOut = analyseQuestions(assignment, bank, [grade([1, [0], false, [0, 1, 2]], 'Left out')])[1]!.commonWrong;
    expect(leftOut).toEqual({ words: `left out: ${describeParts(multiple, [2])[0]}`, count: 1 });
  });

  it('nobody wrong means no common wrong answer', () => {
    expect(analyseQuestions(assignment, bank, [klass[0]!])[0]!.commonWrong).toBeUndefined();
  });

  it('a question the course no longer has: nobody graded on it', () => {
    const changed = { ...assignment, questionIds: [...assignment.questionIds, 'gone'] };
    const analysis = analyseQuestions(changed, bank, [grade([...right, 1], 'Ada', changed)]);
    expect(analysis.at(-1)).toEqual({ id: 'gone', learners: 0, right: 0, unanswered: 0, share: 0, commonWrong: undefined });
  });
});

describe('analyseObjectives', () => {
  it('gives each objective its share right, lowest first, and flags those below the pass mark', () => {
    const objectives = analyseObjectives(assignment, bank, klass);
    // tell-apart: single + multiple (2 right of 8); describe-roles: true/false (2 of 4); many-roles: matching (2 of 4).
    expect(
      objectives.map(({ objective, questions, answers, right: count, missed }) => [objective, questions, answers, count, missed]),
    ).toEqual([
      ['tell-apart', 2, 8, 2, true],
      ['describe-roles', 1, 4, 2, true],
      ['many-roles', 1, 4, 2, true],
    ]);
    expect(analyseObjectives({ ...assignment, passPercent: 50 }, bank, klass).map((entry) => entry.missed)).toEqual([true, false, false]);
  });

  it('keeps objectives of the same id in different lessons apart', () => {
    const twoLessons = questionsById([
      { ...trueFalse, id: 'a', lesson: 'one' },
      { ...trueFalse, id: 'b', lesson: 'two' },
    ]);
    const objectives = analyseObjectives({ ...assignment, questionIds: ['a', 'b'] }, twoLessons, []);
    expect(objectives.map((entry) => `${entry.lesson}/${entry.objective}`)).toEqual(['one/describe-roles', 'two/describe-roles']);
  });
});

describe('scoreDistribution', () => {
  it('up to 10 questions: one bin per score; the summary says the spread in words', () => {
    const distribution = scoreDistribution(klass, 4, 60);
    expect(distribution.bins.map((bin) => [bin.label, bin.count])).toEqual([
      ['0 of 4', 2],
      ['1 of 4', 0],
      ['2 of 4', 1],
      ['3 of 4', 0],
      ['4 of 4', 1],
    ]);
    expect(distribution.summary).toBe(
      '4 learners, out of 4: lowest 0, median 1, highest 4. 1 passed (pass mark 60 %). Learners per score: 0 of 4: 2; 2 of 4: 1; 4 of 4: 1.',
    );
  });

  it('more questions: ten bins of 10 %, the last holding 100 %; every learner in exactly one bin', () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 60 }), fc.array(fc.nat(), { maxLength: 30 }), (total, raw) => {
        const grades = raw.map((value) => ({
          ...klass[0]!,
          score: value % (total + 1),
          total,
          percent: Math.floor(((value % (total + 1)) / total) * 100),
        }));
        const { bins } = scoreDistribution(grades, total, 50);
        expect(bins.map((bin) => bin.label)).toEqual([
          '0–9 %',
          '10–19 %',
          '20–29 %',
          '30–39 %',
          '40–49 %',
          '50–59 %',
          '60–69 %',
          '70–79 %',
          '80–89 %',
          '90–100 %',
        ]);
        expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(grades.length);
      }),
    );
  });

  it('no results: empty bins and a plain sentence', () => {
    expect(scoreDistribution([], 4, 60).summary).toBe('No results yet.');
    expect(scoreDistribution([], 4, 60).bins.every((bin) => bin.count === 0)).toBe(true);
  });

  it('an even class gets the mean of the middle two as its median', () => {
    expect(scoreDistribution([klass[0]!, klass[1]!], 4, 60).summary).toContain('median 3,');
    const one = grade([right[0], undefined, undefined, undefined]);
    expect(scoreDistribution([one, klass[2]!], 4, 60).summary).toContain('median 0.5,');
  });
});

describe('analyseClass', () => {
  it('joins the parts and counts learners and passes', () => {
    const analysis = analyseClass(assignment, bank, klass);
    expect(analysis).toMatchObject({ learners: 4, passed: 1 });
    expect(analysis.questions).toHaveLength(assignment.questionIds.length);
    expect(analysis.distribution.bins).toHaveLength(assignment.questionIds.length + 1);
  });
});
