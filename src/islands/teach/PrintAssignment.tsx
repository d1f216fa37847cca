import '../../styles/quiz.css';
import '../../styles/worksheet.css';
import type { LessonNames } from '../../lib/teach/worksheet';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { OpeningLink } from '../assignment/OpeningLink';
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

  if (opened.status !== 'ok') {
    return (
      <OpeningLink
        opened={opened}
        sectionClass="quiz"
        idPrefix="print"
        noLink={
          <p>
            This page prints an assignment as a worksheet and an answer key. Open it from the assignment builder with “Print a worksheet”,
            or put the part of a learners’ link after the “#” at the end of this page’s address.
          </p>
        }
      />
    );
  }
  const { code, status: _ok, ...props } = opened;
  return (
    <ErrorBoundary activity="print">
      <code.PrintView key={opened.assignmentId} names={names} {...props} />
    </ErrorBoundary>
  );
}
