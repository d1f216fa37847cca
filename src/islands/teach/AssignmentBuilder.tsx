import '../../styles/teach.css';
import { downloadFile } from './downloadFile';
import '../../styles/qr.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { QuestionIndex } from '../../lib/teach/questionIndex';
import type { NumberedBank } from '../../lib/teach/questionIndex';
import type { QuizData } from '../../lib/quiz/quizData';
import type { QuestionType } from '../../lib/quiz/questionTypes';
import {
  assignmentOf,
  assignmentUrl,
  builderProblems,
  choosableQuestions,
  DEFAULT_SETTINGS,
  drawQuestions,
  fileNameOf,
  filterQuestions,
  NO_FILTER,
  objectiveChoices,
  previewOf,
  readSavedAssignments,
  toggleQuestion,
  TYPE_NAMES,
  withoutSaved,
  withSaved,
  type BuilderField,
  type BuilderSettings,
  type QuestionFilter,
  type SavedAssignment,
  type TeachLesson,
} from '../../lib/teach/builder';
import { INSTRUCTIONS_MAX, TITLE_MAX } from '../../lib/teach/assignmentRules';
import { TEACHER_ASSIGNMENTS_KEY, TEACHER_KEY_KEY } from '../../lib/teach/teacherStorage';
import { readStored, writeStored } from '../../lib/teach/teacherStorage';
import { loadJson } from '../shared/dataSource';
import { ErrorBoundary } from '../shared/ErrorBoundary';

interface Props {
  lessons: TeachLesson[];
  bankUrl: string;
  indexUrl: string;
  /** The learner's assignment page, as the build names it (the link is this plus `#fragment`). */
  assignmentPage: string;
}

const loadLinkCode = () => import('./linkCode');

/**
 * The teacher's assignment builder (/teach/): choose questions, set the assignment, see what learners will
 * see, make the link (with the teacher's key, made once and kept in this browser), keep the links made
 * here, and export the questions for Moodle. Everything happens in this browser; nothing is sent anywhere.
 */
export default function AssignmentBuilder(props: Props) {
  return (
    <ErrorBoundary activity="teach">
      <Loader {...props} />
    </ErrorBoundary>
  );
}

type Loaded = { questions: QuizData['questions']; bank: NumberedBank };

function Loader(props: Props) {
  const [data, setData] = useState<Loaded | 'loading' | 'failed'>('loading');
  useEffect(() => {
    Promise.all([loadJson<QuizData>(props.bankUrl), loadJson<QuestionIndex>(props.indexUrl)])
      .then(([quiz, index]) => {
        const questions = choosableQuestions(quiz.questions, index);
        setData({ questions, bank: { index, questions: new Map(quiz.questions.map((question) => [question.id, question])) } });
      })
      .catch((error: unknown) => {
        console.error('The question bank could not be loaded:', error);
        setData('failed');
      });
  }, [props.bankUrl, props.indexUrl]);
  if (data === 'loading') return <p class="teach-status">Loading the question bank…</p>;
  if (data === 'failed') {
    return (
      <p class="quiz-notice" role="alert">
        The question bank could not be loaded. Check your connection and reload the page.
      </p>
    );
  }
  return <Builder {...props} {...data} />;
}

const randomUnit = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

interface MadeLink {
  url: string;
  title: string;
  /** The key file's text when the key was made with this link (so the teacher saves it now). */
  newKeyFile?: string | undefined;
  stored: boolean;
  /** Draws the link's QR code: comes with the link's code, so the page's first load carries none of it. */
  QrSvg: typeof import('./qrDrawing').QrSvg;
}

function Builder({ lessons, assignmentPage, questions, bank }: Props & Loaded) {
  const lessonTitles = useMemo(() => new Map(lessons.map((lesson) => [lesson.id, lesson.title])), [lessons]);
  const [filter, setFilter] = useState<QuestionFilter>(NO_FILTER);
  const [chosen, setChosen] = useState<string[]>([]);
  const [drawCount, setDrawCount] = useState('5');
  const [drawLessons, setDrawLessons] = useState<string[]>([]);
  const [drawMessage, setDrawMessage] = useState('');
  const [settings, setSettings] = useState<BuilderSettings>(DEFAULT_SETTINGS);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<MadeLink | undefined>();
  const [linkMessage, setLinkMessage] = useState('');
  const [saved, setSaved] = useState<SavedAssignment[]>(() => readSavedAssignments(readStored(TEACHER_ASSIGNMENTS_KEY)));
  const [listMessage, setListMessage] = useState('');
  const [exportMessage, setExportMessage] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const shown = filterQuestions(questions, filter);
  const chosenSet = new Set(chosen);
  const problems = builderProblems(settings, chosen, bank);
  const preview = previewOf(settings, chosen, bank.questions);
  const errorsOf = (field: BuilderField) => (tried ? (problems.byField[field] ?? []) : []);
  const set = <K extends keyof BuilderSettings>(key: K, value: BuilderSettings[K]) => {
    setSettings((current) => ({ ...current, [key]: value }));
    setMade(undefined);
  };
  const choose = (next: string[]) => {
    setChosen(next);
    setMade(undefined);
  };

  const drawPool = questions.filter((question) => drawLessons.includes(question.lesson)).map((question) => question.id);
  const draw = () => {
    const count = Number(drawCount);
    if (drawLessons.length === 0) return setDrawMessage('Tick at least one lesson to draw from.');
    if (!Number.isInteger(count) || count < 1) return setDrawMessage('Enter how many questions to draw: a whole number from 1.');
    const next = drawQuestions(chosen, drawPool, count, randomUnit);
    const added = next.length - chosen.length;
    choose(next);
    setDrawMessage(
      added === 0
        ? 'Every question of these lessons is already chosen.'
        : `Added ${added} question${added === 1 ? '' : 's'} at random${added < count ? ` (all that were left in these lessons)` : ''}. ${next.length} chosen in all.`,
    );
  };

  const persistSaved = (next: SavedAssignment[]) => {
    setSaved(next);
    return writeStored(TEACHER_ASSIGNMENTS_KEY, JSON.stringify(next));
  };

  const makeLink = async () => {
    setTried(true);
    setLinkMessage('');
    if (problems.all.length > 0) {
      setMade(undefined);
      summaryRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const code = await loadLinkCode();
      let keyFileText = readStored(TEACHER_KEY_KEY);
      let stored = true;
      let key = keyFileText === null ? undefined : await code.readTeacherKeyFile(keyFileText);
      let newKeyFile: string | undefined;
      if (!key || !key.ok) {
        const created = await code.createTeacherKey();
        keyFileText = await code.teacherKeyFile(created);
        newKeyFile = keyFileText;
        stored = writeStored(TEACHER_KEY_KEY, keyFileText);
        key = { ok: true, key: created };
      }
      const assignment = { ...assignmentOf(settings, chosen), teacherKey: key.key.publicKey };
      const link = await code.encodeAssignmentLink(assignment, bank);
      const url = assignmentUrl(location.href, assignmentPage, link.fragment);
      const listed = persistSaved(
        withSaved(saved, {
          id: link.assignmentId,
          title: assignment.title,
          created: new Date().toISOString(),
          questionCount: chosen.length,
          url,
        }),
      );
      setMade({ url, title: assignment.title, newKeyFile, stored: stored && listed, QrSvg: code.QrSvg });
      setLinkMessage(`The link for "${assignment.title}" is ready below.`);
    } catch (error) {
      console.error('The link could not be made:', error);
      setLinkMessage('Sorry, the link could not be made in this browser. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };

  const downloadKey = async () => {
    const text = made?.newKeyFile ?? readStored(TEACHER_KEY_KEY);
    if (!text) return setLinkMessage('There is no key in this browser yet: make a link first.');
    downloadFile(text, 'teacher-key.json', 'application/json');
    setLinkMessage('Your key file is downloading as teacher-key.json. Keep it somewhere safe.');
  };

  const downloadGift = async () => {
    if (chosen.length === 0) return setExportMessage('Choose at least one question first.');
    const { giftOf } = await loadLinkCode();
    const title = settings.title.trim();
    const name = fileNameOf(title || 'questions', 'gift.txt');
    downloadFile(
      giftOf(
        chosen.map((id) => bank.questions.get(id)!),
        { title: title || undefined },
      ),
      name,
      'text/plain',
    );
    setExportMessage(`Downloading ${chosen.length} question${chosen.length === 1 ? '' : 's'} as ${name}.`);
  };

  const objectives = objectiveChoices(lessons, filter.lesson);

  return (
    <div class="teach">
      <section class="teach-panel" aria-labelledby="teach-choose-heading">
        <h2 id="teach-choose-heading">1. Choose the questions</h2>
        <p class="teach-count" role="status">
          {chosen.length} question{chosen.length === 1 ? '' : 's'} chosen
        </p>
        <fieldset class="teach-filter">
          <legend>Show questions from</legend>
          <label>
            Lesson
            <select value={filter.lesson} onChange={(event) => setFilter({ ...filter, lesson: event.currentTarget.value, objective: '' })}>
              <option value="">Every lesson</option>
              {lessons.map((lesson) => (
                <option value={lesson.id} key={lesson.id}>
                  {lesson.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Objective
            <select value={filter.objective} onChange={(event) => setFilter({ ...filter, objective: event.currentTarget.value })}>
              <option value="">Every objective</option>
              {objectives.map((objective) => (
                <option value={objective.id} key={objective.id}>
                  {objective.text}
                </option>
              ))}
            </select>
          </label>
          <label>
            Type
            <select
              value={filter.type}
              onChange={(event) => setFilter({ ...filter, type: event.currentTarget.value as QuestionType | '' })}
            >
              <option value="">Every type</option>
              {(Object.keys(TYPE_NAMES) as QuestionType[]).map((type) => (
                <option value={type} key={type}>
                  {TYPE_NAMES[type]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <p class="teach-shown" aria-live="polite">
          Showing {shown.length} of {questions.length} questions.
        </p>
        <div class="teach-list-actions">
          <button type="button" class="button secondary" onClick={() => choose([...new Set([...chosen, ...shown.map((q) => q.id)])])}>
            Choose all {shown.length} shown
          </button>
          <button type="button" class="button secondary" onClick={() => choose([])} disabled={chosen.length === 0}>
            Clear the choice
          </button>
        </div>
        <ul class="teach-questions" aria-label="Questions">
          {shown.map((question) => (
            <li key={question.id}>
              <input
                type="checkbox"
                id={`teach-q-${question.id}`}
                checked={chosenSet.has(question.id)}
                onChange={(event) => choose(toggleQuestion(chosen, question.id, event.currentTarget.checked))}
              />
              <label for={`teach-q-${question.id}`}>
                <span class="teach-prompt">{question.prompt}</span>
                <span class="teach-meta">
                  {TYPE_NAMES[question.type]} · {lessonTitles.get(question.lesson) ?? question.lesson}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p>No question matches this filter.</p>}

        <fieldset class="teach-draw">
          <legend>Or add questions at random</legend>
          <p class="teach-hint" id="teach-draw-hint">
            Drawn once, here in your browser: the link lists the questions drawn, so every learner gets the same ones.
          </p>
          <div class="teach-draw-lessons" role="group" aria-label="From these lessons">
            {lessons.map((lesson) => (
              <label key={lesson.id} class="teach-check">
                <input
                  type="checkbox"
                  checked={drawLessons.includes(lesson.id)}
                  onChange={(event) =>
                    setDrawLessons(event.currentTarget.checked ? [...drawLessons, lesson.id] : drawLessons.filter((id) => id !== lesson.id))
                  }
                />
                {lesson.title}
              </label>
            ))}
          </div>
          <div class="teach-draw-row">
            <label>
              How many
              <input
                type="number"
                min={1}
                max={drawPool.length || undefined}
                inputMode="numeric"
                value={drawCount}
                aria-describedby="teach-draw-hint"
                onInput={(event) => setDrawCount(event.currentTarget.value)}
              />
            </label>
            <button type="button" class="button secondary" onClick={draw}>
              Add at random
            </button>
          </div>
          <p class="teach-status" role="status">
            {drawMessage}
          </p>
        </fieldset>
        <FieldErrors id="teach-questions-errors" errors={errorsOf('questions')} />
      </section>

      <section class="teach-panel" aria-labelledby="teach-settings-heading">
        <h2 id="teach-settings-heading">2. Set the assignment</h2>
        <div class="teach-field">
          <label for="teach-title">Title (required)</label>
          <input
            id="teach-title"
            type="text"
            required
            aria-required="true"
            value={settings.title}
            aria-invalid={errorsOf('title').length > 0}
            aria-describedby="teach-title-hint teach-title-errors"
            onInput={(event) => set('title', event.currentTarget.value)}
          />
          <p class="teach-hint" id="teach-title-hint">
            Up to {TITLE_MAX} characters.
          </p>
          <FieldErrors id="teach-title-errors" errors={errorsOf('title')} />
        </div>
        <div class="teach-field">
          <label for="teach-instructions">Instructions (optional)</label>
          <textarea
            id="teach-instructions"
            rows={4}
            value={settings.instructions}
            aria-invalid={errorsOf('instructions').length > 0}
            aria-describedby="teach-instructions-hint teach-instructions-errors"
            onInput={(event) => set('instructions', event.currentTarget.value)}
          />
          <p class="teach-hint" id="teach-instructions-hint">
            Plain text, up to {INSTRUCTIONS_MAX} characters. Learners see it before they start.
          </p>
          <FieldErrors id="teach-instructions-errors" errors={errorsOf('instructions')} />
        </div>
        <div class="teach-field">
          <label for="teach-due">Due date (optional)</label>
          <input
            id="teach-due"
            type="date"
            value={settings.due}
            aria-invalid={errorsOf('due').length > 0}
            aria-describedby="teach-due-errors"
            onInput={(event) => set('due', event.currentTarget.value)}
          />
          <FieldErrors id="teach-due-errors" errors={errorsOf('due')} />
        </div>
        <fieldset class="teach-choice">
          <legend>Question order</legend>
          <Radio name="order" value="fixed" current={settings.order} onPick={(value) => set('order', value)}>
            As chosen
          </Radio>
          <Radio name="order" value="shuffled" current={settings.order} onPick={(value) => set('order', value)}>
            Shuffled for each learner
          </Radio>
        </fieldset>
        <fieldset class="teach-choice">
          <legend>Learners see whether they were right</legend>
          <Radio name="feedback" value="each" current={settings.feedback} onPick={(value) => set('feedback', value)}>
            After each question
          </Radio>
          <Radio name="feedback" value="end" current={settings.feedback} onPick={(value) => set('feedback', value)}>
            At the end
          </Radio>
          <Radio name="feedback" value="graded" current={settings.feedback} onPick={(value) => set('feedback', value)}>
            Only when I grade
          </Radio>
        </fieldset>
        <div class="teach-field">
          <label for="teach-pass">Pass mark (%)</label>
          <input
            id="teach-pass"
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            class="teach-short"
            value={settings.passPercent}
            aria-invalid={errorsOf('passPercent').length > 0}
            aria-describedby="teach-pass-errors"
            onInput={(event) => set('passPercent', event.currentTarget.value)}
          />
          <FieldErrors id="teach-pass-errors" errors={errorsOf('passPercent')} />
        </div>
      </section>

      <section class="teach-panel" aria-labelledby="teach-preview-heading">
        <h2 id="teach-preview-heading">3. Preview: what learners will see</h2>
        <div class="teach-preview">
          <p class="teach-preview-title">{preview.title || 'Untitled assignment'}</p>
          {preview.due && <p>Due: {preview.due}</p>}
          {preview.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <p class="teach-hint">
            {preview.order} {preview.feedback} {preview.passPercent}
          </p>
          {preview.questions.length === 0 ? (
            <p>No questions chosen yet.</p>
          ) : (
            <ol class="teach-preview-questions">
              {preview.questions.map((question) => (
                <li key={question.id}>
                  <p>
                    {question.prompt} <span class="teach-meta">({question.type})</span>
                  </p>
                  {question.hint && <p class="teach-hint">{question.hint}</p>}
                  <ul>
                    {question.items.map((item, index) => (
                      <li key={index}>{item}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </div>
      </section>

      <section class="teach-panel" aria-labelledby="teach-link-heading">
        <h2 id="teach-link-heading">4. Make the link</h2>
        <p>
          The link holds the whole assignment; nothing is sent to a server. Learners open it, take the assignment and hand you back a result
          code. Each code is sealed with your key: classmates cannot read each other's answers. But anyone who has the link can hand in a
          code under any name.
        </p>
        <div class="teach-summary" ref={summaryRef} tabIndex={-1} aria-live="polite">
          {tried && problems.all.length > 0 && (
            <>
              <p class="field-error">Fix {problems.all.length === 1 ? 'this' : `these ${problems.all.length} things`} to make the link:</p>
              <ul>
                {problems.all.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </>
          )}
          {linkMessage && <p>{linkMessage}</p>}
        </div>
        <button type="button" class="button" onClick={() => void makeLink()} disabled={busy}>
          {busy ? 'Making the link…' : 'Make the link'}
        </button>
        {made && (
          <div class="teach-made">
            {made.newKeyFile && (
              <div class="teach-key-warning">
                <p>
                  <strong>Save your key file now.</strong> This browser has made your teacher's key and keeps it. Without the key file, the
                  result codes cannot be opened on another device, or here after clearing the browser's data.
                </p>
                <button type="button" class="button" onClick={() => void downloadKey()}>
                  Download my key file
                </button>
              </div>
            )}
            {!made.stored && (
              <p class="field-error">
                This browser would not store your key or this link: copy the link and download your key file now, they will be gone after
                you leave the page.
              </p>
            )}
            <label for="teach-link">The link for learners</label>
            <div class="teach-copy-row">
              <input
                id="teach-link"
                ref={linkRef}
                type="text"
                readOnly
                value={made.url}
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton text={made.url} field={linkRef} onResult={setLinkMessage} label="Copy the link" />
            </div>
            <made.QrSvg text={made.url} what="the link for learners" />
          </div>
        )}
      </section>

      <section class="teach-panel" aria-labelledby="teach-export-heading">
        <h2 id="teach-export-heading">Export the chosen questions</h2>
        <button type="button" class="button secondary" onClick={() => void downloadGift()}>
          Download for Moodle (GIFT)
        </button>
        <p class="teach-status" role="status">
          {exportMessage}
        </p>
      </section>

      <section class="teach-panel" aria-labelledby="teach-saved-heading">
        <h2 id="teach-saved-heading">Assignments made in this browser</h2>
        <p class="teach-hint">Kept in this browser only. Your key was made here too: keep its file safe to open codes elsewhere.</p>
        {saved.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul class="teach-saved">
            {saved.map((entry) => (
              <SavedEntry
                key={entry.id}
                entry={entry}
                onMessage={setListMessage}
                onDelete={() => {
                  persistSaved(withoutSaved(saved, entry.id));
                  setListMessage(`Removed "${entry.title}" from this list. Links already handed out still work.`);
                }}
              />
            ))}
          </ul>
        )}
        {readStored(TEACHER_KEY_KEY) !== null && (
          <button type="button" class="button secondary" onClick={() => void downloadKey()}>
            Download my key file again
          </button>
        )}
        <p class="teach-status" role="status">
          {listMessage}
        </p>
      </section>
    </div>
  );
}

function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  return (
    <div id={id} class="teach-errors">
      {errors.map((error, index) => (
        <p class="field-error" key={index}>
          {error}
        </p>
      ))}
    </div>
  );
}

function Radio<T extends string>(props: { name: string; value: T; current: T; onPick: (value: T) => void; children: string }) {
  return (
    <label class="teach-check">
      <input
        type="radio"
        name={`teach-${props.name}`}
        value={props.value}
        checked={props.current === props.value}
        onChange={() => props.onPick(props.value)}
      />
      {props.children}
    </label>
  );
}

function CopyButton(props: {
  text: string;
  field: { current: HTMLInputElement | null };
  onResult: (message: string) => void;
  label: string;
  /** The button's name where its visible label alone is ambiguous (one Copy per saved link); starts with the label. */
  name?: string;
}) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      props.onResult('Copied the link.');
    } catch {
      props.field.current?.focus();
      props.field.current?.select();
      props.onResult('This browser would not copy it: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };
  return (
    <button type="button" class="button secondary" onClick={() => void copy()} aria-label={props.name}>
      {props.label}
    </button>
  );
}

function SavedEntry({
  entry,
  onMessage,
  onDelete,
}: {
  entry: SavedAssignment;
  onMessage: (message: string) => void;
  onDelete: () => void;
}) {
  const field = useRef<HTMLInputElement>(null);
  const id = `teach-saved-${entry.id}`;
  const date = new Date(entry.created).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <li>
      <p class="teach-saved-title">{entry.title}</p>
      <p class="teach-meta">
        Made {date} · {entry.questionCount} question{entry.questionCount === 1 ? '' : 's'}
      </p>
      <label for={id} class="visually-hidden">
        Link for {entry.title}
      </label>
      <div class="teach-copy-row">
        <input id={id} ref={field} type="text" readOnly value={entry.url} onFocus={(event) => event.currentTarget.select()} />
        <CopyButton text={entry.url} field={field} onResult={onMessage} label="Copy" name={`Copy the link to "${entry.title}"`} />
        <button type="button" class="button secondary" onClick={onDelete} aria-label={`Delete "${entry.title}" from this list`}>
          Delete
        </button>
      </div>
    </li>
  );
}
