import type { Answer, Question } from './types';

/** How one answer fares: whole-question verdict plus a verdict per option or per pair, for feedback. */
export interface Evaluation {
  /** The question earns its point only when fully right. */
  correct: boolean;
  /**
   * single/multiple: per option (authored order), whether the learner's choice for it was right —
   * a correct option selected, or a wrong option left alone. true/false: one entry.
   * matching: per pair, whether the right choice was picked.
   */
  parts: boolean[];
}

/** True when an answer has the right shape for the question (so stored or typed input can be trusted). */
export function isAnswerFor(question: Question, answer: unknown): answer is Answer {
  switch (question.type) {
    case 'single':
      return Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) < question.options.length;
    case 'multiple':
      return (
        Array.isArray(answer) &&
        answer.every((index) => Number.isInteger(index) && index >= 0 && index < question.options.length) &&
        new Set(answer).size === answer.length
      );
    case 'truefalse':
      return typeof answer === 'boolean';
    case 'matching':
      return (
        Array.isArray(answer) &&
        answer.length === question.pairs.length &&
        answer.every((choice) => choice === null || (Number.isInteger(choice) && choice >= 0 && choice < question.choices.length))
      );
  }
}

/** True when the learner has given enough to check: an option picked, or every pair matched. */
export function isComplete(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined || !isAnswerFor(question, answer)) return false;
  if (question.type === 'multiple') return (answer as number[]).length > 0;
  if (question.type === 'matching') return (answer as (number | null)[]).every((choice) => choice !== null);
  return true;
}

/** Scores one answer. An unanswered question (undefined) is simply wrong. */
export function evaluate(question: Question, answer: Answer | undefined): Evaluation {
  const given = answer !== undefined && isAnswerFor(question, answer) ? answer : undefined;
  switch (question.type) {
    case 'single': {
      const parts = question.options.map((_, index) => (index === question.correct) === (given === index));
      return { correct: given === question.correct, parts };
    }
    case 'multiple': {
      const picked = new Set((given as number[] | undefined) ?? []);
      const parts = question.options.map((_, index) => question.correct.includes(index) === picked.has(index));
      return { correct: parts.every(Boolean), parts };
    }
    case 'truefalse': {
      const correct = given === question.correct;
      return { correct, parts: [correct] };
    }
    case 'matching': {
      const chosen = (given as (number | null)[] | undefined) ?? [];
      const parts = question.pairs.map((pair, index) => {
        const choice = chosen[index];
        return choice !== null && choice !== undefined && question.choices[choice] === pair.match;
      });
      return { correct: parts.every(Boolean), parts };
    }
  }
}

/** The answer that scores full marks: used by tests, and by the review to show what was right. */
export function perfectAnswer(question: Question): Answer {
  switch (question.type) {
    case 'single':
    case 'truefalse':
      return question.correct;
    case 'multiple':
      return [...question.correct].sort((a, b) => a - b);
    case 'matching':
      return question.pairs.map((pair) => question.choices.indexOf(pair.match));
  }
}
