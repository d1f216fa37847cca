import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOX_INTERVALS, dayNumber, dueQuestions, LAST_BOX, type ReviewCard } from '../../src/lib/progress/leitner';
import { afterAnswer } from '../../src/lib/progress/reviewRecord';
import { dayLabel, upcomingDays } from '../../src/lib/progress/reviewCalendar';

const DAY = 86_400_000;

describe('dayNumber: "today" is the learner\'s calendar day', () => {
  it('changes at local midnight, not at UTC midnight', () => {
    const utcMidnight = Date.UTC(2026, 10, 26);
    // In Berlin (UTC+1, offset -60 minutes), 23:30 UTC is already the next day; in New York (UTC-5) it is not.
    expect(dayNumber(utcMidnight - 30 * 60_000, -60)).toBe(dayNumber(utcMidnight, 0));
    expect(dayNumber(utcMidnight + 60 * 60_000, 300)).toBe(dayNumber(utcMidnight, 0) - 1);
    expect(dayNumber(utcMidnight + DAY, 0) - dayNumber(utcMidnight, 0)).toBe(1);
  });
});

describe('afterAnswer: the Leitner boxes', () => {
  const today = 100;
  it('a wrong answer puts a question in box 1, due tomorrow', () => {
    expect(afterAnswer(undefined, false, 5, today)).toEqual({ box: 1, due: today + BOX_INTERVALS[0], reviewedAt: 5 });
    expect(afterAnswer({ box: 4, due: 90, reviewedAt: 1 }, false, 5, today)).toEqual({ box: 1, due: today + 1, reviewedAt: 5 });
  });

  it("a right answer moves it up a box, due after that box's wait; right in the last box, it is learnt", () => {
    let card: ReviewCard | undefined = afterAnswer(undefined, false, 0, today);
    const waits: number[] = [];
    let day = today;
    while (card) {
      day = card.due;
      const next: ReviewCard | undefined = afterAnswer(card, true, day * DAY, day);
      if (next) waits.push(next.due - day);
      card = next;
    }
    expect(waits).toEqual(BOX_INTERVALS.slice(1));
  });

  it('a right answer to a question not in the queue, or not due yet, changes nothing', () => {
    expect(afterAnswer(undefined, true, 5, today)).toBeUndefined();
    const waiting: ReviewCard = { box: 2, due: today + 1, reviewedAt: 1 };
    expect(afterAnswer(waiting, true, 5, today)).toBe(waiting);
    // A wrong one still sends it back to box 1.
    expect(afterAnswer(waiting, false, 5, today)).toEqual({ box: 1, due: today + 1, reviewedAt: 5 });
  });

  it('keeps every card in the boxes, due in the future', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 30 }), fc.integer({ min: 0, max: 30_000 }), (answers, start) => {
        let card: ReviewCard | undefined;
        let day = start;
        for (const right of answers) {
          card = afterAnswer(card, right, day * DAY, day);
          if (card) {
            expect(card.box).toBeGreaterThanOrEqual(1);
            expect(card.box).toBeLessThanOrEqual(LAST_BOX);
            expect(card.due).toBeGreaterThan(day);
            day = card.due;
          }
        }
      }),
    );
  });
});

describe('dueQuestions', () => {
  it('lists what is due today or overdue, the most overdue first, then the lower box', () => {
    const cards: Record<string, ReviewCard> = {
      later: { box: 1, due: 12, reviewedAt: 0 },
      today: { box: 3, due: 10, reviewedAt: 0 },
      overdue: { box: 2, due: 8, reviewedAt: 0 },
      todayLow: { box: 1, due: 10, reviewedAt: 0 },
    };
    expect(dueQuestions(cards, 10)).toEqual(['overdue', 'todayLow', 'today']);
    expect(dueQuestions(cards, 7)).toEqual([]);
    expect(dueQuestions({}, 10)).toEqual([]);
  });
});

describe('what comes up next', () => {
  it('counts the questions due on each coming day, soonest first', () => {
    const card = (due: number): ReviewCard => ({ box: 1, due, reviewedAt: 0 });
    const cards = { a: card(12), b: card(11), c: card(12), d: card(10), e: card(15) };
    expect(upcomingDays(cards, 10, 2)).toEqual([
      { day: 11, count: 1 },
      { day: 12, count: 2 },
    ]);
    expect(upcomingDays({}, 10, 3)).toEqual([]);
  });

  it('names a day as the learner reads it', () => {
    const today = dayNumber(Date.UTC(2026, 10, 26, 12), 0);
    expect(dayLabel(today, today)).toBe('today');
    expect(dayLabel(today + 1, today)).toBe('tomorrow');
    expect(dayLabel(today + 2, today)).toBe('on Sat 28 Nov');
  });
});
