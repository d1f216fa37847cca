/** A due day in words, e.g. "Friday 5 June 2026"; the day is read as a calendar day, in no time zone. */
export function dueDayWords(due: string): string {
  const [year, month, day] = due.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
