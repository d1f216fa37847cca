/** The share of points a learner needs to pass any quiz or the exam: one constant for the whole site. */
export const PASS_MARK = 0.8;

export interface Score {
  score: number;
  total: number;
}

/** True when the score reaches the pass mark (the site's, or a teacher's share such as 0.6): exact, never rounded up. */
export function isPassing({ score, total }: Score, mark: number = PASS_MARK): boolean {
  return total > 0 && score / total >= mark;
}
