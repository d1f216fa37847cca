import { PASS_MARK, type Score } from '../quiz/passMark';
import { percent } from '../quiz/scoring';

/*
 * The geometry of a quiz's score chart: one point per attempt (its share of points), joined by a line, with
 * the pass mark as a level line. Pure numbers: the component draws them as SVG.
 */

/** The chart shows at most this many attempts, the latest. */
export const CHART_ATTEMPTS = 20;

export interface ChartBox {
  width: number;
  height: number;
  /** Room left around the plot, for the dots and the pass line's label. */
  pad: number;
}

export interface ScoreChart {
  points: { x: number; y: number; percent: number }[];
  /** The SVG path through the points ("M x y L x y …"); empty with no attempts. */
  path: string;
  /** The pass mark's height. */
  passY: number;
  /** The number of the first attempt shown (attempts before it fell out of the chart). */
  firstAttempt: number;
}

export function scoreChart(scores: readonly Score[], box: ChartBox): ScoreChart {
  const shown = scores.slice(-CHART_ATTEMPTS);
  const plotWidth = box.width - 2 * box.pad;
  const plotHeight = box.height - 2 * box.pad;
  const y = (share: number) => round(box.pad + (1 - share) * plotHeight);
  // One attempt sits in the middle; more spread over the width.
  const x = (index: number) => round(box.pad + (shown.length === 1 ? plotWidth / 2 : (index / (shown.length - 1)) * plotWidth));
  const points = shown.map((score, index) => ({
    x: x(index),
    y: y(score.total === 0 ? 0 : score.score / score.total),
    percent: percent(score),
  }));
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  return { points, path, passY: y(PASS_MARK), firstAttempt: scores.length - shown.length + 1 };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The chart in words, for everyone who does not see it: "Attempts 1 to 3: 60 %, 70 %, 90 %." */
export function describeScores(scores: readonly Score[]): string {
  if (scores.length === 0) return 'No attempts yet.';
  const shown = scores.slice(-CHART_ATTEMPTS);
  const first = scores.length - shown.length + 1;
  const which = shown.length === 1 ? `Attempt ${first}` : `Attempts ${first} to ${scores.length}`;
  return `${which}: ${shown.map((score) => `${percent(score)} %`).join(', ')}.`;
}
