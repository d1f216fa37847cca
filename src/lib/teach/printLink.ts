import { assignmentUrl } from './builder';

/**
 * The print page's address for an assignment: the print page (as the page names it, relative or absolute)
 * with exactly the learners' link fragment, so the worksheet and the key open the same assignment.
 */
export function printUrl(pageUrl: string, printPage: string, fragment: string): string {
  return assignmentUrl(pageUrl, printPage, fragment);
}
