const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A due day in words, e.g. "Friday 5 June 2026", the same on every page that shows it (builder preview, the
 * learner's page, the worksheet) and in every browser (no locale formatting). The day is a calendar day, in no
 * time zone; text that is not a 'YYYY-MM-DD' day comes back as it is.
 */
export function dueDayWords(due: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!match) return due;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Not a real day (13th month, 30 February): Date would roll it over into another.
  if (isNaN(+day) || day.toISOString().slice(0, 10) !== due) return due;
  return `${WEEKDAYS[day.getUTCDay()]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

/** The day a moment (an ISO 8601 time, e.g. when a link was made) fell on here, e.g. "26 November 2026"; '' when unreadable. */
export function madeDayWords(moment: string): string {
  const day = new Date(moment);
  return isNaN(+day) ? '' : `${day.getDate()} ${MONTHS[day.getMonth()]} ${day.getFullYear()}`;
}
