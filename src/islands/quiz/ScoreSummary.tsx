import { isPassing, type Score } from '../../lib/quiz/passMark';
import { formatScore } from '../../lib/quiz/scoring';

/**
 * Last and best score, always as the same two rows: the server renders them with "none yet" and the
 * saved scores fill them in after mount, so nothing below them moves when they appear.
 */
export function ScoreSummary({ last, best, newer }: { last: Score | undefined; best: Score | undefined; newer: boolean }) {
  const text = (score: Score | undefined) => (newer ? 'kept safe' : score ? formatScore(score) : 'none yet');
  return (
    <dl class="quiz-scores">
      <div>
        <dt>Last score</dt>
        <dd>{text(last)}</dd>
      </div>
      <div>
        <dt>Best score</dt>
        <dd>
          {text(best)}
          {best && !newer && isPassing(best) && <strong class="quiz-passed-badge"> · passed</strong>}
        </dd>
      </div>
    </dl>
  );
}
