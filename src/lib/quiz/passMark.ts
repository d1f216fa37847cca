/** The share of points a learner needs to pass any quiz or the exam: one constant for the whole site. */
export const PASS_MARK = 0.8;

export interface Score {
  score: number;
  total: number;
}

export function isPassing({ score, total }: Score): boolean {
  return total > 0 && score / total >= PASS_MARK;
}
