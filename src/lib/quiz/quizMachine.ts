import { evaluate, isAnswerFor, isComplete, shuffledCount, type Answer, type AnswerValue, type Question } from './questionTypes';
import { seededRandom } from './random';
import { scoreAttempt, type AttemptResult } from './scoreAttempt';
import { shuffle, shuffledIndexes } from './shuffle';

/**
 * The quiz as a state machine, with no DOM and no storage: the island renders `QuizState` and sends
 * `QuizAction`s; src/lib/progress decides what each state means for the saved record. Every state is
 * plain JSON, so an unfinished attempt can be saved and resumed after a reload.
 */

/** When a round gives feedback: after each question (lesson quizzes, practice), or only once submitted (the exam). */
export type FeedbackTiming = 'after-each' | 'at-end';
/** full: a drawn set of questions that counts for the score. missed: only those missed last time, as practice. */
export type RoundKind = 'full' | 'missed';

export interface Attempt {
  /** Tells attempts apart, so saving a finished attempt twice never counts it twice. */
  id: string;
  kind: RoundKind;
  feedback: FeedbackTiming;
  /**
   * The draw number of the full attempt this round belongs to: which questions it asks. The exam shows it,
   * so the same questions can be taken again. Absent only in a practice round saved before version 2.
   */
  draw?: number | undefined;
  /** Seeds the order of the questions and of their options. */
  seed: number;
  /** Question ids in the order they are shown. */
  order: string[];
  /** Per question id, the display order of its shuffled parts (options, choices), as authored indexes. */
  optionOrder: Record<string, number[]>;
  /** Committed answers: checked ones with feedback after each question, every answer given so far otherwise. */
  answers: Record<string, Answer>;
  /** With feedback after each question: ids whose feedback has been shown. */
  checked: string[];
  /** Position in `order` of the question on screen. */
  index: number;
}

/** The last full attempt as the saved record keeps it, to review after a reload. */
export interface PastAttempt {
  id: string;
  order: string[];
  answers: Record<string, AnswerValue>;
  draw?: number | undefined;
}

export type QuizState =
  | { phase: 'asking'; attempt: Attempt; draft?: Answer | undefined }
  | { phase: 'finished'; attempt: Attempt; result: AttemptResult }
  /** Reviewing the last attempt, read back from the saved record. */
  | { phase: 'reviewing'; past: ReviewedAttempt; result: AttemptResult };

/** A past attempt as reviewed: only its questions that still exist, and the answers that still fit them. */
export interface ReviewedAttempt extends PastAttempt {
  answers: Record<string, Answer>;
}

/** How a quiz is put together: which questions a full attempt asks, and when it gives feedback. */
export interface QuizPlan {
  /** The ids of the questions a full attempt asks, reproducibly from its draw number. */
  draw(draw: number): string[];
  /** When a full attempt gives feedback; practice rounds of missed questions always give it after each one. */
  feedback: FeedbackTiming;
  /** Ask the drawn questions in the order drawn (a teacher's fixed order) rather than shuffled by the seed. */
  keepOrder?: boolean;
}

export interface QuizContext {
  /** Every question the quiz can ask (a lesson's pool, or the exam's whole bank). */
  questions: readonly Question[];
  plan: QuizPlan;
}

export type QuizAction =
  /** A new full attempt: `draw` picks the questions and seeds their order. */
  | { type: 'start'; id: string; draw: number }
  /** From a result or a review: the questions missed there, as a practice round. */
  | { type: 'retry-missed'; id: string; seed: number }
  | { type: 'answer'; answer: Answer }
  | { type: 'check' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'submit' };

type Asking = Extract<QuizState, { phase: 'asking' }>;

/** The questions with these ids, in the ids' order (ids no longer in the quiz are skipped). */
export function questionsById(questions: readonly Question[], ids: readonly string[]): Question[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A new attempt over `asked`, in a seeded order (or as given, with `keepOrder`), each question's parts in a seeded order too. */
export function newAttempt(
  asked: readonly Question[],
  round: { id: string; kind: RoundKind; feedback: FeedbackTiming; draw: number | undefined; seed: number },
  keepOrder = false,
): Attempt {
  const random = seededRandom(round.seed);
  const ordered = keepOrder ? [...asked] : shuffle(asked, random);
  const optionOrder: Record<string, number[]> = {};
  for (const question of ordered) {
    const count = shuffledCount(question);
    if (count > 0) optionOrder[question.id] = shuffledIndexes(count, random);
  }
  return { ...round, order: ordered.map((question) => question.id), optionOrder, answers: {}, checked: [], index: 0 };
}

/** The first state of a new full attempt. */
export function startState({ questions, plan }: QuizContext, id: string, draw: number): QuizState {
  const asked = questionsById(questions, plan.draw(draw));
  return {
    phase: 'asking',
    attempt: newAttempt(asked, { id, kind: 'full', feedback: plan.feedback, draw, seed: draw }, plan.keepOrder),
  };
}

/** Reviewing a past attempt: its questions that still exist, scored again against them (a question may have changed since). */
export function reviewState(past: PastAttempt, questions: readonly Question[]): QuizState {
  const asked = questionsById(questions, past.order);
  const answers: Record<string, Answer> = {};
  for (const question of asked) {
    const answer = past.answers[question.id];
    if (isAnswerFor(question, answer)) answers[question.id] = answer;
  }
  return {
    phase: 'reviewing',
    past: { ...past, order: asked.map((question) => question.id), answers },
    result: scoreAttempt(asked, answers),
  };
}

/** How a quiz opens: a new full attempt, an unfinished one resumed, or the last one reviewed. */
export type QuizOpening =
  { type: 'start'; id: string; draw: number } | { type: 'resume'; attempt: Attempt } | { type: 'review'; past: PastAttempt };

export function openQuiz(opening: QuizOpening, context: QuizContext): QuizState {
  switch (opening.type) {
    case 'start':
      return startState(context, opening.id, opening.draw);
    case 'resume':
      return { phase: 'asking', attempt: opening.attempt };
    case 'review':
      return reviewState(opening.past, context.questions);
  }
}

/** The question on screen. */
export function currentQuestion(state: Asking, questions: readonly Question[]): Question {
  const id = state.attempt.order[state.attempt.index]!;
  const question = questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`quiz: question "${id}" is not in this quiz`);
  return question;
}

/** The answer shown for the question on screen: the draft being edited, else the committed one. */
export function shownAnswer(state: Asking): Answer | undefined {
  return state.draft ?? state.attempt.answers[state.attempt.order[state.attempt.index]!];
}

/** With feedback after each question: has the question on screen been checked (so its feedback shows)? */
export function isChecked(state: Asking): boolean {
  return state.attempt.checked.includes(state.attempt.order[state.attempt.index]!);
}

function finish(attempt: Attempt, questions: readonly Question[]): QuizState {
  return { phase: 'finished', attempt, result: scoreAttempt(questionsById(questions, attempt.order), attempt.answers) };
}

/** Ids of the questions a result or review shows as missed, in the order they were asked. */
export function missedIds(state: Exclude<QuizState, Asking>): string[] {
  const order = state.phase === 'finished' ? state.attempt.order : state.past.order;
  return order.filter((id) => state.result.evaluations[id] && !state.result.evaluations[id].correct);
}

/** Applies one learner action; an action that makes no sense in the current state changes nothing. */
export function quizReducer(state: QuizState, action: QuizAction, context: QuizContext): QuizState {
  if (action.type === 'start') return startState(context, action.id, action.draw);
  if (action.type === 'retry-missed') {
    if (state.phase === 'asking') return state;
    const missed = missedIds(state);
    if (missed.length === 0) return state;
    const draw = state.phase === 'finished' ? state.attempt.draw : state.past.draw;
    const asked = questionsById(context.questions, missed);
    return {
      phase: 'asking',
      attempt: newAttempt(asked, { id: action.id, kind: 'missed', feedback: 'after-each', draw, seed: action.seed }),
    };
  }
  if (state.phase !== 'asking') return state;
  const { attempt } = state;
  const id = attempt.order[attempt.index]!;
  const eachQuestion = attempt.feedback === 'after-each';
  const last = attempt.index === attempt.order.length - 1;

  switch (action.type) {
    case 'answer':
      if (eachQuestion) return isChecked(state) ? state : { ...state, draft: action.answer };
      return { phase: 'asking', attempt: { ...attempt, answers: { ...attempt.answers, [id]: action.answer } } };
    case 'check': {
      if (!eachQuestion || isChecked(state) || !isComplete(currentQuestion(state, context.questions), state.draft)) return state;
      return {
        phase: 'asking',
        attempt: { ...attempt, answers: { ...attempt.answers, [id]: state.draft! }, checked: [...attempt.checked, id] },
      };
    }
    case 'next':
      if (eachQuestion && !isChecked(state)) return state;
      if (last) return eachQuestion ? finish(attempt, context.questions) : state;
      return { phase: 'asking', attempt: { ...attempt, index: attempt.index + 1 } };
    case 'previous':
      if (eachQuestion || attempt.index === 0) return state;
      return { phase: 'asking', attempt: { ...attempt, index: attempt.index - 1 } };
    case 'submit':
      return eachQuestion ? state : finish(attempt, context.questions);
  }
}

/** How many questions of an attempt have a complete answer (for "12 of 15 answered"). */
export function answeredCount(attempt: Attempt, questions: readonly Question[]): number {
  return questionsById(questions, attempt.order).filter((question) => isComplete(question, attempt.answers[question.id])).length;
}

/** What a result screen shows: a finished attempt, a finished practice round, or the last attempt reviewed after a reload. */
export interface ResultScreen {
  kind: 'result' | 'practice' | 'last-attempt';
  /** Question ids in the order they were asked. */
  order: string[];
  answers: Record<string, Answer>;
  /** The order the parts were shown in (empty for a review after a reload: parts then show as authored). */
  optionOrder: Record<string, number[]>;
  result: AttemptResult;
  /** The draw the attempt belongs to, when known. */
  draw: number | undefined;
}

export function resultScreen(state: Exclude<QuizState, Asking>): ResultScreen {
  if (state.phase === 'reviewing') {
    return {
      kind: 'last-attempt',
      order: state.past.order,
      answers: state.past.answers,
      optionOrder: {},
      result: state.result,
      draw: state.past.draw,
    };
  }
  const { attempt, result } = state;
  return {
    kind: attempt.kind === 'missed' ? 'practice' : 'result',
    order: attempt.order,
    answers: attempt.answers,
    optionOrder: attempt.optionOrder,
    result,
    draw: attempt.draw,
  };
}

/** An answer that has been judged right or wrong, as the answer log keeps it. */
export interface JudgedAnswer {
  q: string;
  right: boolean;
}

/**
 * The answers judged in the step from `before` to `after`: with feedback after each question, the one just
 * checked; with feedback at the end, every question of the attempt once it is submitted (unanswered ones
 * count as wrong, as in the score). A resumed attempt, a review or a step that judges nothing gives none, so
 * an answer is logged once however often the state is shown.
 */
export function judgedAnswers(before: QuizState, after: QuizState, questions: readonly Question[]): JudgedAnswer[] {
  if (after.phase === 'reviewing') return [];
  const same = before.phase !== 'reviewing' && before.attempt.id === after.attempt.id;
  if (after.phase === 'finished') {
    if (after.attempt.feedback !== 'at-end' || !same || before.phase !== 'asking') return [];
    return after.attempt.order.map((id) => ({ q: id, right: after.result.evaluations[id]?.correct ?? false }));
  }
  const seen = new Set(same ? before.attempt.checked : after.attempt.checked);
  return questionsById(
    questions,
    after.attempt.checked.filter((id) => !seen.has(id)),
  ).map((question) => ({ q: question.id, right: evaluate(question, after.attempt.answers[question.id]).correct }));
}
