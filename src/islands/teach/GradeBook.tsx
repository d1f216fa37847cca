import '../../styles/teach.css';
import '../../styles/dialog.css';
import { downloadFile } from './downloadFile';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NumberedBank } from '../../lib/teach/questionIndex';
import type { Assignment } from '../../lib/teach/assignment';
import type { TeacherKey } from '../../lib/teach/teacherKeys';
import type { ClassEntry, ClassView } from '../../lib/teach/classRecord';
import type { QuestionMark, QuestionsById } from '../../lib/teach/grading';
import { fileNameOf, readSavedAssignments, type SavedAssignment, type TeachLesson } from '../../lib/teach/builder';
import { distributionBars } from '../../lib/teach/distributionChart';
import { finishedWords } from '../../lib/teach/gradeWords';
import { madeDayWords } from '../../lib/teach/dueDayWords';
import { formatDuration } from '../../lib/game/formatDuration';
import { TEACHER_ASSIGNMENTS_KEY, TEACHER_GRADING_KEY, TEACHER_KEY_KEY, teacherClassKey } from '../../lib/teach/teacherStorage';
import { readStored, removeStored, writeStored } from '../../lib/teach/teacherStorage';
import { WithTeachBank } from './TeachBank';
import { ErrorBoundary } from '../shared/ErrorBoundary';

interface Props {
  lessons: TeachLesson[];
  bankUrl: string;
  indexUrl: string;
}

type Code = typeof import('./gradeCode');
const loadGradeCode = (): Promise<Code> => import('./gradeCode');

/** Files larger than this are not read: a class's codes are a few hundred KB at most. */
const MAX_CODES_FILE = 1024 * 1024;

/**
 * The teacher's gradebook (/teach/grade/): choose an assignment, use the teacher's key, paste or load result
 * codes; every code is opened, re-graded from its answers and shown in a table with the class's analysis.
 * The class is kept in this browser only.
 */
export default function GradeBook(props: Props) {
  return (
    <ErrorBoundary activity="teach">
      <WithTeachBank bankUrl={props.bankUrl} indexUrl={props.indexUrl} loadCode={loadGradeCode}>
        {({ bank, byId, code }) => <Grader {...props} bank={bank} byId={byId} code={code} />}
      </WithTeachBank>
    </ErrorBoundary>
  );
}

type Loaded = { bank: NumberedBank; byId: QuestionsById; code: Code };

interface Opened {
  assignment: Assignment;
  assignmentId: string;
  link: string;
  fingerprintMatches: boolean;
}

type KeyState = { key: TeacherKey; from: 'browser' | 'file'; name?: string | undefined } | undefined;

const percentOf = (share: number) => `${Math.round(share * 100)} %`;

function Grader({ lessons, bank, byId, code }: Props & Loaded) {
  const saved = useMemo<SavedAssignment[]>(() => readSavedAssignments(readStored(TEACHER_ASSIGNMENTS_KEY)), []);
  const [opened, setOpened] = useState<Opened | undefined>();
  const [entries, setEntries] = useState<ClassEntry[]>([]);
  const [key, setKey] = useState<KeyState>();
  const [keyMessage, setKeyMessage] = useState('');
  const [linkText, setLinkText] = useState('');
  const [linkMessage, setLinkMessage] = useState('');
  const [codesText, setCodesText] = useState('');
  const [codesMessage, setCodesMessage] = useState('');
  const [classMessage, setClassMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  const openFragment = async (fragment: string, quiet = false): Promise<boolean> => {
    const decoded = await code.decodeAssignmentLink(fragment, bank);
    if (!decoded.ok) {
      setLinkMessage(`This link cannot be opened: ${decoded.message}`);
      return false;
    }
    const record = code.readClassRecord(readStored(teacherClassKey(decoded.assignmentId)));
    setOpened({
      assignment: decoded.assignment,
      assignmentId: decoded.assignmentId,
      link: fragment,
      fingerprintMatches: decoded.fingerprintMatches,
    });
    setEntries(record?.entries ?? []);
    writeStored(TEACHER_GRADING_KEY, JSON.stringify({ id: decoded.assignmentId, link: fragment }));
    const kept = record?.entries.length ?? 0;
    if (!quiet) {
      setLinkMessage(
        `Opened "${decoded.assignment.title}".${kept > 0 ? ` ${kept} code${kept === 1 ? '' : 's'} kept in this browser for it are shown below.` : ''}`,
      );
    }
    return true;
  };

  useEffect(() => {
    void (async () => {
      const stored = readStored(TEACHER_KEY_KEY);
      if (stored !== null) {
        const read = await code.readTeacherKeyFile(stored);
        if (read.ok) setKey({ key: read.key, from: 'browser' });
        else setKeyMessage(`The key kept in this browser cannot be used: ${read.message}`);
      }
      try {
        const last = JSON.parse(readStored(TEACHER_GRADING_KEY) ?? 'null') as { link?: unknown } | null;
        if (last && typeof last.link === 'string') await openFragment(last.link, true);
      } catch {
        // No class was open: the page starts empty.
      }
    })();
    // Once, when the page opens: the key and the class kept in this browser.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const openLink = async (event: Event) => {
    event.preventDefault();
    const text = linkText.trim();
    if (text === '') return setLinkMessage('Paste an assignment link first.');
    const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
    if (await openFragment(fragment)) setLinkText('');
  };

  const loadKeyFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await code.readTeacherKeyFile(await file.text());
    if (!read.ok) return setKeyMessage(`${file.name} cannot be used: ${read.message}`);
    setKey({ key: read.key, from: 'file', name: file.name });
    // A "no key" message from before is answered now.
    setCodesMessage('');
    setKeyMessage(`Loaded the key from ${file.name}. It is used on this page only, until you reload.`);
  };

  const persist = (next: ClassEntry[]): boolean => {
    setEntries(next);
    return opened ? writeStored(teacherClassKey(opened.assignmentId), code.classRecordText({ link: opened.link, entries: next })) : false;
  };

  /**
   * The other assignments made in this browser, opened once per paste: a code that will not open for the chosen
   * one may be for one of them (same key), and the teacher is told which.
   */
  const otherAssignments = async (privateKey: CryptoKey) => {
    const others: { title: string; context: Parameters<Code['readResultCode']>[1] }[] = [];
    for (const entry of saved) {
      if (entry.id === opened?.assignmentId) continue;
      const decoded = await code.decodeAssignmentLink(entry.url.slice(entry.url.indexOf('#') + 1), bank);
      if (!decoded.ok) continue;
      const questions = decoded.assignment.questionIds.map((id) => bank.questions.get(id)!);
      others.push({
        title: decoded.assignment.title,
        context: { assignmentId: decoded.assignmentId, questions, teacherPrivateKey: privateKey },
      });
    }
    return others;
  };

  const addCodes = async (text: string, from: string) => {
    if (!opened) return setCodesMessage('Choose the assignment first (step 1).');
    if (!key) return setCodesMessage('There is no key to open the codes with: load your key file first (step 2).');
    const codes = code.splitResultCodes(text);
    if (codes.length === 0) return setCodesMessage(`No codes found in ${from}. A code starts with DE1-.`);
    setBusy(true);
    try {
      const questions = opened.assignment.questionIds.map((id) => bank.questions.get(id)!);
      const context = { assignmentId: opened.assignmentId, questions, teacherPrivateKey: key.key.privateKey };
      const added: ClassEntry[] = [];
      let others: Awaited<ReturnType<typeof otherAssignments>> | undefined;
      const otherAssignmentOf = async (text: string) => {
        others ??= await otherAssignments(key.key.privateKey);
        for (const other of others) if ((await code.readResultCode(text, other.context)).ok) return other.title;
        return undefined;
      };
      for (const text of codes) {
        const read = await code.readResultCode(text, context);
        if (read.ok) added.push({ code: text, ok: true, result: read.result });
        else {
          // A code that will not open here may be for another assignment made in this browser with this key: say which.
          const other = read.reason === 'not-opened' ? await otherAssignmentOf(text) : undefined;
          const message = other
            ? `This code is for your assignment "${other}", not this one: choose "${other}" in step 1 to grade it.`
            : read.message;
          added.push({ code: text, ok: false, reason: read.reason, message });
        }
      }
      const before = code.classView(opened.assignment, byId, entries);
      const next = [...entries, ...added];
      const stored = persist(next);
      const after = code.classView(opened.assignment, byId, next);
      const counted = after.learners.length - before.learners.length;
      const refused =
        after.refused.filter((entry) => entry.kind === 'refused').length -
        before.refused.filter((entry) => entry.kind === 'refused').length;
      const duplicates = after.duplicates.length - before.duplicates.length;
      setCodesMessage(
        `Read ${codes.length} code${codes.length === 1 ? '' : 's'} from ${from}: ${counted} counted, ${duplicates} duplicate${duplicates === 1 ? '' : 's'}, ${refused} refused.` +
          (refused + duplicates > 0 ? ' The reasons are listed under "Codes not counted".' : '') +
          (stored ? '' : ' This browser would not keep them: export the CSV before you leave.'),
      );
      setCodesText('');
    } finally {
      setBusy(false);
    }
  };

  const loadCodesFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_CODES_FILE) return setCodesMessage(`${file.name} is too large to be a file of codes (over 1 MB).`);
    await addCodes(await file.text(), file.name);
  };

  const view = useMemo<ClassView | undefined>(
    () => (opened && entries.length > 0 ? code.classView(opened.assignment, byId, entries) : undefined),
    [opened, entries, byId, code],
  );

  const exportCsv = () => {
    if (!opened || !view) return;
    const name = fileNameOf(opened.assignment.title, 'csv');
    downloadFile(code.classCsv(opened.assignment, view.learners), name, code.CSV_MEDIA_TYPE);
    setClassMessage(`The class is downloading as ${name}.`);
  };

  const clearClass = () => {
    dialog.current?.close();
    if (!opened) return;
    removeStored(teacherClassKey(opened.assignmentId));
    setEntries([]);
    setClassMessage(`Cleared the class of "${opened.assignment.title}" from this browser.`);
  };

  const keyMismatch = Boolean(opened?.assignment.teacherKey && key && !code.sameKey({ publicKey: opened.assignment.teacherKey }, key.key));

  return (
    <div class="teach grade">
      <section class="teach-panel" aria-labelledby="grade-assignment">
        <h2 id="grade-assignment">1. The assignment</h2>
        {opened ? (
          <p class="grade-current">
            Grading <strong>{opened.assignment.title}</strong>: {opened.assignment.questionIds.length} questions, pass mark{' '}
            {opened.assignment.passPercent} %.
          </p>
        ) : (
          <p>Choose an assignment made in this browser, or paste its link.</p>
        )}
        {opened && !opened.fingerprintMatches && (
          <p class="quiz-notice">Some of these questions have changed since the link was made: learners saw the older wording.</p>
        )}
        {opened && !opened.assignment.teacherKey && (
          <p class="quiz-notice">This link was made without a teacher's key, so it collects no result codes.</p>
        )}
        {saved.length > 0 && (
          <>
            <h3>Made in this browser</h3>
            <ul class="grade-saved">
              {saved.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    class="button secondary"
                    aria-pressed={opened?.assignmentId === entry.id}
                    onClick={() => void openFragment(entry.url.slice(entry.url.indexOf('#') + 1))}
                  >
                    {entry.title}
                  </button>
                  <span class="teach-meta">
                    Made {madeDayWords(entry.created)} · {entry.questionCount} question{entry.questionCount === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        <form class="teach-field" onSubmit={(event) => void openLink(event)}>
          <label for="grade-link">Or paste an assignment link</label>
          <div class="teach-copy-row">
            <input
              id="grade-link"
              type="text"
              value={linkText}
              onInput={(event) => setLinkText(event.currentTarget.value)}
              spellcheck={false}
            />
            <button type="submit" class="button secondary">
              Open link
            </button>
          </div>
        </form>
        <p class="teach-status" role="status">
          {linkMessage}
        </p>
      </section>

      <section class="teach-panel" aria-labelledby="grade-key">
        <h2 id="grade-key">2. Your key</h2>
        <p>
          {key
            ? key.from === 'browser'
              ? 'Using the key kept in this browser.'
              : `Using the key from ${key.name}.`
            : 'No key is available: this browser keeps none. Load the key file you saved when you made the link; without it the codes cannot be opened.'}
        </p>
        {keyMismatch && (
          <p class="quiz-notice" role="alert">
            This key is not the one this assignment's link was made with: its codes will not open. Load the key file you saved with that
            link.
          </p>
        )}
        <div class="teach-field">
          <label for="grade-key-file">Load a key file (.json)</label>
          <input
            id="grade-key-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => void loadKeyFile(event.currentTarget)}
          />
        </div>
        <p class="teach-status" role="status">
          {keyMessage}
        </p>
      </section>

      <section class="teach-panel" aria-labelledby="grade-codes">
        <h2 id="grade-codes">3. Result codes</h2>
        <div class="teach-field">
          <label for="grade-codes-text">Paste one or many codes</label>
          <p class="teach-hint" id="grade-codes-hint">
            Each code starts with DE1-. Separate them by spaces, commas or new lines.
          </p>
          <textarea
            id="grade-codes-text"
            rows={5}
            aria-describedby="grade-codes-hint"
            value={codesText}
            spellcheck={false}
            onInput={(event) => setCodesText(event.currentTarget.value)}
          />
        </div>
        <div class="teach-list-actions">
          <button type="button" class="button" disabled={busy} onClick={() => void addCodes(codesText, 'the pasted text')}>
            Add these codes
          </button>
        </div>
        <div class="teach-field">
          <label for="grade-codes-file">Or load a text file of codes</label>
          <input id="grade-codes-file" type="file" accept=".txt,text/plain" onChange={(event) => void loadCodesFile(event.currentTarget)} />
        </div>
        <p class="teach-status" role="status">
          {codesMessage}
        </p>
      </section>

      {opened && view && <ClassReport opened={opened} view={view} lessons={lessons} bank={bank} />}
      {opened && (
        <section class="teach-panel" aria-labelledby="grade-keep">
          <h2 id="grade-keep">Keep or clear this class</h2>
          <p>The class is kept in this browser only. Download it as a spreadsheet (CSV) to keep it elsewhere.</p>
          <div class="teach-list-actions">
            <button type="button" class="button" disabled={!view} onClick={exportCsv}>
              Download the class (CSV)
            </button>
            <button type="button" class="button danger" disabled={entries.length === 0} onClick={() => dialog.current?.showModal()}>
              Clear this class…
            </button>
          </div>
          <p class="teach-status" role="status">
            {classMessage}
          </p>
          <dialog ref={dialog} class="modal-dialog" aria-labelledby="grade-clear-heading" aria-describedby="grade-clear-text">
            <h2 id="grade-clear-heading">Clear this class?</h2>
            <p id="grade-clear-text">
              Every code kept in this browser for "{opened.assignment.title}" goes. Download the CSV first if you may need it.
            </p>
            <div class="teach-list-actions">
              <button type="button" class="button danger" onClick={clearClass}>
                Clear the class
              </button>
              <button type="button" class="button secondary" onClick={() => dialog.current?.close()}>
                Keep it
              </button>
            </div>
          </dialog>
        </section>
      )}
    </div>
  );
}

const MARKS: Record<QuestionMark, { sign: string; words: string }> = {
  right: { sign: '✓', words: 'right' },
  wrong: { sign: '✗', words: 'wrong' },
  unanswered: { sign: '–', words: 'not answered' },
  'not-graded': { sign: '–', words: 'not graded' },
};

const BOX = { width: 320, height: 170, labelHeight: 30, pad: 4 };

function ClassReport({ opened, view, lessons, bank }: { opened: Opened; view: ClassView; lessons: TeachLesson[]; bank: NumberedBank }) {
  const { assignment } = opened;
  const bars = distributionBars(view.analysis.distribution.bins, BOX);
  const lessonOf = (id: string) => lessons.find((lesson) => lesson.id === id);
  const objectiveWords = (lesson: string, objective: string) =>
    `${lessonOf(lesson)?.title ?? lesson}: ${lessonOf(lesson)?.objectives.find((entry) => entry.id === objective)?.text ?? objective}`;
  const missed = view.analysis.objectives.filter((objective) => objective.missed);
  return (
    <section class="teach-panel" aria-labelledby="grade-class">
      <h2 id="grade-class">The class</h2>
      <p class="grade-summary">
        {view.learners.length} learner{view.learners.length === 1 ? '' : 's'} counted, {view.analysis.passed} passed.
        {view.refused.length > 0 ? ` ${view.refused.length} code${view.refused.length === 1 ? '' : 's'} not counted (listed below).` : ''}
      </p>
      {view.learners.length > 0 && (
        <div class="grade-table-wrap" role="region" aria-labelledby="grade-table-caption" tabindex={0}>
          <table class="grade-table grade-learners">
            <caption id="grade-table-caption">Learners' results, re-graded from their answers</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Score</th>
                <th scope="col">Percent</th>
                <th scope="col">Pass</th>
                <th scope="col">Time</th>
                <th scope="col">Finished at</th>
                {assignment.questionIds.map((id, index) => (
                  <th scope="col" key={id}>
                    Q{index + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.learners.map((learner, row) => (
                <tr key={row}>
                  <th scope="row">{learner.name}</th>
                  <td>
                    {learner.score} of {learner.total}
                  </td>
                  <td>{learner.percent} %</td>
                  <td>{learner.passed ? 'yes' : 'no'}</td>
                  <td>{formatDuration(learner.seconds)}</td>
                  <td>{finishedWords(learner.finishedAt)}</td>
                  {learner.marks.map((mark, index) => (
                    <td key={index} class={`grade-mark is-${mark}`}>
                      <span aria-hidden="true">{MARKS[mark].sign}</span>
                      <span class="visually-hidden">{MARKS[mark].words}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {view.refused.length > 0 && (
        <>
          <h3>Codes not counted</h3>
          <ul class="grade-refused">
            {view.refused.map((entry) => (
              <li key={`${entry.number}-${entry.kind}`}>
                <strong>
                  Code {entry.number} ({entry.kind === 'duplicate' ? 'duplicate' : 'refused'}):
                </strong>{' '}
                <code>{entry.excerpt}</code> — {entry.message}
              </li>
            ))}
          </ul>
        </>
      )}

      {view.learners.length > 0 && (
        <>
          <h3>Scores</h3>
          <figure class="grade-chart">
            <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} aria-hidden="true" focusable="false">
              <line
                class="grade-chart-base"
                x1={BOX.pad}
                x2={BOX.width - BOX.pad}
                y1={BOX.height - BOX.labelHeight}
                y2={BOX.height - BOX.labelHeight}
              />
              {bars.map((bar) => (
                <g key={bar.label}>
                  <rect class="grade-chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} />
                  {bar.count > 0 && (
                    <text class="grade-chart-count" x={bar.middle} y={bar.y - 3} text-anchor="middle">
                      {bar.count}
                    </text>
                  )}
                </g>
              ))}
              {bars.map((bar) => (
                <text key={bar.label} class="grade-chart-label" x={bar.middle} y={BOX.height - BOX.labelHeight + 12} text-anchor="middle">
                  {bar.tick}
                </text>
              ))}
              <text class="grade-chart-label" x={BOX.width / 2} y={BOX.height - 3} text-anchor="middle">
                {view.analysis.distribution.axis}
              </text>
            </svg>
            <figcaption>{view.analysis.distribution.summary}</figcaption>
          </figure>

          <h3>Per question</h3>
          <div class="grade-table-wrap" role="region" aria-labelledby="grade-questions-caption" tabindex={0}>
            <table class="grade-table grade-questions">
              <caption id="grade-questions-caption">Each question: share of the class right, and the wrong choice made most often</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Right</th>
                  <th scope="col">Most common wrong choice</th>
                </tr>
              </thead>
              <tbody>
                {view.analysis.questions.map((question, index) => (
                  <tr key={question.id}>
                    <th scope="row">
                      Q{index + 1}. {bank.questions.get(question.id)?.prompt ?? question.id}
                    </th>
                    <td>
                      {percentOf(question.share)} ({question.right} of {question.learners})
                    </td>
                    <td>{question.commonWrong ? `${question.commonWrong.words} (${question.commonWrong.count})` : 'none'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3>Objectives the class missed</h3>
          {missed.length === 0 ? (
            <p>None: the class reached the pass mark on every objective these questions check.</p>
          ) : (
            <ul class="grade-missed">
              {missed.map((objective) => (
                <li key={`${objective.lesson}/${objective.objective}`}>
                  {objectiveWords(objective.lesson, objective.objective)} — {percentOf(objective.share)} right ({objective.right} of{' '}
                  {objective.answers} answers)
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
