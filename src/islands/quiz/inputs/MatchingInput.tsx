import { pairViews, type MatchingAnswer, type MatchingQuestion } from '../../../lib/quiz/questionTypes/matching';
import { verdictMark } from '../../../lib/quiz/feedback';
import type { InputProps } from './inputProps';

/** One native select per item: no dragging, and every screen reader knows how to use it. */
export function MatchingInput({ question, order, answer, onAnswer, name, locked }: InputProps<MatchingQuestion, MatchingAnswer>) {
  const chosen = answer ?? question.pairs.map(() => null);
  const pairs = pairViews(question, answer);
  const choiceOrder = order ?? question.choices.map((_, index) => index);
  return (
    <ul class="quiz-pairs" role="list">
      {pairs.map((pair, pairIndex) => {
        const id = `${name}-pair-${pairIndex}`;
        return (
          <li key={pair.item} class={`quiz-pair${locked ? (pair.correct ? ' verdict-chosen-correct' : ' verdict-chosen-wrong') : ''}`}>
            <label for={id}>{pair.item}</label>
            <select
              id={id}
              disabled={locked}
              aria-describedby={locked ? `${id}-verdict` : undefined}
              onChange={(event) => {
                const value = (event.currentTarget as HTMLSelectElement).value;
                const next = [...chosen];
                next[pairIndex] = value === '' ? null : Number(value);
                onAnswer(next);
              }}
            >
              <option value="" selected={chosen[pairIndex] === null || chosen[pairIndex] === undefined}>
                Choose…
              </option>
              {choiceOrder.map((choiceIndex) => (
                <option key={choiceIndex} value={String(choiceIndex)} selected={chosen[pairIndex] === choiceIndex}>
                  {question.choices[choiceIndex]}
                </option>
              ))}
            </select>
            {locked && (
              <p class="quiz-option-feedback" id={`${id}-verdict`}>
                <strong class="verdict-label">
                  {verdictMark(pair.correct)} {pair.verdict}
                </strong>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
