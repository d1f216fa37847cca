import { ACTIVITY_WORDS, type ActivityKind } from '../../lib/activities';
import type { StorageState } from '../../lib/progress/progressStore';

const MESSAGES: Record<Exclude<StorageState, 'saving'>, string> = {
  blocked: 'Your browser is not letting this site save anything, so your answers and scores are kept only while this page is open.',
  full: "Your browser's storage for this site is full, so your latest results could not be saved. They stay on this page while it is open.",
  newer:
    'Your saved progress was written by a newer version of this course. To keep it safe, this page will not change it: your answers here are kept only while the page is open.',
};

/** Tells the learner, once and plainly, when progress is not being saved or was repaired. */
export function StorageNotice({ state, repaired, activity }: { state: StorageState; repaired: boolean; activity: ActivityKind }) {
  if (state === 'saving' && !repaired) return null;
  return (
    <div class="quiz-notice" role="note">
      {state !== 'saving' && <p>{MESSAGES[state]}</p>}
      {repaired && (
        <p>
          Some saved progress{activity === 'progress' ? '' : ` for this ${ACTIVITY_WORDS[activity].name}`} could not be read, so it was
          reset. Your other results are safe.
        </p>
      )}
    </div>
  );
}
