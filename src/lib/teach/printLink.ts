import { assignmentUrl } from './builder';

/**
 * The print page's address for an assignment: the print page (as the page names it, relative or absolute)
 * with exactly the learners' link fragment, so the worksheet and the key open the same assignment.
 */
export function printUrl(pageUrl: string, printPage: string, fragment: string): string {
  return assignmentUrl(pageUrl, printPage, fragment);
}

/** The print page's address for a learners' link already made (a saved link's `url`): the same fragment, on the print page. */
export function printUrlOfLink(pageUrl: string, printPage: string, learnersUrl: string): string {
  return printUrl(pageUrl, printPage, new URL(learnersUrl, pageUrl).hash.replace(/^#/, ''));
}
