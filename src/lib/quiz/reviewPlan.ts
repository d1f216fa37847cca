import type { QuizPlan } from './quizMachine';

/** At most this many questions per review session: a few minutes' work; the rest wait for the next one. */
export const REVIEW_SESSION_LENGTH = 20;

/**
 * The plan of a review session: the questions due now (asked for when the session starts, so a new
 * session never repeats what was just reviewed), feedback after each one.
 */
export function reviewPlan(dueNow: () => readonly string[]): QuizPlan {
  return { draw: () => dueNow().slice(0, REVIEW_SESSION_LENGTH), feedback: 'after-each' };
}
