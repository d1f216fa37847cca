import type { Evaluation } from '../../lib/quiz/evaluate';
import { optionVerdicts, pairVerdicts, partsSummary, VERDICT_LABELS } from '../../lib/quiz/feedback';
import type { Answer } from '../../lib/quiz/types';
import type { QuizQuestion } from './types';

interface Props {
  question: QuizQuestion;
  /** Display order of options (single/multiple) or choices (matching), as authored indexes. */
  order: readonly number[] | undefined;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** Unique per island, so two quizzes on a page never share input names or ids. */
  idPrefix: string;
  /** Set once the answer is checked (or in a review): shows feedback and locks the inputs. */
  evaluation?: Evaluation | undefined;
  /** Review mode: feedback for every option, not only the chosen and the correct ones. */
  showAllFeedback?: boolean;
}

/** One question: its inputs, and once checked, feedback per option or pair and the explanation. */
export function QuestionView({ question, order, answer, onAnswer, idPrefix, evaluation, showAllFeedback = false }: Props) {
  const name = `${idPrefix}-${question.id}`;
  const locked = evaluation !== undefined;
  return (
    <div class="quiz-question">
      <fieldset>
        <legend class="quiz-prompt">{question.prompt}</legend>
        {question.type === 'multiple' && !/select all/i.test(question.prompt) && <p class="quiz-hint">Select all that apply.</p>}
        {question.type === 'matching' ? (
          <MatchingInputs question={question} order={order} answer={answer} onAnswer={onAnswer} name={name} locked={locked} />
        ) : (
          <ChoiceInputs
            question={question}
            order={order}
            answer={answer}
            onAnswer={onAnswer}
            name={name}
            locked={locked}
            showAllFeedback={showAllFeedback}
          />
        )}
      </fieldset>
      {evaluation && <FeedbackSummary question={question} evaluation={evaluation} answer={answer} />}
    </div>
  );
}

function ChoiceInputs({
  question,
  order,
  answer,
  onAnswer,
  name,
  locked,
  showAllFeedback,
}: {
  question: QuizQuestion;
  order: readonly number[] | undefined;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  name: string;
  locked: boolean;
  showAllFeedback: boolean;
}) {
  const verdicts = optionVerdicts(question, answer);
  const shown = question.type === 'truefalse' || !order ? verdicts.map((_, index) => index) : order;
  const toggle = (index: number, on: boolean) => {
    const current = Array.isArray(answer) ? (answer as number[]) : [];
    onAnswer(on ? [...current, index].sort((a, b) => a - b) : current.filter((value) => value !== index));
  };
  return (
    <ul class="quiz-options" role="list">
      {shown.map((index) => {
        const option = verdicts[index]!;
        const id = `${name}-${index}`;
        const checked =
          question.type === 'truefalse'
            ? answer === (index === 0)
            : question.type === 'single'
              ? answer === index
              : Array.isArray(answer) && (answer as number[]).includes(index);
        const marked = locked && option.verdict !== 'not-chosen';
        const showFeedback = locked && option.feedback && (showAllFeedback || option.verdict !== 'not-chosen');
        return (
          <li key={index} class={`quiz-option${locked ? ` verdict-${option.verdict}` : ''}`}>
            <input
              type={question.type === 'multiple' ? 'checkbox' : 'radio'}
              id={id}
              name={name}
              checked={checked}
              disabled={locked}
              aria-describedby={locked ? `${id}-verdict` : undefined}
              onChange={(event) => {
                const on = (event.currentTarget as HTMLInputElement).checked;
                if (question.type === 'multiple') toggle(index, on);
                else onAnswer(question.type === 'truefalse' ? index === 0 : index);
              }}
            />
            <label for={id}>{option.text}</label>
            {locked && (
              <p class="quiz-option-feedback" id={`${id}-verdict`}>
                {marked && (
                  <strong class="verdict-label">
                    {option.verdict === 'chosen-wrong' ? '✗ ' : '✓ '}
                    {VERDICT_LABELS[option.verdict]}.{' '}
                  </strong>
                )}
                {showFeedback && option.feedback}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function MatchingInputs({
  question,
  order,
  answer,
  onAnswer,
  name,
  locked,
}: {
  question: Extract<QuizQuestion, { type: 'matching' }>;
  order: readonly number[] | undefined;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  name: string;
  locked: boolean;
}) {
  const chosen = Array.isArray(answer) ? (answer as (number | null)[]) : question.pairs.map(() => null);
  const verdicts = pairVerdicts(question, answer);
  const choiceOrder = order ?? question.choices.map((_, index) => index);
  return (
    <ul class="quiz-pairs" role="list">
      {question.pairs.map((pair, pairIndex) => {
        const id = `${name}-pair-${pairIndex}`;
        const verdict = verdicts[pairIndex]!;
        return (
          <li key={pair.item} class={`quiz-pair${locked ? (verdict.correct ? ' verdict-chosen-correct' : ' verdict-chosen-wrong') : ''}`}>
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
                <strong class="verdict-label">{verdict.correct ? '✓ Correct.' : `✗ Not correct: the answer is ${verdict.match}.`}</strong>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function FeedbackSummary({ question, evaluation, answer }: { question: QuizQuestion; evaluation: Evaluation; answer: Answer | undefined }) {
  const parts = evaluation.correct ? undefined : partsSummary(question, answer);
  return (
    <div class={`quiz-feedback ${evaluation.correct ? 'is-correct' : 'is-wrong'}`}>
      <p class="quiz-verdict">
        <span aria-hidden="true">{evaluation.correct ? '✓ ' : '✗ '}</span>
        {evaluation.correct ? 'Correct.' : 'Not quite.'}
        {parts && ` ${parts}`}
      </p>
      <p>{question.explanation}</p>
      <p>
        <a href={question.link.href}>{question.link.text}</a>
      </p>
    </div>
  );
}
