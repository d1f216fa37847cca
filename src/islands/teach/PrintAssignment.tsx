import '../../styles/quiz.css';
import '../../styles/worksheet.css';
import type { LessonNames } from '../../lib/teach/worksheet';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { LoadFailed } from '../shared/LoadFailed';
import { useAssignmentLink } from '../assignment/useAssignmentLink';

interface Props {
  /** Lesson titles and section headings for the answer key (a few KB, so props rather than another JSON file). */
  names: LessonNames;
  /** The question bank and the question index (static JSON, or inline in the downloadable copy). */
  bankUrl: string;
  indexUrl: string;
}

/** The sheets and the decoder, loaded with the bank: a page opened without a link never loads them. */
const loadSheets = () => import('./PrintSheets');

/**
 * The teacher's print page: opens the learners' assignment link from the URL fragment, exactly as the
 * assignment page does, and shows the worksheet or the answer key ready to print. Text from the link is
 * only ever rendered as text.
 */
export default function PrintAssignment({ names, bankUrl, indexUrl }: Props) {
  const opened = useAssignmentLink(loadSheets, bankUrl, indexUrl);

  switch (opened.status) {
    case 'no-link':
      return (
        <section class="quiz" aria-labelledby="print-none">
          <h2 id="print-none">No assignment opened</h2>
          <p>
            This page prints an assignment as a worksheet and an answer key. Open it from the assignment builder with “Print a worksheet”,
            or put the part of a learners’ link after the “#” at the end of this page’s address.
          </p>
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
        <section class="quiz" aria-labelledby="print-bad">
          <h2 id="print-bad">This assignment cannot be opened</h2>
          <p class="quiz-notice" role="alert">
            {opened.message}
          </p>
        </section>
      );
    case 'ok': {
      const { code, status: _ok, ...props } = opened;
      return (
        <ErrorBoundary activity="print">
          <code.PrintView key={opened.assignmentId} names={names} {...props} />
        </ErrorBoundary>
      );
    }
  }
}
