import type { ComponentType } from 'preact';
import { VERDICT_LABELS, type ChoiceQuestionType } from '../../../lib/quiz/questionTypes/choiceOptions';
import type { QuestionBase } from '../../../lib/quiz/questionTypes';
import { verdictMark } from '../../../lib/quiz/feedback';
import type { InputProps } from './inputProps';

/**
 * Radio buttons or checkboxes over a choice question's options (single, multiple, true/false): the
 * question type says which control it uses and what each option's verdict is; this only renders them.
 */
export function choiceInput<Q extends QuestionBase, A>(choice: ChoiceQuestionType<Q, A>): ComponentType<InputProps<Q, A>> {
  return function ChoiceInput({ question, order, answer, onAnswer, name, locked, showAllFeedback }: InputProps<Q, A>) {
    const options = choice.options(question, answer);
    const shown = order ?? options.map((option) => option.index);
    const instruction = choice.instruction?.(question);
    return (
      <>
        {instruction && <p class="quiz-hint">{instruction}</p>}
        <ul class="quiz-options" role="list">
          {shown.map((index) => {
            const option = options[index]!;
            const id = `${name}-${index}`;
            const marked = locked && option.verdict !== 'not-chosen';
            const showFeedback = locked && option.feedback && (showAllFeedback || option.verdict !== 'not-chosen');
            return (
              <li key={index} class={`quiz-option${locked ? ` verdict-${option.verdict}` : ''}`}>
                <input
                  type={choice.control}
                  id={id}
                  name={name}
                  checked={option.chosen}
                  disabled={locked}
                  aria-describedby={locked ? `${id}-verdict` : undefined}
                  onChange={(event) => onAnswer(choice.toggle(question, answer, index, (event.currentTarget as HTMLInputElement).checked))}
                />
                <label for={id}>{option.text}</label>
                {locked && (
                  <p class="quiz-option-feedback" id={`${id}-verdict`}>
                    {marked && (
                      <strong class="verdict-label">
                        {verdictMark(option.verdict !== 'chosen-wrong')} {VERDICT_LABELS[option.verdict]}.{' '}
                      </strong>
                    )}
                    {showFeedback && option.feedback}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </>
    );
  };
}
