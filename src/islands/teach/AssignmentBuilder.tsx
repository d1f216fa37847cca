import '../../styles/teach.css';
import '../../styles/qr.css';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  assignmentOf,
  builderProblems,
  choosableQuestions,
  DEFAULT_SETTINGS,
  isEmptyDraft,
  previewOf,
  readDraft,
  readSavedAssignments,
  withoutSaved,
  withRestored,
  withSaved,
  type BuilderField,
  type BuilderSettings,
  type SavedAssignment,
  type TeachLesson,
} from '../../lib/teach/builder';
import {
  readStored,
  removeStored,
  TEACHER_ASSIGNMENTS_KEY,
  TEACHER_DRAFT_KEY,
  TEACHER_KEY_KEY,
  writeStored,
} from '../../lib/teach/teacherStorage';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { WithTeachBank, type TeachBank } from './TeachBank';
import { AssignmentPreview } from './builder/AssignmentPreview';
import { ExportPanel } from './builder/ExportPanel';
import { LinkPanel } from './builder/LinkPanel';
import { QuestionPicker } from './builder/QuestionPicker';
import { SavedAssignments } from './builder/SavedAssignments';
import { SettingsForm } from './builder/SettingsForm';

interface Props {
  lessons: TeachLesson[];
  bankUrl: string;
  indexUrl: string;
  /** The learner's assignment page, as the build names it (the link is this plus `#fragment`). */
  assignmentPage: string;
  /** The worksheet and answer key page, opened with the same fragment. */
  printPage: string;
}

/**
 * The teacher's assignment builder (/teach/): choose questions, set the assignment, see what learners will
 * see, make the link (with the teacher's key, made once and kept in this browser), keep the links made
 * here, and export the questions for Moodle. Everything happens in this browser; nothing is sent anywhere.
 * This component holds the draft; each step is its own component.
 */
export default function AssignmentBuilder(props: Props) {
  return (
    <ErrorBoundary activity="teach">
      <WithTeachBank bankUrl={props.bankUrl} indexUrl={props.indexUrl}>
        {(loaded) => <Builder {...props} {...loaded} />}
      </WithTeachBank>
    </ErrorBoundary>
  );
}

function Builder({ lessons, assignmentPage, printPage, questions, bank }: Props & TeachBank) {
  const choosable = useMemo(() => choosableQuestions(questions, bank.index), [questions, bank]);
  // The draft kept from the last visit (a reload, a closed tab), if it holds anything.
  const [kept] = useState(() => {
    const draft = readDraft(readStored(TEACHER_DRAFT_KEY), new Set(choosable.map((question) => question.id)));
    return draft && !isEmptyDraft(draft) ? draft : undefined;
  });
  const [chosen, setChosen] = useState<string[]>(kept?.chosen ?? []);
  const [settings, setSettings] = useState<BuilderSettings>(kept?.settings ?? DEFAULT_SETTINGS);
  const [draftNote, setDraftNote] = useState(kept !== undefined);
  useEffect(() => {
    const draft = { chosen, settings };
    if (isEmptyDraft(draft)) removeStored(TEACHER_DRAFT_KEY);
    else writeStored(TEACHER_DRAFT_KEY, JSON.stringify(draft));
  }, [chosen, settings]);
  const startAfresh = () => {
    setChosen([]);
    setSettings(DEFAULT_SETTINGS);
    setTried(false);
    setDraftNote(false);
  };
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<SavedAssignment[]>(() => readSavedAssignments(readStored(TEACHER_ASSIGNMENTS_KEY)));
  // The key file as this page uses it: what storage keeps, or (when the browser refuses to keep it) the page's own copy.
  const [keyFile, setKeyFile] = useState<string | null>(() => readStored(TEACHER_KEY_KEY));

  const assignment = useMemo(() => assignmentOf(settings, chosen), [settings, chosen]);
  const problems = builderProblems(settings, chosen, bank);
  const errorsOf = (field: BuilderField) => (tried ? (problems.byField[field] ?? []) : []);
  // The note about a kept draft goes at the first change: from then on the form says what the draft is.
  const set = <K extends keyof BuilderSettings>(key: K, value: BuilderSettings[K]) => {
    setSettings((current) => ({ ...current, [key]: value }));
    setDraftNote(false);
  };
  const choose = (next: string[]) => {
    setChosen(next);
    setDraftNote(false);
  };

  const persistSaved = (next: SavedAssignment[]) => {
    setSaved(next);
    return writeStored(TEACHER_ASSIGNMENTS_KEY, JSON.stringify(next));
  };
  const keepKeyFile = (text: string) => {
    setKeyFile(text);
    return writeStored(TEACHER_KEY_KEY, text);
  };

  return (
    <div class="teach">
      {draftNote && (
        <div class="teach-draft" role="status">
          <p>
            Your draft from last time is back: {chosen.length} question{chosen.length === 1 ? '' : 's'} chosen
            {settings.title.trim() ? ` for "${settings.title.trim()}"` : ''}, with your settings.
          </p>
          <button type="button" class="button secondary" onClick={startAfresh}>
            Start afresh
          </button>
        </div>
      )}
      <QuestionPicker lessons={lessons} questions={choosable} chosen={chosen} onChoose={choose} errors={errorsOf('questions')} />
      <SettingsForm settings={settings} set={set} errorsOf={errorsOf} />
      <AssignmentPreview preview={previewOf(settings)} chosen={chosen} questions={bank.questions} />
      <LinkPanel
        assignment={assignment}
        problems={problems}
        tried={tried}
        onTry={() => setTried(true)}
        bank={bank}
        assignmentPage={assignmentPage}
        printPage={printPage}
        keyFile={keyFile}
        onKeyFile={keepKeyFile}
        onMade={(entry) => persistSaved(withSaved(saved, entry))}
      />
      <ExportPanel chosen={chosen} title={settings.title} bank={bank} />
      <SavedAssignments
        saved={saved}
        printPage={printPage}
        onDelete={(entry) => persistSaved(withoutSaved(saved, entry.id))}
        onRestore={(entry) => persistSaved(withRestored(saved, entry))}
      />
    </div>
  );
}
