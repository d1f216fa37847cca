/*
 * Spaced review with a Leitner box system: a question answered wrongly goes into box 1; each right answer
 * moves it up a box and it comes back after a longer wait; a wrong answer sends it back to box 1; right in
 * the last box, it is learnt and leaves the queue. This module holds the boxes and the calendar (what is due
 * when); how an answer moves a card is in reviewRecord.ts, with the record it changes, because only pages
 * that record answers need it. Pure, with the clock and the time zone as input, so a test can be "three
 * days later" without waiting. (A finer scheduler such as FSRS could replace this from the same answer log.)
 */

/** Days a question waits in each box (box 1 first) before it is due again. */
export const BOX_INTERVALS = [1, 2, 4, 8, 16] as const;
export const LAST_BOX = BOX_INTERVALS.length;

export interface ReviewCard {
  /** 1 to LAST_BOX. */
  box: number;
  /** The day (see dayNumber) it is due again. */
  due: number;
  /** When it was last answered, in ms since 1970. */
  reviewedAt: number;
}

/** The learner's calendar day as a number (days since 1 January 1970, in their time zone): "due today" means this. */
export function dayNumber(now: number, timeZoneOffsetMinutes: number): number {
  return Math.floor((now - timeZoneOffsetMinutes * 60_000) / 86_400_000);
}

/** Today in the learner's own time zone, as a day number. */
export function localDay(now: number): number {
  return dayNumber(now, new Date(now).getTimezoneOffset());
}

/** The questions due for review on `today`, the most overdue first (then the lower box, then by id). */
export function dueQuestions(cards: Readonly<Record<string, ReviewCard>>, today: number): string[] {
  return Object.entries(cards)
    .filter(([, card]) => card.due <= today)
    .sort(([a, x], [b, y]) => x.due - y.due || x.box - y.box || (a < b ? -1 : 1))
    .map(([id]) => id);
}
