import type { ComponentType } from 'preact';
import { verdictMark, verdictSentence } from '../../lib/quiz/feedback';
import type { Answer, Evaluation } from '../../lib/quiz/questionTypes';
import type { QuizQuestion } from '../../lib/quiz/quizData';
import { questionInputs, type InputProps } from './inputs';

interface Props {
  question: QuizQuestion;
  /** Display order of the shuffled parts (options, choices), as authored indexes. */
  order: readonly number[] | undefined;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** Unique per activity, so two quizzes on a page never share input names or ids. */
  idPrefix: string;
  /** Set once the answer is checked (or in a review): shows feedback and locks the inputs. */
  evaluation?: Evaluation | undefined;
  /** Review: feedback for every option, not only the chosen and the correct ones. */
  showAllFeedback?: boolean;
}

/** One question: its type's input, and once checked, the verdict, the explanation and where to re-read. */
export function QuestionView({ question, order, answer, onAnswer, idPrefix, evaluation, showAllFeedback = false }: Props) {
  // Each entry of the registry takes its own type's question; the question's `type` picks the entry.
  const Input = questionInputs[question.type] as ComponentType<InputProps<QuizQuestion, Answer>>;
  return (
    <div class="quiz-question">
      <fieldset>
        <legend class="quiz-prompt">{question.prompt}</legend>
        <Input
          question={question}
          order={order}
          answer={answer}
          onAnswer={onAnswer}
          name={`${idPrefix}-${question.id}`}
          locked={evaluation !== undefined}
          showAllFeedback={showAllFeedback}
        />
      </fieldset>
      {evaluation && (
        <div class={`quiz-feedback ${evaluation.correct ? 'is-correct' : 'is-wrong'}`}>
          <p class="quiz-verdict">
            <span aria-hidden="true">{verdictMark(evaluation.correct)} </span>
            {verdictSentence(question, answer, evaluation.correct)}
          </p>
          <p>{question.explanation}</p>
          <p>
            <a href={question.link.href}>{question.link.text}</a>
          </p>
        </div>
      )}
    </div>
  );
}
