import { useState } from 'preact/hooks';
import type { ComponentChildren, Ref } from 'preact';
import { describeAnswer, describeCorrect, verdictMark } from '../../lib/quiz/feedback';
import type { ResultScreen } from '../../lib/quiz/quizMachine';
import type { QuizQuestion } from '../../lib/quiz/quizData';
import { isPassing, type Score } from '../../lib/quiz/passMark';
import { formatScore, neededToPass, PASS_PERCENT } from '../../lib/quiz/scoring';
import { QuestionView } from './QuestionView';

interface Props {
  headingRef?: Ref<HTMLHeadingElement>;
  screen: ResultScreen;
  best: Score | undefined;
  /** A review session: no pass mark, and the result says when the questions come back instead. */
  review?: boolean;
  questions: readonly QuizQuestion[];
  idPrefix: string;
  /** A teacher's pass mark (whole percent) instead of the site's. */
  passPercent?: number | undefined;
  /** Shown under the score, before the review (an assignment's result code). */
  children?: ComponentChildren;
  /** Handed in once, with no retry: a missed pass mark is final, so the result says "Not passed", not "yet". */
  final?: boolean;
}

const HEADINGS: Record<ResultScreen['kind'], string> = {
  result: 'Your result',
  practice: 'Practice round finished',
  'last-attempt': 'Your last attempt',
};

/** The score, what it means, and a review of every question with the learner's answer. */
export function ResultsView({
  headingRef,
  screen,
  best,
  review = false,
  questions,
  idPrefix,
  passPercent,
  children,
  final = false,
}: Props) {
  const [everyOption, setEveryOption] = useState(false);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const { result, kind } = screen;
  const practice = kind === 'practice';
  const needed = neededToPass(result.total, passPercent);
  const passed = passPercent === undefined ? isPassing(result) : result.score >= needed;
  return (
    <div class="quiz-results">
      <h3 ref={headingRef ?? null} tabindex={-1}>
        {review && kind === 'result' ? 'Review finished' : HEADINGS[kind]}
      </h3>
      {review && kind === 'result' ? (
        <p class="quiz-score">
          You remembered{' '}
          <strong>
            {result.score} of {result.total}
          </strong>
          .{' '}
          {result.score < result.total
            ? 'The ones you missed come back tomorrow; the ones you got right wait longer before they come back.'
            : 'Each of them now waits longer before it comes back.'}
        </p>
      ) : (
        <p class="quiz-score">
          {practice ? 'Practice round: ' : 'You scored '}
          <strong>{formatScore(result)}</strong>.{' '}
          {practice
            ? 'Practice rounds do not change your last or best score.'
            : passed
              ? `Passed: you needed ${needed} of ${result.total}.`
              : final
                ? `Not passed: you needed ${needed} of ${result.total} (${passPercent ?? PASS_PERCENT} %).`
                : `Not passed yet: you need ${needed} of ${result.total} (${passPercent ?? PASS_PERCENT} %).`}
        </p>
      )}
      {best && !practice && (
        <p class="quiz-best">
          Your best so far: {formatScore(best)}
          {isPassing(best) ? ', passed' : ''}.
        </p>
      )}
      {children}
      <div class="quiz-review-head">
        <h4>Review</h4>
        <button type="button" class="button secondary" aria-pressed={everyOption} onClick={() => setEveryOption(!everyOption)}>
          Show feedback on every option
        </button>
      </div>
      <ol class="quiz-review">
        {screen.order.map((id) => {
          const question = byId.get(id);
          if (!question) return null;
          const evaluation = result.evaluations[id]!;
          const answer = screen.answers[id];
          return (
            <li key={id} class={evaluation.correct ? 'is-correct' : 'is-wrong'}>
              {everyOption ? (
                <QuestionView
                  question={question}
                  order={screen.optionOrder[id]}
                  answer={answer}
                  onAnswer={() => {}}
                  idPrefix={`${idPrefix}-review`}
                  evaluation={evaluation}
                  showAllFeedback
                />
              ) : (
                <>
                  <p class="quiz-prompt">{question.prompt}</p>
                  <p>
                    <strong>
                      {verdictMark(evaluation.correct)} {evaluation.correct ? 'Correct' : 'Not correct'}
                    </strong>
                    . Your answer: {describeAnswer(question, answer)}.
                    {!evaluation.correct && ` Right answer: ${describeCorrect(question)}.`}
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
