import type { ComponentChildren } from 'preact';
import { LoadFailed } from '../shared/LoadFailed';
import type { LinkOpener, OpenedAssignment } from './useAssignmentLink';

interface Props<Code extends LinkOpener> {
  opened: Exclude<OpenedAssignment<Code>, { status: 'ok' }>;
  /** The section's classes (each page styles its own) and the prefix of its headings' ids. */
  sectionClass: string;
  idPrefix: string;
  /** What this page is for, said when it is opened without a link. */
  noLink: ComponentChildren;
}

/**
 * What a page that opens an assignment link shows until the assignment is open: no link yet (the page's own
 * words), loading, a failed load, or the decoder's message for a link that cannot be opened (as text, never HTML).
 */
export function OpeningLink<Code extends LinkOpener>({ opened, sectionClass, idPrefix, noLink }: Props<Code>) {
  switch (opened.status) {
    case 'no-link':
      return (
        <section class={sectionClass} aria-labelledby={`${idPrefix}-none`}>
          <h2 id={`${idPrefix}-none`}>No assignment opened</h2>
          {noLink}
        </section>
      );
    case 'loading':
      return (
        <p class="quiz-hint" role="status">
          Opening the assignment…
        </p>
      );
    case 'load-failed':
      return <LoadFailed what="The course's questions" />;
    case 'bad-link':
      return (
        <section class={sectionClass} aria-labelledby={`${idPrefix}-bad`}>
          <h2 id={`${idPrefix}-bad`}>This assignment cannot be opened</h2>
          <p class="quiz-notice" role="alert">
            {opened.message}
          </p>
        </section>
      );
  }
}
