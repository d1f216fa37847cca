import { useEffect, useState } from 'preact/hooks';
import type { QuizData, QuizQuestion } from '../../lib/quiz/quizData';
import type { Assignment } from '../../lib/teach/assignment';
import type { decodeAssignmentLink } from '../../lib/teach/assignmentLink';
import type { QuestionIndex } from '../../lib/teach/questionIndex';
import { loadOnDemand } from '../shared/loadOnDemand';

/** A page's lazily loaded code that can open a link: it re-exports the decoder, so the decoder loads with it. */
export interface LinkOpener {
  decodeAssignmentLink: typeof decodeAssignmentLink;
}

/** An assignment link in the URL fragment, as a page opening it goes through it. */
export type OpenedAssignment<Code extends LinkOpener> =
  | { status: 'no-link' }
  | { status: 'loading' }
  | { status: 'load-failed' }
  | { status: 'bad-link'; message: string }
  | {
      status: 'ok';
      assignment: Assignment;
      assignmentId: string;
      fingerprintMatches: boolean;
      /** The chosen questions, in the assignment's order. */
      questions: QuizQuestion[];
      /** The page's code, loaded with the bank. */
      code: Code;
    };

const fragmentNow = () => location.hash.replace(/^#/, '');

/*
 * Beside the learner's page rather than in src/islands/shared/, whose modules all go into the 'island-core'
 * chunk that every island loads (astro.config.mjs): only the assignment and print pages need this.
 */

/**
 * Opens the assignment link in the URL fragment against this site's bank and question index, again whenever
 * the fragment changes. The page's code (with the decoder) loads together with the bank, which decoding needs
 * anyway, so it costs no extra round trip, and a page opened without a link never loads either. Both go
 * through loadOnDemand (which reads with loadJson), so the downloadable copy finds the JSON inline.
 */
export function useAssignmentLink<Code extends LinkOpener>(
  loadCode: () => Promise<Code>,
  bankUrl: string,
  indexUrl: string,
): OpenedAssignment<Code> {
  const [fragment, setFragment] = useState(fragmentNow);
  const [opened, setOpened] = useState<OpenedAssignment<Code>>(fragment ? { status: 'loading' } : { status: 'no-link' });

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
    Promise.all([loadOnDemand<Code, QuizData>(loadCode, bankUrl), loadOnDemand<Code, QuestionIndex>(loadCode, indexUrl)])
      .then(async ([{ code, data }, { data: index }]) => {
        const byId = new Map(data.questions.map((question) => [question.id, question]));
        const decoded = await code.decodeAssignmentLink(fragment, { index, questions: byId });
        if (!live) return;
        if (!decoded.ok) {
          setOpened({ status: 'bad-link', message: decoded.message });
          return;
        }
        const questions = decoded.assignment.questionIds.map((id) => byId.get(id)!);
        const { assignment, assignmentId, fingerprintMatches } = decoded;
        setOpened({ status: 'ok', assignment, assignmentId, fingerprintMatches, questions, code });
      })
      .catch((error: unknown) => {
        console.error('The assignment could not be loaded:', error);
        if (live) setOpened({ status: 'load-failed' });
      });
    return () => {
      live = false;
    };
    // loadCode is a module-level function on every page that uses this, so it is not a dependency.
  }, [fragment, bankUrl, indexUrl]);

  return opened;
}
