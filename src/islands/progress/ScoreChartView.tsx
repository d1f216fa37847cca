import { describeScores, scoreChart } from '../../lib/progress/scoreChart';
import type { Score } from '../../lib/quiz/passMark';
import { PASS_PERCENT } from '../../lib/quiz/scoring';

const BOX = { width: 240, height: 72, pad: 8 };

/** A quiz's scores, attempt by attempt, as a small line chart with the pass mark; the same in words beneath it. */
export function ScoreChartView({ scores, label }: { scores: readonly Score[]; label: string }) {
  if (scores.length === 0) return null;
  const chart = scoreChart(scores, BOX);
  return (
    <figure class="score-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} aria-hidden="true" focusable="false">
        <line class="score-chart-pass" x1={BOX.pad} x2={BOX.width - BOX.pad} y1={chart.passY} y2={chart.passY} />
        <path class="score-chart-line" d={chart.path} />
        {chart.points.map((point) => (
          <circle class={point.percent >= PASS_PERCENT ? 'score-chart-dot is-pass' : 'score-chart-dot'} cx={point.x} cy={point.y} r="3.5" />
        ))}
      </svg>
      <figcaption>
        {label}: {describeScores(scores)} The dashed line is the pass mark, {PASS_PERCENT} %.
      </figcaption>
    </figure>
  );
}
