import type { AssignmentRecord } from './assignmentRecord';
import { formatDuration } from '../game/formatDuration';
import { playCount, type GameRecord } from './gameRecord';
import { isRead, type LessonRecord } from './lessonRecord';
import { attemptCount, type QuizRecord } from './quizRecord';
import type { RecordKindName, ScoreRecord } from './recordFields';
import { entryKey, type ReviewRecord } from './reviewRecord';

/*
 * What importing a progress file changes in one record, in words for the preview the learner confirms:
 * "3 more attempts; best 9 of 10 → 10 of 10". Every number is read off the record before and after the
 * join, so the preview cannot promise what the import does not do.
 */

interface RecordOfKind {
  quiz: QuizRecord;
  game: GameRecord;
  lesson: LessonRecord;
  review: ReviewRecord;
  assignment: AssignmentRecord;
}

/** What changed from `before` (undefined: this device had none) to `after`; undefined phrases are parts that did not change. */
type Wording<R> = (before: R | undefined, after: R) => (string | undefined)[];

/** "3 more attempts", or "new: 3 attempts" for a record new here; nothing when there are none. */
function added(count: number, noun: string, isNew: boolean, tail = ''): string | undefined {
  if (count <= 0) return undefined;
  return `${isNew ? 'new: ' : ''}${count} ${isNew ? '' : 'more '}${noun}${count === 1 ? '' : 's'}${tail}`;
}

const outOf = ({ score, total }: ScoreRecord): string => `${score} of ${total}`;

/** "best 9 of 10", or "best 9 of 10 → 10 of 10" when there was one; nothing when it reads the same. */
function bestChange(before: ScoreRecord | undefined, after: ScoreRecord | undefined): string | undefined {
  if (!after) return undefined;
  if (!before) return `best ${outOf(after)}`;
  return outOf(before) === outOf(after) ? undefined : `best ${outOf(before)} → ${outOf(after)}`;
}

/** The queue as text that is the same for the same queue, to tell whether it changed. */
const queueText = (cards: ReviewRecord['cards']): string =>
  JSON.stringify(Object.entries(cards).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const WORDINGS: { [K in RecordKindName]: Wording<RecordOfKind[K]> } = {
  quiz: (before, after) => [
    added(attemptCount(after) - (before ? attemptCount(before) : 0), 'attempt', !before),
    bestChange(before?.best, after.best),
    after.current && after.current.id !== before?.current?.id ? 'an unfinished attempt to resume' : undefined,
  ],
  game: (before, after) => [
    added(playCount(after) - (before ? playCount(before) : 0), 'play', !before),
    bestChange(before?.best, after.best) ??
      (before?.best && after.best && after.best.seconds !== before.best.seconds
        ? `best ${outOf(after.best)} now in ${formatDuration(after.best.seconds)}`
        : undefined),
  ],
  lesson: (before, after) => [isRead(after) && !isRead(before) ? 'marked read' : undefined],
  review: (before, after) => {
    const logged = new Set(before?.log.map(entryKey));
    const queued = Object.keys(after.cards).length;
    return [
      added(after.log.filter((entry) => !logged.has(entryKey(entry))).length, 'answer', !before, ' logged'),
      queueText(after.cards) === queueText(before?.cards ?? {})
        ? undefined
        : `${queued === 0 ? 'no' : queued} question${queued === 1 ? '' : 's'} in the queue`,
    ];
  },
  assignment: (before, after) => [
    after.handedIn && !before?.handedIn ? 'handed in' : undefined,
    !after.handedIn && after.current && after.current.id !== before?.current?.id ? 'an unfinished attempt to resume' : undefined,
  ],
};

/**
 * What changes in a record of `kind` from `before` (undefined when this device had none it could read) to
 * `after`, for a record that does change: "new: 3 attempts; best 9 of 10", "2 more plays; best 13 of 16 → 15 of 16".
 */
export function changeSummary(kind: RecordKindName, before: unknown, after: unknown): string {
  // RECORD_KINDS forgets each kind's record type; these records were read by that kind's own reader.
  const wording = WORDINGS[kind] as Wording<unknown>;
  const phrases = wording(before, after).filter((phrase) => phrase !== undefined);
  // What no phrase tells (the date a lesson was first read, say): true, if vague.
  return phrases.length > 0 ? phrases.join('; ') : 'details updated';
}
