import { isComplete } from './evaluate';
import { seededRandom } from './random';
import { scoreAttempt, type AttemptResult } from './scoring';
import { shuffle, shuffledIndexes } from './shuffle';
import type { Answer, Question } from './types';

/**
 * The quiz as a state machine, with no DOM and no storage: the island renders `QuizState` and sends
 * `QuizAction`s; the progress store saves what this returns. Every state is plain JSON, so an
 * unfinished attempt can be saved and resumed after a reload.
 */

/** practice: feedback after each Check (lesson quizzes). exam: no feedback until the whole attempt is submitted. */
export type QuizMode = 'practice' | 'exam';
/** full: every question, counts for the score. missed: only the ones missed last time, practice only. */
export type RoundKind = 'full' | 'missed';

export interface Attempt {
  kind: RoundKind;
  seed: number;
  /** Question ids in the order they are shown. */
  order: string[];
  /** Per question id, the display order of its options (single/multiple) or choices (matching). */
  optionOrder: Record<string, number[]>;
  /** Committed answers: checked ones in practice, every answer given so far in an exam. */
  answers: Record<string, Answer>;
  /** Practice only: ids whose feedback has been shown. */
  checked: string[];
  /** Position in `order` of the question on screen. */
  index: number;
}

export type QuizState =
  | { phase: 'ready' }
  | { phase: 'asking'; attempt: Attempt; draft?: Answer | undefined }
  | { phase: 'finished'; attempt: Attempt; result: AttemptResult };

export type QuizAction =
  | { type: 'start'; seed: number }
  | { type: 'retry-missed'; seed: number; missed: string[] }
  | { type: 'resume'; attempt: Attempt }
  | { type: 'answer'; answer: Answer }
  | { type: 'check' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'go-to'; index: number }
  | { type: 'submit' }
  | { type: 'reset' };

export interface QuizContext {
  questions: readonly Question[];
  mode: QuizMode;
}

const byId = (questions: readonly Question[]) => new Map(questions.map((question) => [question.id, question]));

/** A new attempt over `ids` (default: every question), in a seeded order with seeded option orders. */
export function newAttempt(questions: readonly Question[], kind: RoundKind, seed: number, ids?: readonly string[]): Attempt {
  const random = seededRandom(seed);
  const chosen = ids ? questions.filter((question) => ids.includes(question.id)) : [...questions];
  const ordered = shuffle(chosen, random);
  const optionOrder: Record<string, number[]> = {};
  for (const question of ordered) {
    if (question.type === 'single' || question.type === 'multiple')
      optionOrder[question.id] = shuffledIndexes(question.options.length, random);
    if (question.type === 'matching') optionOrder[question.id] = shuffledIndexes(question.choices.length, random);
  }
  return { kind, seed, order: ordered.map((question) => question.id), optionOrder, answers: {}, checked: [], index: 0 };
}

/** The question on screen. */
export function currentQuestion(state: Extract<QuizState, { phase: 'asking' }>, questions: readonly Question[]): Question {
  const question = byId(questions).get(state.attempt.order[state.attempt.index]!);
  if (!question) throw new Error(`quiz: question "${state.attempt.order[state.attempt.index]}" is not in this quiz`);
  return question;
}

/** The answer shown for the question on screen: the draft being edited, else the committed one. */
export function shownAnswer(state: Extract<QuizState, { phase: 'asking' }>): Answer | undefined {
  return state.draft ?? state.attempt.answers[state.attempt.order[state.attempt.index]!];
}

/** Practice: has the question on screen been checked (so its feedback shows)? */
export function isChecked(state: Extract<QuizState, { phase: 'asking' }>): boolean {
  return state.attempt.checked.includes(state.attempt.order[state.attempt.index]!);
}

function finish(attempt: Attempt, questions: readonly Question[]): QuizState {
  const shown = questions.filter((question) => attempt.order.includes(question.id));
  return { phase: 'finished', attempt, result: scoreAttempt(shown, attempt.answers) };
}

/** Applies one learner action; an action that makes no sense in the current state changes nothing. */
export function quizReducer(state: QuizState, action: QuizAction, { questions, mode }: QuizContext): QuizState {
  switch (action.type) {
    case 'start':
      return { phase: 'asking', attempt: newAttempt(questions, 'full', action.seed) };
    case 'retry-missed':
      if (action.missed.length === 0) return state;
      return { phase: 'asking', attempt: newAttempt(questions, 'missed', action.seed, action.missed) };
    case 'resume':
      return { phase: 'asking', attempt: action.attempt };
    case 'reset':
      return { phase: 'ready' };
  }
  if (state.phase !== 'asking') return state;
  const { attempt } = state;
  const id = attempt.order[attempt.index]!;
  const question = currentQuestion(state, questions);
  const last = attempt.index === attempt.order.length - 1;

  switch (action.type) {
    case 'answer':
      if (mode === 'practice') return isChecked(state) ? state : { ...state, draft: action.answer };
      return { phase: 'asking', attempt: { ...attempt, answers: { ...attempt.answers, [id]: action.answer } } };
    case 'check': {
      if (mode !== 'practice' || isChecked(state) || !isComplete(question, state.draft)) return state;
      return {
        phase: 'asking',
        attempt: { ...attempt, answers: { ...attempt.answers, [id]: state.draft! }, checked: [...attempt.checked, id] },
      };
    }
    case 'next':
      if (mode === 'practice' && !isChecked(state)) return state;
      if (last) return mode === 'practice' ? finish(attempt, questions) : state;
      return { phase: 'asking', attempt: { ...attempt, index: attempt.index + 1 } };
    case 'previous':
      if (mode !== 'exam' || attempt.index === 0) return state;
      return { phase: 'asking', attempt: { ...attempt, index: attempt.index - 1 } };
    case 'go-to':
      if (mode !== 'exam' || action.index < 0 || action.index >= attempt.order.length) return state;
      return { phase: 'asking', attempt: { ...attempt, index: action.index } };
    case 'submit':
      return mode === 'exam' ? finish(attempt, questions) : state;
  }
}

/** Ids of the questions a finished attempt got wrong, in the order they were asked. */
export function missedIds(result: AttemptResult, order: readonly string[]): string[] {
  return order.filter((id) => result.evaluations[id] && !result.evaluations[id].correct);
}

/** How many questions of an exam attempt have a complete answer (for "12 of 15 answered"). */
export function answeredCount(attempt: Attempt, questions: readonly Question[]): number {
  const lookup = byId(questions);
  return attempt.order.filter((id) => {
    const question = lookup.get(id);
    return question !== undefined && isComplete(question, attempt.answers[id]);
  }).length;
}
