import type { ReviewCard } from './leitner';

/* What the review queue holds for the coming days, in words: for the review and progress pages. */

/** The next days with questions due after `today`, soonest first: at most `limit` days, each with how many are due. */
export function upcomingDays(cards: Readonly<Record<string, ReviewCard>>, today: number, limit: number): { day: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const card of Object.values(cards)) if (card.due > today) counts.set(card.due, (counts.get(card.due) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a - b)
    .slice(0, limit)
    .map(([day, count]) => ({ day, count }));
}

/** A day as the learner reads it beside today: "tomorrow", "on Sat 28 Nov". */
export function dayLabel(day: number, today: number): string {
  if (day === today) return 'today';
  if (day === today + 1) return 'tomorrow';
  // A day number counts whole days from 1 January 1970 in the learner's zone: read back in UTC, it is that date.
  return `on ${new Date(day * 86_400_000).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })}`;
}
