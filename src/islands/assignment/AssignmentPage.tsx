import '../../styles/quiz.css';
import '../../styles/assignment.css';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { OpeningLink } from './OpeningLink';
import { useAssignmentLink } from './useAssignmentLink';

interface Props {
  /** The question bank and the question index (static JSON, or inline in the downloadable copy). */
  bankUrl: string;
  indexUrl: string;
}

/**
 * The decoder and the page that takes the assignment: loaded together with the bank, which decoding needs
 * anyway, so it costs no extra round trip, and a page opened without a link never loads them.
 */
const loadOpener = () => import('./TakeAssignment');

/**
 * The learner's assignment page: opens the link in the URL fragment against this site's bank, shows what the
 * teacher asks, and runs it in the lessons' quiz runner (loaded when the learner starts). Nothing read from
 * the link is ever rendered as HTML: it is text in Preact's text nodes only.
 */
export default function AssignmentPage({ bankUrl, indexUrl }: Props) {
  const opened = useAssignmentLink(loadOpener, bankUrl, indexUrl);

  if (opened.status !== 'ok') {
    return (
      <OpeningLink
        opened={opened}
        sectionClass="quiz assignment"
        idPrefix="assignment"
        noLink={
          <>
            <p>
              This page opens an assignment your teacher made for you. Teachers send a link to this page with the assignment after a “#”;
              open that link, and the assignment appears here with a place for your name.
            </p>
            <p>Your answers stay in this browser; at the end you get a result code to send to your teacher.</p>
          </>
        }
      />
    );
  }
  const { code, status: _ok, ...props } = opened;
  return (
    <ErrorBoundary activity="assignment">
      <code.TakeAssignment key={opened.assignmentId} {...props} />
    </ErrorBoundary>
  );
}
