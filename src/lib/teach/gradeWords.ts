/* Words the gradebook shows that are not in the codes: when a learner finished, in the teacher's local time. */

const two = (value: number) => String(value).padStart(2, '0');

/** When a learner finished, as a local day and time "2026-03-04 14:05"; blank when it is not a time. */
export function finishedWords(milliseconds: number): string {
  const date = new Date(milliseconds);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
