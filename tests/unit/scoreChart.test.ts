import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHART_ATTEMPTS, describeScores, scoreChart } from '../../src/lib/progress/scoreChart';
import { PASS_MARK } from '../../src/lib/quiz/passMark';

const box = { width: 200, height: 100, pad: 10 };
const scores = (...shares: number[]) => shares.map((score) => ({ score, total: 10 }));

describe('scoreChart', () => {
  it('puts each attempt left to right, full marks at the top, nothing at the bottom, the pass mark between', () => {
    const chart = scoreChart(scores(0, 10, 5), box);
    expect(chart.points).toEqual([
      { x: 10, y: 90, percent: 0 },
      { x: 100, y: 10, percent: 100 },
      { x: 190, y: 50, percent: 50 },
    ]);
    expect(chart.path).toBe('M10 90 L100 10 L190 50');
    expect(chart.passY).toBeCloseTo(10 + (1 - PASS_MARK) * 80);
  });

  it('puts a single attempt in the middle, and draws nothing without attempts', () => {
    expect(scoreChart(scores(8), box).points).toEqual([{ x: 100, y: 26, percent: 80 }]);
    expect(scoreChart([], box)).toMatchObject({ points: [], path: '' });
  });

  it('shows the latest attempts only, and keeps every point inside the box', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10), { maxLength: 60 }), (shares) => {
        const chart = scoreChart(scores(...shares), box);
        expect(chart.points).toHaveLength(Math.min(shares.length, CHART_ATTEMPTS));
        expect(chart.firstAttempt).toBe(shares.length - chart.points.length + 1);
        for (const point of chart.points) {
          expect(point.x).toBeGreaterThanOrEqual(box.pad);
          expect(point.x).toBeLessThanOrEqual(box.width - box.pad);
          expect(point.y).toBeGreaterThanOrEqual(box.pad);
          expect(point.y).toBeLessThanOrEqual(box.height - box.pad);
        }
      }),
    );
  });
});

describe('describeScores', () => {
  it('says the scores shown, numbered as the learner counts attempts', () => {
    expect(describeScores([])).toBe('No attempts yet.');
    expect(describeScores(scores(6))).toBe('Attempt 1: 60 %.');
    expect(describeScores(scores(6, 9))).toBe('Attempts 1 to 2: 60 %, 90 %.');
    const many = scores(...Array.from({ length: CHART_ATTEMPTS + 2 }, () => 7));
    expect(describeScores(many)).toMatch(new RegExp(`^Attempts 3 to ${CHART_ATTEMPTS + 2}: `));
  });
});
