import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { QuizData } from '../../lib/quiz/quizData';
import type { NumberedBank, QuestionIndex } from '../../lib/teach/questionIndex';
import { loadJson } from '../shared/dataSource';

/** The question bank as both teachers' pages use it: every question by id, numbered by the append-only index. */
export interface TeachBank {
  /** Every question the site serves, in bank order (retired ones included: old links and codes name them). */
  questions: QuizData['questions'];
  /** The same questions by id (with their lessons). */
  byId: ReadonlyMap<string, QuizData['questions'][number]>;
  bank: NumberedBank;
}

interface Props<Code> {
  bankUrl: string;
  indexUrl: string;
  /** Code the page needs before it can show anything, loaded alongside the bank (no extra round trip). */
  loadCode?: () => Promise<Code>;
  children: (loaded: TeachBank & { code: Code }) => ComponentChildren;
}

/**
 * Loads the bank, its index and the page's code, then renders `children`; until then a status line, and a
 * clear message if the load fails. Through `loadJson`, so the downloadable copy finds the JSON inline.
 */
export function WithTeachBank<Code>({ bankUrl, indexUrl, loadCode, children }: Props<Code>) {
  const [loaded, setLoaded] = useState<(TeachBank & { code: Code }) | 'loading' | 'failed'>('loading');
  useEffect(() => {
    Promise.all([loadJson<QuizData>(bankUrl), loadJson<QuestionIndex>(indexUrl), loadCode?.()])
      .then(([quiz, index, code]) => {
        const byId = new Map(quiz.questions.map((question) => [question.id, question]));
        setLoaded({ questions: quiz.questions, byId, bank: { index, questions: byId }, code: code as Code });
      })
      .catch((error: unknown) => {
        console.error('The question bank could not be loaded:', error);
        setLoaded('failed');
      });
    // Once per page: the URLs are the build's, and the code loader is a module-level constant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bankUrl, indexUrl]);
  if (loaded === 'loading') return <p class="teach-status">Loading the question bank…</p>;
  if (loaded === 'failed') {
    return (
      <p class="quiz-notice" role="alert">
        The question bank could not be loaded. Check your connection and reload the page.
      </p>
    );
  }
  return <>{children(loaded)}</>;
}
