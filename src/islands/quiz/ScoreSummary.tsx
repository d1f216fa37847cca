import { isPassing, percent, type Score } from '../../lib/quiz/scoring';

const text = (score: Score | undefined) => (score ? `${score.score} of ${score.total} (${percent(score)} %)` : 'none yet');

/**
 * Last and best score, always as the same two rows: the server renders them with "none yet" and the
 * saved scores fill them in after mount, so nothing below them moves when they appear.
 */
export function ScoreSummary({ last, best, newer }: { last: Score | undefined; best: Score | undefined; newer: boolean }) {
  return (
    <dl class="quiz-scores">
      <div>
        <dt>Last score</dt>
        <dd>{newer ? 'kept safe' : text(last)}</dd>
      </div>
      <div>
        <dt>Best score</dt>
        <dd>
          {newer ? 'kept safe' : text(best)}
          {best && isPassing(best) && <strong class="quiz-passed-badge"> · passed</strong>}
        </dd>
      </div>
    </dl>
  );
}
