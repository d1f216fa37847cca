import '../../styles/quiz.css';
import '../../styles/assignment.css';
import { useEffect, useState } from 'preact/hooks';
import type { QuizData, QuizQuestion } from '../../lib/quiz/quizData';
import type { Assignment } from '../../lib/teach/assignment';
import type { QuestionIndex } from '../../lib/teach/questionIndex';
import { loadOnDemand } from '../shared/loadOnDemand';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { LoadFailed } from '../shared/LoadFailed';

interface Props {
  /** The question bank and the question index (static JSON, or inline in the downloadable copy). */
  bankUrl: string;
  indexUrl: string;
}

type Opened =
  | { status: 'no-link' }
  | { status: 'loading' }
  | { status: 'load-failed' }
  | { status: 'bad-link'; message: string }
  | {
      status: 'ok';
      assignment: Assignment;
      assignmentId: string;
      fingerprintMatches: boolean;
      questions: QuizQuestion[];
      Take: typeof import('./TakeAssignment').TakeAssignment;
    };

/**
 * The decoder and the page that takes the assignment: loaded together with the bank, which decoding needs
 * anyway, so it costs no extra round trip, and a page opened without a link never loads them.
 */
const loadOpener = () => import('./TakeAssignment');
type Opener = typeof import('./TakeAssignment');

const fragmentNow = () => location.hash.replace(/^#/, '');

/**
 * The learner's assignment page: opens the link in the URL fragment against this site's bank, shows what the
 * teacher asks, and runs it in the lessons' quiz runner (loaded when the learner starts). Nothing read from
 * the link is ever rendered as HTML: it is text in Preact's text nodes only.
 */
export default function AssignmentPage({ bankUrl, indexUrl }: Props) {
  const [fragment, setFragment] = useState(fragmentNow);
  const [opened, setOpened] = useState<Opened>(fragment ? { status: 'loading' } : { status: 'no-link' });

  useEffect(() => {
    const changed = () => setFragment(fragmentNow());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);

  useEffect(() => {
    if (!fragment) {
      setOpened({ status: 'no-link' });
      return;
    }
    let live = true;
    setOpened({ status: 'loading' });
    // Through loadOnDemand (which reads with loadJson), so the downloadable copy finds both inline.
    Promise.all([loadOnDemand<Opener, QuizData>(loadOpener, bankUrl), loadOnDemand<Opener, QuestionIndex>(loadOpener, indexUrl)])
      .then(async ([{ code: opener, data }, { data: index }]) => {
        const byId = new Map(data.questions.map((question) => [question.id, question]));
        const decoded = await opener.decodeAssignmentLink(fragment, { index, questions: byId });
        if (!live) return;
        if (!decoded.ok) {
          setOpened({ status: 'bad-link', message: decoded.message });
          return;
        }
        const questions = decoded.assignment.questionIds.map((id) => byId.get(id)!);
        setOpened({ status: 'ok', ...decoded, questions, Take: opener.TakeAssignment });
      })
      .catch((error: unknown) => {
        console.error('The assignment could not be loaded:', error);
        if (live) setOpened({ status: 'load-failed' });
      });
    return () => {
      live = false;
    };
  }, [fragment, bankUrl, indexUrl]);

  switch (opened.status) {
    case 'no-link':
      return (
        <section class="quiz assignment" aria-labelledby="assignment-none">
          <h2 id="assignment-none">No assignment opened</h2>
          <p>
            This page opens an assignment your teacher made for you. Teachers send a link to this page with the assignment after a “#”; open
            that link, and the assignment appears here with a place for your name.
          </p>
          <p>Your answers stay in this browser; at the end you get a result code to send to your teacher.</p>
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
        <section class="quiz assignment" aria-labelledby="assignment-bad">
          <h2 id="assignment-bad">This assignment cannot be opened</h2>
          <p class="quiz-notice" role="alert">
            {opened.message}
          </p>
        </section>
      );
    case 'ok': {
      const { Take, status: _ok, ...props } = opened;
      return (
        <ErrorBoundary activity="assignment">
          <Take key={opened.assignmentId} {...props} />
        </ErrorBoundary>
      );
    }
  }
}
