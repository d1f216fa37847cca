import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $quizProgress,
  $repairedQuizzes,
  $storageState,
  initProgress,
  readQuiz,
  type StorageState,
} from '../../lib/progress/progressStore';
import { emptyQuizRecord, type QuizRecord } from '../../lib/progress/quizRecord';

export interface StoredQuiz {
  /** False during the server render and the first client render: storage is not read until mounted. */
  mounted: boolean;
  record: QuizRecord;
  /** The saved record is a newer version's, kept untouched. */
  newer: boolean;
  storageState: StorageState;
  /** This quiz's saved record was partly unreadable and has been repaired. */
  repaired: boolean;
}

/**
 * A quiz's saved progress, live (another tab's changes arrive too). Storage is read only after mount:
 * the server render and the first client render show the neutral state, because Preact's hydrate()
 * does not patch attributes that differ, so a stored score in the first render would stick wrongly.
 */
export function useStoredQuiz(quizId: string, { hydrated = true } = {}): StoredQuiz {
  const progress = useStore($quizProgress, { keys: [quizId] });
  const storageState = useStore($storageState);
  const repaired = useStore($repairedQuizzes);
  // A component that is never server-rendered (hydrated: false) may read storage from its first render.
  const [mounted, setMounted] = useState(!hydrated);
  if (!hydrated) initProgress();
  useEffect(() => {
    initProgress();
    setMounted(true);
  }, []);
  if (!mounted) return { mounted, record: emptyQuizRecord(), newer: false, storageState: 'saving', repaired: false };
  return { mounted, ...readQuiz(progress[quizId]), storageState, repaired: repaired.includes(quizId) };
}
