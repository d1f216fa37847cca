import { PASS_MARK, type Score } from './passMark';

/*
 * Scores as the learner reads them. The pass mark itself is in passMark.ts, which every page loads (the
 * marks in the lesson lists say which quizzes are passed); this only loads with what shows scores.
 */

/** Whole percent, rounded down so 79.9 % never shows as a pass-looking 80 %. */
export function percent({ score, total }: Score): number {
  return total === 0 ? 0 : Math.floor((score / total) * 100);
}

/** A score as the learner reads it everywhere: "9 of 12 (75 %)". */
export function formatScore(score: Score): string {
  return `${score.score} of ${score.total} (${percent(score)} %)`;
}

/** The pass mark as a whole percent, for sentences like "You pass with 80 %". */
export const PASS_PERCENT = Math.round(PASS_MARK * 100);

/** How many questions of `total` a pass needs (with the site's pass mark, or a teacher's whole percentage). */
export function neededToPass(total: number, passPercent?: number): number {
  // In whole numbers, so 60 % of 10 is 6, not the 7 that 0.6 * 10 = 6.000000000000001 would round up to.
  return passPercent === undefined ? Math.ceil(total * PASS_MARK) : Math.ceil((total * passPercent) / 100);
}
