import '../../styles/teach.css';
import '../../styles/qr.css';
import { useMemo, useState } from 'preact/hooks';
import {
  assignmentOf,
  builderProblems,
  choosableQuestions,
  DEFAULT_SETTINGS,
  previewOf,
  readSavedAssignments,
  withoutSaved,
  withSaved,
  type BuilderField,
  type BuilderSettings,
  type SavedAssignment,
  type TeachLesson,
} from '../../lib/teach/builder';
import { readStored, TEACHER_ASSIGNMENTS_KEY, TEACHER_KEY_KEY, writeStored } from '../../lib/teach/teacherStorage';
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
  const [chosen, setChosen] = useState<string[]>([]);
  const [settings, setSettings] = useState<BuilderSettings>(DEFAULT_SETTINGS);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<SavedAssignment[]>(() => readSavedAssignments(readStored(TEACHER_ASSIGNMENTS_KEY)));
  // The key file as this page uses it: what storage keeps, or (when the browser refuses to keep it) the page's own copy.
  const [keyFile, setKeyFile] = useState<string | null>(() => readStored(TEACHER_KEY_KEY));

  const assignment = useMemo(() => assignmentOf(settings, chosen), [settings, chosen]);
  const problems = builderProblems(settings, chosen, bank);
  const errorsOf = (field: BuilderField) => (tried ? (problems.byField[field] ?? []) : []);
  const set = <K extends keyof BuilderSettings>(key: K, value: BuilderSettings[K]) =>
    setSettings((current) => ({ ...current, [key]: value }));

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
      <QuestionPicker lessons={lessons} questions={choosable} chosen={chosen} onChoose={setChosen} errors={errorsOf('questions')} />
      <SettingsForm settings={settings} set={set} errorsOf={errorsOf} />
      <AssignmentPreview preview={previewOf(settings, chosen, bank.questions)} />
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
      <SavedAssignments saved={saved} printPage={printPage} onDelete={(entry) => persistSaved(withoutSaved(saved, entry.id))} />
    </div>
  );
}
