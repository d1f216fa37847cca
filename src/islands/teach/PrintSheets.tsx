import { useEffect, useMemo, useState } from 'preact/hooks';
import type { QuizQuestion } from '../../lib/quiz/quizData';
import type { Assignment } from '../../lib/teach/assignment';
import { dueDayWords } from '../../lib/teach/dueDayWords';
import {
  keyEntry,
  passMarkWords,
  printedQuestions,
  worksheetQuestion,
  type LessonNames,
  type LetteredOption,
  type PrintedQuestion,
  type WorksheetQuestion,
} from '../../lib/teach/worksheet';

/*
 * The print view of an assignment, loaded by PrintAssignment together with the bank (the decoder comes
 * along). The worksheet and the key render what src/lib/teach/worksheet.ts computes from one list of
 * printed questions, so their numbers and letters always agree; the worksheet's DOM holds no answers.
 */
export { decodeAssignmentLink } from '../../lib/teach/assignmentLink';

type Sheet = 'worksheet' | 'key';

const SHEETS: { value: Sheet; label: string }[] = [
  { value: 'worksheet', label: 'Worksheet' },
  { value: 'key', label: 'Answer key' },
];

interface PrintViewProps {
  assignment: Assignment;
  assignmentId: string;
  fingerprintMatches: boolean;
  questions: QuizQuestion[];
  names: LessonNames;
}

export function PrintView({ assignment, assignmentId, fingerprintMatches, questions, names }: PrintViewProps) {
  const [sheet, setSheet] = useState<Sheet>('worksheet');
  const printed = useMemo(() => printedQuestions(assignmentId, questions), [assignmentId, questions]);

  // The print dialog offers the document's title as the PDF's file name.
  useEffect(() => {
    const before = document.title;
    document.title = `${assignment.title} — ${sheet === 'key' ? 'answer key' : 'worksheet'}`;
    return () => {
      document.title = before;
    };
  }, [assignment.title, sheet]);

  return (
    <>
      <section class="print-controls no-print" aria-labelledby="print-controls-heading">
        <h2 id="print-controls-heading">Print “{assignment.title}”</h2>
        {!fingerprintMatches && (
          <p class="quiz-notice" role="note">
            Some of these questions have changed since this assignment was made: they print as they are now, and the key gives today’s
            answers.
          </p>
        )}
        <fieldset class="print-choice">
          <legend>What to print</legend>
          {SHEETS.map(({ value, label }) => (
            <label key={value}>
              <input type="radio" name="print-sheet" value={value} checked={sheet === value} onChange={() => setSheet(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        <div class="print-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            Print
          </button>
          <p class="quiz-hint" id="print-hint">
            Choose “Save as PDF” in the print dialog to get a file.
          </p>
        </div>
        <p class="quiz-hint">
          {assignment.order === 'shuffled'
            ? 'Learners taking this assignment online get the questions in their own shuffled order; on paper they print in the order you listed them. '
            : ''}
          Options print in an order shuffled once for this assignment (the right answer is not always first); the key uses the same letters.
        </p>
        <p class="visually-hidden" aria-live="polite">
          {sheet === 'key' ? 'Showing the answer key.' : 'Showing the worksheet.'}
        </p>
      </section>
      {sheet === 'worksheet' ? (
        <Worksheet assignment={assignment} printed={printed} />
      ) : (
        <AnswerKey assignment={assignment} printed={printed} names={names} />
      )}
    </>
  );
}

/** The learners' sheet: title, instructions, due date, lines for name and date, and the questions to answer. */
function Worksheet({ assignment, printed }: { assignment: Assignment; printed: PrintedQuestion[] }) {
  return (
    <article class="print-sheet" aria-labelledby="print-sheet-title" data-sheet="worksheet">
      <header class="print-sheet-head">
        <h2 id="print-sheet-title">{assignment.title}</h2>
        {assignment.instructions && <p class="print-instructions">{assignment.instructions}</p>}
        {assignment.due && <p>Due: {dueDayWords(assignment.due)}</p>}
        <p class="print-fields">
          <span class="print-field">
            Name<span class="print-line"></span>
          </span>
          <span class="print-field">
            Date<span class="print-line"></span>
          </span>
        </p>
      </header>
      <ol class="print-questions">
        {printed.map((entry) => (
          <WorksheetItem key={entry.question.id} sheet={worksheetQuestion(entry)} />
        ))}
      </ol>
    </article>
  );
}

/** An empty box to tick: drawn with CSS, so it prints the same in every font. */
const Box = () => <span class="print-box" aria-hidden="true"></span>;

const OptionText = ({ option }: { option: LetteredOption }) => (
  <>
    <span class="print-letter">{option.letter}</span> {option.text}
  </>
);

function WorksheetItem({ sheet }: { sheet: WorksheetQuestion }) {
  return (
    <li class="print-question" data-question={sheet.id}>
      <p class="print-prompt">
        <span class="print-number">{sheet.number}.</span> {sheet.prompt}
      </p>
      <p class="print-instruction">{sheet.instruction}</p>
      {sheet.kind === 'choice' && (
        <ul class="print-options">
          {sheet.options.map((option) => (
            <li key={option.letter}>
              <Box />
              <OptionText option={option} />
            </li>
          ))}
        </ul>
      )}
      {sheet.kind === 'truefalse' && (
        <ul class="print-options print-options-inline">
          <li>
            True <Box />
          </li>
          <li>
            False <Box />
          </li>
        </ul>
      )}
      {sheet.kind === 'matching' && (
        <>
          <table class="print-match">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Letter</th>
              </tr>
            </thead>
            <tbody>
              {sheet.items.map((item, row) => (
                <tr key={row}>
                  <td>{item}</td>
                  <td class="print-blank"></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="print-choices-label">Choices:</p>
          <ul class="print-options print-choices">
            {sheet.choices.map((choice) => (
              <li key={choice.letter}>
                <OptionText option={choice} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The teacher's sheet: the right answers by the worksheet's letters, why, where the course teaches it, and the pass mark. */
function AnswerKey({ assignment, printed, names }: { assignment: Assignment; printed: PrintedQuestion[]; names: LessonNames }) {
  const entries = printed.map((entry) => keyEntry(entry, names, location.href));
  return (
    <article class="print-sheet" aria-labelledby="print-sheet-title" data-sheet="key">
      <header class="print-sheet-head">
        <h2 id="print-sheet-title">
          {assignment.title} <span class="print-key-label">— Answer key</span>
        </h2>
        <p>Pass mark: {passMarkWords(assignment.passPercent, printed.length)}</p>
      </header>
      <ol class="print-questions">
        {entries.map((entry) => (
          <li key={entry.id} class="print-question" data-question={entry.id}>
            <p class="print-prompt">
              <span class="print-number">{entry.number}.</span> {entry.prompt}
            </p>
            <p class="print-answer-label">Answer{entry.answers.length > 1 ? 's' : ''}:</p>
            <ul class="print-answers">
              {entry.answers.map((answer, index) => (
                <li key={index}>{answer}</li>
              ))}
            </ul>
            <p class="print-explanation">{entry.explanation}</p>
            <p class="print-lesson">
              {entry.lessonLink.text}
              <br />
              <a href={entry.lessonLink.href}>{entry.lessonLink.href}</a>
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
