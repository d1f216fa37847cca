import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Assignment } from '../../src/lib/teach/assignment';
import { classCsv, classCsvHeader, csvField, guardFormula, toCsv } from '../../src/lib/teach/csv';
import type { LearnerGrade } from '../../src/lib/teach/grading';

/** A small RFC 4180 reader: records end in CRLF, fields split on commas, a quoted field may hold anything with "" for ". */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"') {
      index++;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote < 0) throw new Error('unclosed quote');
        field += text.slice(index, quote);
        index = quote + 1;
        if (text[index] !== '"') break;
        field += '"';
        index++;
      }
    }
    if (text.startsWith('\r\n', index)) {
      records.push([...record, field]);
      record = [];
      field = '';
      index += 2;
    } else if (text[index] === ',') {
      record.push(field);
      field = '';
      index++;
    } else if (index < text.length) {
      if (/["\r\n]/.test(text[index]!)) throw new Error(`a bare ${JSON.stringify(text[index])} at ${index}`);
      field += text[index];
      index++;
    }
  }
  if (record.length > 0 || field !== '') throw new Error('the last record has no CRLF');
  return records;
}

const assignment: Assignment = {
  title: 'Roles',
  instructions: '',
  questionIds: ['q-one', 'q-two', 'q-three', 'q-four'],
  order: 'fixed',
  feedback: 'end',
  passPercent: 50,
};
const learner = (name: string): LearnerGrade => ({
  name,
  answers: [1, 0, undefined, 0],
  seconds: 125,
  finishedAt: Date.UTC(2025, 4, 6, 9, 30),
  score: 1,
  total: 3,
  percent: 33,
  passed: false,
  marks: ['right', 'wrong', 'unanswered', 'not-graded'],
});

describe('guardFormula', () => {
  it('prefixes a single quote to a cell a spreadsheet would run: = + - @ tab CR', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'].map(guardFormula)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['Ada', '1', '', " '=x", 'a=b'].map(guardFormula)).toEqual(['Ada', '1', '', " '=x", 'a=b']);
  });
});

describe('csvField', () => {
  it('quotes a field with a comma, quote, CR or LF, doubling quotes; leaves others alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('')).toBe('');
  });
});

describe('toCsv', () => {
  it('reads back as the cells given, with the formula guard applied (RFC 4180 round trip)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', ' ', "'", 'é') }), {
            minLength: 1,
            maxLength: 5,
          }),
          { maxLength: 6 },
        ),
        (rows) => {
          const text = toCsv(rows);
          expect(parseCsv(text)).toEqual(rows.map((row) => row.map(guardFormula)));
        },
      ),
    );
  });

  it('ends every record with CRLF, even the last', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', ''],
      ]),
    ).toBe('a,b\r\nc,\r\n');
  });
});

describe('classCsv', () => {
  it('has the columns in order: name, score, percent, passed, time, finished at (ISO), then 1/0/blank per question', () => {
    expect(classCsvHeader(assignment)).toEqual([
      'Name',
      'Score',
      'Percent',
      'Passed',
      'Time (seconds)',
      'Finished at',
      'Q1 q-one',
      'Q2 q-two',
      'Q3 q-three',
      'Q4 q-four',
    ]);
    expect(classCsv(assignment, [learner('Ada')])).toBe(
      'Name,Score,Percent,Passed,Time (seconds),Finished at,Q1 q-one,Q2 q-two,Q3 q-three,Q4 q-four\r\nAda,1,33,no,125,2025-05-06T09:30:00.000Z,1,0,,\r\n',
    );
  });

  it('a name that would be a formula stays text; a name with commas and quotes survives', () => {
    const rows = parseCsv(classCsv(assignment, [learner('=HYPERLINK("http://x","y")'), learner('Doe, "Jo"')]));
    expect(rows[1]![0]).toBe('\'=HYPERLINK("http://x","y")');
    expect(rows[2]![0]).toBe('Doe, "Jo"');
  });

  it('a finish time no Date can hold is left blank, never a crash', () => {
    const rows = parseCsv(
      classCsv(assignment, [
        { ...learner('Ada'), finishedAt: 9e15 },
        { ...learner('Bo'), finishedAt: Number.NaN },
      ]),
    );
    expect(rows.slice(1).map((row) => row[5])).toEqual(['', '']);
  });
});
