/** The share of points a learner needs to pass any quiz or the exam: one constant for the whole site. */
export const PASS_MARK = 0.8;

export interface Score {
  score: number;
  total: number;
}

/** Whole percent, rounded down so 79.9 % never shows as a pass-looking 80 %. */
export function percent({ score, total }: Score): number {
  return total === 0 ? 0 : Math.floor((score / total) * 100);
}

export function isPassing({ score, total }: Score): boolean {
  return total > 0 && score / total >= PASS_MARK;
}

/** A score as the learner reads it everywhere: "9 of 12 (75 %)". */
export function formatScore(score: Score): string {
  return `${score.score} of ${score.total} (${percent(score)} %)`;
}

/** The pass mark as a whole percent, for sentences like "You pass with 80 %". */
export const PASS_PERCENT = Math.round(PASS_MARK * 100);

/** How many questions of `total` a pass needs. */
export function neededToPass(total: number): number {
  return Math.ceil(total * PASS_MARK);
}
