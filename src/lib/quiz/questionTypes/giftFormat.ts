import type { QuestionBase } from './questionType';

/*
 * What every question type's Moodle GIFT export shares: the escaping, the frame of a question (title,
 * prompt, answers, general feedback) and the answer grades Moodle accepts. Checked against Moodle's
 * importer (question/format/gift/format.php: escapedchar_pre, readquestion) and its grade check
 * (question/format.php: match_grade_options takes a grade within 0.001 % of one in its list).
 * Each type's GIFT writer (`<type>.gift.ts`) builds its answer lines with these; src/lib/teach/gift.ts joins the questions.
 */

/** Text for GIFT, escaped as Moodle's own exporter does it: `\ ~ = # { } :` get a backslash, a line break becomes `\n`. */
export function giftText(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');
}

/**
 * One question: `::id::prompt{`, one answer per line, the explanation as `####` general feedback, `}`.
 * Notes (why a question is exported the way it is) go above it as `//` comment lines, which Moodle skips.
 */
export function giftQuestion(question: QuestionBase, answers: readonly string[], notes: readonly string[] = []): string {
  return [
    ...notes.map((note) => `// ${note.replace(/\s+/g, ' ')}`),
    `::${giftText(question.id)}::${giftText(question.prompt)}{`,
    ...answers.map((answer) => `\t${answer}`),
    `\t####${giftText(question.explanation)}`,
    '}',
  ].join('\n');
}

/** The positive answer grades (in %) Moodle accepts; the same with a minus sign are accepted too. */
export const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
] as const;

/** The grade in Moodle's list that `weight` stands for (within Moodle's own 0.001 % tolerance), if any. */
export const moodleGrade = (weight: number): number | undefined =>
  MOODLE_GRADES.find((grade) => Math.abs(grade - Math.abs(weight)) < 0.001 && weight !== 0);

export interface WeightSplit {
  /** One grade (in %) per answer, from Moodle's list, adding up to 100 within 0.001. */
  weights: number[];
  /** Whether every answer got the same share; when not, the export says so above the question. */
  equal: boolean;
}

/**
 * 100 % shared by `count` answers with grades from Moodle's list: equal shares where 100/count is in the
 * list (1 to 10 answers, and 20), else the most even mix of two listed grades that adds up to 100
 * (11 answers: nine at 10 % and two at 5 %); undefined when no such mix exists.
 */
export function splitHundred(count: number): WeightSplit | undefined {
  const equal = moodleGrade(100 / count);
  if (equal !== undefined || count === 0) return { weights: Array<number>(count).fill(equal ?? 0), equal: true };
  let best: { high: number; low: number; highCount: number } | undefined;
  for (const high of MOODLE_GRADES) {
    for (const low of MOODLE_GRADES) {
      if (low >= high) continue;
      for (let highCount = 1; highCount < count; highCount++) {
        const fits = Math.abs(highCount * high + (count - highCount) * low - 100) < 0.001;
        if (fits && (best === undefined || high - low < best.high - best.low)) best = { high, low, highCount };
      }
    }
  }
  if (best === undefined) return undefined;
  const { high, low, highCount } = best;
  return { weights: Array.from({ length: count }, (_, index) => (index < highCount ? high : low)), equal: false };
}
