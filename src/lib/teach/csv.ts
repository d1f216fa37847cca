import type { Assignment } from './assignment';
import type { LearnerGrade, QuestionMark } from './grading';

/*
 * The class table as CSV (RFC 4180) for a spreadsheet. Names are typed by learners, so a cell that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading ' as OWASP's
 * "CSV injection" advice says: the spreadsheet shows the text, it does not run it.
 */

/** What a download of the table should be served as. */
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';

/** A cell a spreadsheet could read as a formula, made plain text with a leading single quote. */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, quote, CR or LF. */
export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells as RFC 4180 CSV: every cell guarded against formulas, CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map((cell) => csvField(guardFormula(cell))).join(',')}\r\n`).join('');
}

const MARK_CELLS: Record<QuestionMark, string> = { right: '1', wrong: '0', unanswered: '', 'not-graded': '' };

/** A time in ISO 8601 (UTC), or blank when it is not a time a Date can hold (a damaged result never throws here). */
function isoTime(milliseconds: number): string {
  const date = new Date(milliseconds);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The header row: the learner's columns, then one column per question, numbered and named by id. */
export function classCsvHeader(assignment: Assignment): string[] {
  return [
    'Name',
    'Score',
    'Percent',
    'Passed',
    'Time (seconds)',
    'Finished at',
    ...assignment.questionIds.map((id, index) => `Q${index + 1} ${id}`),
  ];
}

/**
 * The class table: name, score, percent, passed (yes/no), time in seconds, finished at (ISO 8601, UTC),
 * then per question 1 (right), 0 (wrong) or blank (unanswered, or a question the course no longer has).
 */
export function classCsv(assignment: Assignment, learners: readonly LearnerGrade[]): string {
  return toCsv([
    classCsvHeader(assignment),
    ...learners.map((learner) => [
      learner.name,
      String(learner.score),
      String(learner.percent),
      learner.passed ? 'yes' : 'no',
      String(learner.seconds),
      isoTime(learner.finishedAt),
      ...learner.marks.map((mark) => MARK_CELLS[mark]),
    ]),
  ]);
}
