import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Assignment } from '../../src/lib/teach/assignment';
import { classRecordText, classView, codeExcerpt, readClassRecord, type ClassEntry } from '../../src/lib/teach/classRecord';
import { questionsById } from '../../src/lib/teach/grading';
import { distributionBars } from '../../src/lib/teach/distributionChart';
import { scoreDistribution } from '../../src/lib/teach/classAnalysis';
import type { ResultContent } from '../../src/lib/teach/resultCode';
import { rightAnswer } from '../support/answers';
import { sampleQuiz } from '../support/quizFixtures';

const bank = questionsById(sampleQuiz.map((question) => ({ ...question, lesson: 'three-roles' })));
const assignment: Assignment = {
  title: 'Roles',
  instructions: '',
  questionIds: sampleQuiz.map((question) => question.id),
  order: 'fixed',
  feedback: 'graded',
  passPercent: 50,
};
const right = sampleQuiz.map(rightAnswer);
const result = (name: string, answers = right.map((answer) => answer as ResultContent['answers'][number])): ResultContent => ({
  name,
  answers,
  seconds: 75,
  finishedAt: Date.UTC(2026, 2, 4, 10, 30),
  assignmentId: 'AAAAAAAAAAAA',
});
const opened = (name: string, answers?: ResultContent['answers']): ClassEntry => ({
  code: `DE1-${name}xxxxxxxxxxxxxxxxxxxxxxxxxx`,
  ok: true,
  result: result(name, answers),
});

describe('the class kept in this browser', () => {
  it('round-trips through storage, unanswered questions staying unanswered', () => {
    const entries: ClassEntry[] = [
      opened('Ada'),
      opened('Bo', [undefined, ...right.slice(1)]),
      { code: 'junk', ok: false, reason: 'not-a-code', message: 'This is not a result code.' },
    ];
    const back = readClassRecord(classRecordText({ link: 'abc', entries }));
    expect(back).toEqual({ link: 'abc', entries });
  });

  it('reads damaged storage as nothing, and leaves out damaged entries', () => {
    expect(readClassRecord(null)).toBeUndefined();
    expect(readClassRecord('{')).toBeUndefined();
    expect(readClassRecord('{"version":9,"link":"a","entries":[]}')).toBeUndefined();
    expect(
      readClassRecord(
        '{"version":1,"link":"a","entries":[{"code":"x","ok":true},{"code":"y","ok":false,"reason":"damaged","message":"m"}]}',
      ),
    ).toEqual({
      link: 'a',
      entries: [{ code: 'y', ok: false, reason: 'damaged', message: 'm' }],
    });
    fc.assert(fc.property(fc.string(), (text) => void readClassRecord(text)));
    fc.assert(fc.property(fc.jsonValue(), (value) => void readClassRecord(JSON.stringify({ version: 1, link: 'a', entries: [value] }))));
  });
});

describe('the class view', () => {
  it('lists every code that is not a learner, with its reason, in the order pasted', () => {
    const entries: ClassEntry[] = [
      opened('Ada'),
      { code: 'DE1-broken', ok: false, reason: 'damaged', message: 'This code is damaged.' },
      opened('Ada'),
      opened('Bo', [undefined]),
      opened('Cy', [undefined, ...right.slice(1)]),
    ];
    const view = classView(assignment, bank, entries);
    expect(view.learners.map((learner) => learner.name)).toEqual(['Ada', 'Cy']);
    expect(view.refused.map((entry) => [entry.number, entry.kind])).toEqual([
      [2, 'refused'],
      [3, 'duplicate'],
      [4, 'refused'],
    ]);
    expect(view.refused[1]!.message).toContain('code 1');
    // Every code is either a learner or listed.
    expect(view.learners.length + view.refused.length).toBe(entries.length);
  });

  it('names a code by its ends', () => {
    expect(codeExcerpt('DE1-short')).toBe('DE1-short');
    expect(codeExcerpt(`DE1-${'a'.repeat(40)}zzzzzz`)).toBe(`DE1-aaaaaaaaaa…zzzzzz`);
  });
});

describe('the score chart', () => {
  const box = { width: 320, height: 140, labelHeight: 16, pad: 4 };
  it('draws one bar per bin inside the box, the fullest bin the full plot height', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 12 }), (counts) => {
        const bins = counts.map((count, index) => ({ label: String(index), tick: String(index), from: index, to: index, count }));
        const bars = distributionBars(bins, box);
        expect(bars).toHaveLength(bins.length);
        for (const bar of bars) {
          expect(bar.x).toBeGreaterThanOrEqual(box.pad - 0.1);
          expect(bar.x + bar.width).toBeLessThanOrEqual(box.width - box.pad + 0.1);
          expect(bar.y + bar.height).toBeCloseTo(box.height - box.labelHeight, 0);
        }
        const most = Math.max(...counts);
        if (most > 0) expect(Math.max(...bars.map((bar) => bar.height))).toBeCloseTo(box.height - 2 * box.labelHeight, 0);
      }),
    );
  });

  it('follows scoreDistribution', () => {
    const grades = classView(assignment, bank, [opened('Ada'), opened('Cy', [undefined, ...right.slice(1)])]).learners;
    const bars = distributionBars(scoreDistribution(grades, assignment.questionIds.length, 50).bins, box);
    expect(bars.map((bar) => bar.count)).toEqual(
      Array.from({ length: assignment.questionIds.length + 1 }, (_, score) => grades.filter((grade) => grade.score === score).length),
    );
  });

  it('marks every bar on the axis, and says what the axis counts', () => {
    const total = assignment.questionIds.length;
    const grades = classView(assignment, bank, [opened('Ada')]).learners;
    const perScore = scoreDistribution(grades, total, 50).bins;
    expect(distributionBars(perScore, box).map((bar) => bar.tick)).toEqual(Array.from({ length: total + 1 }, (_, score) => String(score)));
    expect(scoreDistribution(grades, total, 50).axis).toBe(`Questions right, of ${total}`);
    const tens = scoreDistribution([], 20, 50).bins;
    expect(distributionBars(tens, box).map((bar) => bar.tick)).toEqual(['0', '10', '20', '30', '40', '50', '60', '70', '80', '90']);
    expect(scoreDistribution([], 20, 50).axis).toBe('Percent right, in bars of 10 %');
  });
});
