import type { Assignment } from './assignment';
import { questionNumbers, type NumberedBank } from './questionIndex';

/*
 * What makes an assignment one a link can carry: limits on its text and questions, plain text only, a due
 * day the link can hold. The teacher's page shows `assignmentProblems` before it makes a link; the link's
 * decoder applies the same limits to what it reads, so a link the site made always opens.
 */

/** The longest title, in characters (Unicode code points). */
export const TITLE_MAX = 120;
/** The longest instructions, in characters (Unicode code points). */
export const INSTRUCTIONS_MAX = 1000;
/** The most questions one assignment holds. */
export const MAX_QUESTIONS = 250;
/** The teacher's key: an ECDH P-256 public key, compressed (0x02 or 0x03, then 32 bytes). */
export const TEACHER_KEY_BYTES = 33;

/** Day 0 of a due date in a link: 2020-01-01 (UTC calendar arithmetic; a due day is a date, not a moment). */
const DAY_ZERO = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;
/** The last due day a link can hold: day 65535, in 2199. */
export const LAST_DUE_DAY = new Date(DAY_ZERO + 0xffff * DAY_MS).toISOString().slice(0, 10);

/*
 * Control characters (C0, DEL, C1) could hide text or break a page's layout, and lone surrogates cannot
 * be UTF-8: control characters are dropped, a lone surrogate becomes U+FFFD (as TextEncoder would make it).
 * Newlines stay in instructions (a carriage return goes, so "\r\n" becomes "\n"); in a title one becomes a space.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text as the link carries it: control characters dropped, newlines kept only with `newlines` (else spaces). */
export function plainText(text: string, { newlines }: { newlines: boolean }): string {
  const wellFormed = text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROLS, '');
  return newlines ? wellFormed : wellFormed.replaceAll('\n', ' ');
}

/** How many characters (code points) a text has, as the limits count them. */
export const characterCount = (text: string): number => [...text].length;

/** The due day 'YYYY-MM-DD' as days since 2020-01-01, or undefined when it is not a real day a link can hold. */
export function dueDayNumber(due: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = (time - DAY_ZERO) / DAY_MS;
  const real = new Date(time).toISOString().slice(0, 10) === due;
  return real && day >= 0 && day <= 0xffff ? day : undefined;
}

/** The due day 'YYYY-MM-DD' that a day number (0–65535) stands for. */
export function dueDayText(day: number): string {
  return new Date(DAY_ZERO + day * DAY_MS).toISOString().slice(0, 10);
}

/** What keeps an assignment from becoming a link, in words for the teacher; empty when it can be made. */
export function assignmentProblems(assignment: Assignment, bank: NumberedBank): string[] {
  const problems: string[] = [];
  const title = plainText(assignment.title, { newlines: false });
  if (!/\S/u.test(title)) problems.push('Give the assignment a title.');
  if (characterCount(title) > TITLE_MAX) problems.push(`Shorten the title to ${TITLE_MAX} characters (it has ${characterCount(title)}).`);
  const instructions = characterCount(plainText(assignment.instructions, { newlines: true }));
  if (instructions > INSTRUCTIONS_MAX)
    problems.push(`Shorten the instructions to ${INSTRUCTIONS_MAX} characters (they have ${instructions}).`);
  if (assignment.due !== undefined && dueDayNumber(assignment.due) === undefined) {
    problems.push(`The due date "${assignment.due}" is not a day between 2020-01-01 and ${LAST_DUE_DAY} (written YYYY-MM-DD).`);
  }
  if (!Number.isInteger(assignment.passPercent) || assignment.passPercent < 0 || assignment.passPercent > 100) {
    problems.push(`The pass mark must be a whole percentage from 0 to 100 (it is ${assignment.passPercent}).`);
  }
  if (!['fixed', 'shuffled'].includes(assignment.order)) problems.push(`Unknown question order "${assignment.order}".`);
  if (!['each', 'end', 'graded'].includes(assignment.feedback)) problems.push(`Unknown feedback setting "${assignment.feedback}".`);
  const key = assignment.teacherKey;
  if (key && (key.length !== TEACHER_KEY_BYTES || (key[0] !== 2 && key[0] !== 3))) {
    problems.push(`The teacher's key must be a compressed P-256 public key of ${TEACHER_KEY_BYTES} bytes.`);
  }
  problems.push(...questionProblems(assignment.questionIds, bank));
  return problems;
}

function questionProblems(ids: readonly string[], bank: NumberedBank): string[] {
  if (ids.length === 0) return ['Choose at least one question.'];
  const problems: string[] = [];
  if (ids.length > MAX_QUESTIONS) problems.push(`Choose at most ${MAX_QUESTIONS} questions (${ids.length} are chosen).`);
  const numbers = questionNumbers(bank.index);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`Question "${id}" is chosen twice.`);
    seen.add(id);
    if (!numbers.has(id) || !bank.questions.has(id)) problems.push(`Question "${id}" is not in the course's question bank (any more).`);
  }
  return problems;
}
