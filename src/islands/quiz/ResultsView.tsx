import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { evaluate } from '../../lib/quiz/evaluate';
import { describeAnswer, describeCorrect } from '../../lib/quiz/feedback';
import { isPassing, PASS_MARK, percent, type Score } from '../../lib/quiz/scoring';
import type { Answer } from '../../lib/quiz/types';
import { QuestionView } from './QuestionView';
import type { QuizQuestion } from './types';

interface Props {
  headingRef?: Ref<HTMLHeadingElement>;
  heading: string;
  /** The score this view reports. */
  score: Score;
  /** A missed-only round is practice: it is reported, but it does not count. */
  practice: boolean;
  best: Score | undefined;
  questions: readonly QuizQuestion[];
  /** Question ids in the order they were asked. */
  order: readonly string[];
  answers: Readonly<Record<string, Answer>>;
  optionOrder: Readonly<Record<string, number[]>>;
  idPrefix: string;
}

const scoreText = (score: Score) => `${score.score} of ${score.total} (${percent(score)} %)`;

/** The score, what it means, and a review of every question with the learner's answer. */
export function ResultsView({ headingRef, heading, score, practice, best, questions, order, answers, optionOrder, idPrefix }: Props) {
  const [everyOption, setEveryOption] = useState(false);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const needed = Math.ceil(score.total * PASS_MARK);
  return (
    <div class="quiz-results">
      <h3 ref={headingRef ?? null} tabindex={-1}>
        {heading}
      </h3>
      <p class="quiz-score">
        {practice ? 'Practice round: ' : 'You scored '}
        <strong>{scoreText(score)}</strong>.{' '}
        {practice
          ? 'Practice rounds do not change your last or best score.'
          : isPassing(score)
            ? `Passed: you needed ${needed} of ${score.total}.`
            : `Not passed yet: you need ${needed} of ${score.total} (${Math.round(PASS_MARK * 100)} %).`}
      </p>
      {best && !practice && (
        <p class="quiz-best">
          Your best so far: {scoreText(best)}
          {isPassing(best) ? ', passed' : ''}.
        </p>
      )}
      <div class="quiz-review-head">
        <h4>Review</h4>
        <button type="button" class="button secondary" aria-pressed={everyOption} onClick={() => setEveryOption(!everyOption)}>
          Show feedback on every option
        </button>
      </div>
      <ol class="quiz-review">
        {order.map((id) => {
          const question = byId.get(id);
          if (!question) return null;
          const evaluation = evaluate(question, answers[id]);
          return (
            <li key={id} class={evaluation.correct ? 'is-correct' : 'is-wrong'}>
              {everyOption ? (
                <QuestionView
                  question={question}
                  order={optionOrder[id]}
                  answer={answers[id]}
                  onAnswer={() => {}}
                  idPrefix={`${idPrefix}-review`}
                  evaluation={evaluation}
                  showAllFeedback
                />
              ) : (
                <>
                  <p class="quiz-prompt">{question.prompt}</p>
                  <p>
                    <strong>{evaluation.correct ? '✓ Correct' : '✗ Not correct'}</strong>. Your answer:{' '}
                    {describeAnswer(question, answers[id])}.{!evaluation.correct && ` Right answer: ${describeCorrect(question)}.`}
                  </p>
                  <p class="quiz-explanation">
                    {question.explanation} <a href={question.link.href}>{question.link.text}</a>
                  </p>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
