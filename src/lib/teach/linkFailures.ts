import { INSTRUCTIONS_MAX, MAX_QUESTIONS, TITLE_MAX } from './assignmentRules';

/*
 * Why an assignment link cannot be opened, and what the learner reads: what is wrong and what to do. Most
 * failures mean the link was damaged on its way (cut, or changed when copied); a few mean this site and
 * the teacher's differ (a newer format, a question this version does not have, or one since removed).
 */

const AGAIN = 'Copy the whole link from your teacher again.';
const NEW_LINK = 'Ask your teacher for a new link.';

/** Each failure's message, given its details. */
export const failureMessages = {
  empty: () => `This assignment link is incomplete: the part after "#" is missing. ${AGAIN}`,
  'too-long': (cap: number) => `This link is far longer than any assignment link (over ${cap} characters after "#"). ${AGAIN}`,
  'not-base64url': () => `This link was changed when it was copied: after "#" it holds characters an assignment link never has. ${AGAIN}`,
  truncated: () => `This link is cut short: part of it was lost, perhaps when it was copied. ${AGAIN}`,
  'trailing-bytes': () => `This link has extra characters at its end, perhaps added when it was copied. ${AGAIN}`,
  'not-a-link': () => `This is not an assignment link of this course. ${AGAIN}`,
  'newer-version': () =>
    'This assignment link was made by a newer version of the site: reload the page, or ask your teacher for a new link.',
  'invalid-settings': (what: string) => `This link is damaged: ${what}, which the site never writes. ${AGAIN}`,
  'unknown-question': (number: number) =>
    `This link names question number ${number}, which this version of the course does not have. Reload the page to get the newest version of the site; if that does not help, ask your teacher for a new link.`,
  'retired-question': (id: string, number: number) =>
    `Question "${id}" (number ${number}) was removed from the course after this assignment was made, so the assignment cannot be taken. ${NEW_LINK}`,
  'duplicate-question': (number: number) =>
    `This link is damaged: it names question number ${number} twice, which the site never writes. ${AGAIN}`,
  'title-too-long': () => `This link is damaged: its title is longer than ${TITLE_MAX} characters, which the site never writes. ${AGAIN}`,
  'instructions-too-long': () =>
    `This link is damaged: its instructions are longer than ${INSTRUCTIONS_MAX} characters, which the site never writes. ${AGAIN}`,
  'not-utf8': () => `This link is damaged: its title or instructions are not readable text. ${AGAIN}`,
  'bad-key': () => `The teacher's key in this link is damaged, so your results could not be sealed for your teacher. ${AGAIN}`,
};

/** Why a link cannot be opened. */
export type AssignmentLinkFailure = keyof typeof failureMessages;

/** How many questions a link may hold, in the words of an `invalid-settings` failure. */
export const questionCountProblem = (count: number): string => `it holds ${count} questions, not 1 to ${MAX_QUESTIONS}`;

/** Thrown inside the decoder only, and turned into its failure at the boundary. */
export class LinkFailure extends Error {
  constructor(
    readonly reason: AssignmentLinkFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Stops decoding with a failure and its message. */
export function fail<R extends AssignmentLinkFailure>(reason: R, ...details: Parameters<(typeof failureMessages)[R]>): never {
  const message = (failureMessages[reason] as (...args: typeof details) => string)(...details);
  throw new LinkFailure(reason, message);
}
