/*
 * The kinds of activity a page can hold, and the words their notices use, so a message says what it
 * sits in ("this quiz", "this game") and what is left to read if the interactive part fails.
 */
export type ActivityKind = 'quiz' | 'exam' | 'game' | 'review' | 'progress' | 'assignment' | 'teach' | 'print';

export const ACTIVITY_WORDS: Record<ActivityKind, { name: string; stillReadable: string }> = {
  quiz: { name: 'quiz', stillReadable: 'The questions are still here to read' },
  exam: { name: 'exam', stillReadable: 'Your answers so far are saved in this browser' },
  game: { name: 'game', stillReadable: 'The cards are still here to read' },
  review: { name: 'review', stillReadable: 'Your review queue is saved in this browser' },
  progress: { name: 'progress page', stillReadable: 'Your progress is still saved in this browser' },
  assignment: { name: 'assignment', stillReadable: 'Your answers are saved in this browser' },
  teach: { name: 'assignment builder', stillReadable: 'The links you made are still saved in this browser' },
  print: { name: 'print view', stillReadable: 'The link is still in the address bar' },
};

/** The id prefix of one activity on a page: unique per activity, so two on one page never share an id. */
export function activityIdPrefix(kind: ActivityKind, id: string): string {
  return `${kind}-${id}`;
}
