import '../../styles/dialog.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { COURSE_NAME } from '../../lib/courseName';
import type { CourseOutline } from '../../lib/progress/courseOutline';
import type { ImportChange, ProgressFile } from '../../lib/progress/progressFile';
import { resetAllProgress } from '../../lib/progress/allRecords';
import { $storageState } from '../../lib/progress/progressStore';
import { recordNames } from '../../lib/progress/recordNames';
import { browserStorage } from '../../lib/progress/storageArea';
import { progressItems } from '../../lib/progress/storageItems';
import { storageProtection, type StorageProtection } from '../../lib/progress/storageProtection';

/** The file's code (with every record reader and join) loads only when the learner exports or imports. */
const loadFileCode = () => import('./progressFileCode');

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; message: string }
  | { step: 'preview'; fileName: string; file: ProgressFile; changes: ImportChange[]; unchanged: number }
  | { step: 'done'; message: string };

const PROTECTION_WORDS: Record<StorageProtection, string> = {
  unknown: 'Checking how this browser keeps your progress…',
  persistent: 'This browser has agreed to keep your progress: it will not delete it on its own, even when space runs low.',
  'best-effort':
    'This browser may delete your progress on its own when space runs low or, in Safari, after seven days without a visit. Exporting it to a file keeps a copy that is safe.',
  unsupported: 'This browser does not say whether it will keep your progress. Exporting it to a file keeps a copy that is safe.',
};

/**
 * Your data: where progress is kept and how to keep it safe, export to a file, import from one (validated,
 * previewed, merged, all or nothing), and reset behind a confirmation.
 */
export function DataControls({ outline, started }: { outline: CourseOutline; started: boolean }) {
  const storageState = useStore($storageState);
  const [protection, setProtection] = useState<StorageProtection>('unknown');
  const [askResult, setAskResult] = useState('');
  const [exportMessage, setExportMessage] = useState('');
  const [importing, setImporting] = useState<ImportState>({ step: 'idle' });
  const [resetMessage, setResetMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const importHeading = useRef<HTMLHeadingElement>(null);
  const importStatus = useRef<HTMLParagraphElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const saving = storageState === 'saving';

  useEffect(() => void storageProtection(navigator.storage).then(setProtection), []);
  // Move focus to what the last step brought: the preview, or its outcome.
  useEffect(() => {
    if (importing.step === 'preview') importHeading.current?.focus();
    if (importing.step === 'refused' || importing.step === 'done') importStatus.current?.focus();
  }, [importing.step]);

  const askToKeep = async () => {
    const granted = await navigator.storage?.persist?.().catch(() => false);
    setProtection(granted ? 'persistent' : await storageProtection(navigator.storage));
    setAskResult(
      granted
        ? 'Granted: this browser will keep your progress.'
        : 'Not granted. Browsers decide for themselves; many agree for sites you visit often or have installed. Export your progress to keep a copy.',
    );
  };

  const exportFile = async () => {
    const { exportProgress } = await loadFileCode();
    const now = new Date();
    const url = URL.createObjectURL(new Blob([exportProgress(progressItems(), COURSE_NAME, now)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `digital-ecosystems-progress-${now.toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setExportMessage(`Exported to ${link.download}. Keep it somewhere safe, or import it in another browser.`);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setImporting({ step: 'reading' });
    const { readProgressFile, planImport } = await loadFileCode();
    const text = await file.text().catch(() => undefined);
    if (text === undefined) return setImporting({ step: 'refused', message: 'The file could not be read. Nothing was changed.' });
    const reading = readProgressFile(text, COURSE_NAME);
    if (!reading.ok) return setImporting({ step: 'refused', message: reading.problem.message });
    const plan = planImport(progressItems(), reading.file, recordNames(outline));
    if (!plan.ok) return setImporting({ step: 'refused', message: plan.problem.message });
    if (plan.changes.length === 0)
      return setImporting({ step: 'done', message: `Nothing new: everything in ${file.name} is already here. Nothing was changed.` });
    setImporting({ step: 'preview', fileName: file.name, file: reading.file, changes: plan.changes, unchanged: plan.unchanged });
  };

  const applyFile = async (file: ProgressFile) => {
    const { applyImport, planImport, showImported } = await loadFileCode();
    // Planned again against what storage holds now: another tab may have saved progress since the preview.
    const plan = planImport(progressItems(), file, recordNames(outline));
    if (!plan.ok) return setImporting({ step: 'refused', message: plan.problem.message });
    const { writes } = plan;
    const storage = browserStorage();
    const result = storage ? applyImport(storage, writes) : { ok: false as const, reason: 'blocked' as const };
    if (!result.ok) {
      setImporting({
        step: 'refused',
        message:
          result.reason === 'full'
            ? "There is not enough room in this browser's storage for this progress. Nothing was changed."
            : 'This browser refused to save the progress. Nothing was changed.',
      });
      return;
    }
    showImported(writes);
    setImporting({ step: 'done', message: `Imported: ${writes.length} ${writes.length === 1 ? 'record' : 'records'} updated.` });
  };

  const reset = () => {
    dialog.current?.close();
    setResetMessage(
      resetAllProgress()
        ? 'All your progress in this browser has been deleted.'
        : 'This browser refused to delete its saved progress. Try clearing this site’s data in the browser’s settings.',
    );
  };

  return (
    <section class="progress-panel progress-data" aria-labelledby="progress-data-heading">
      <h2 id="progress-data-heading">Your data</h2>
      <p>
        Your progress never leaves this device unless you export it. There is no account and no server: it lives in this browser’s storage,
        for this site only.
      </p>
      <p role="status">{PROTECTION_WORDS[protection]}</p>
      {protection === 'best-effort' && (
        <div class="quiz-actions">
          <button type="button" class="button secondary" onClick={() => void askToKeep()}>
            Ask the browser to keep my progress
          </button>
        </div>
      )}
      {askResult && <p>{askResult}</p>}

      <h3>Export</h3>
      <p>Save all your progress to a file: to keep a copy, or to carry on in another browser or on another device.</p>
      <div class="quiz-actions">
        <button type="button" class="button" onClick={() => void exportFile()}>
          Export my progress
        </button>
      </div>
      <p role="status">{exportMessage}</p>

      <h3>Import</h3>
      <p>
        Bring in progress exported from this course. It is added to what is here: best scores are kept, and attempts already here are never
        counted twice.
      </p>
      {!saving && (
        <p class="quiz-notice">This browser is not saving progress right now (see the notice above), so importing is switched off.</p>
      )}
      <div class="quiz-actions">
        <label class="button secondary file-button">
          Choose a progress file…
          <input
            ref={fileInput}
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            disabled={!saving || importing.step === 'reading'}
            onChange={(event) => {
              const input = event.currentTarget;
              void readFile(input.files?.[0]);
              input.value = '';
            }}
          />
        </label>
      </div>
      {importing.step === 'preview' && (
        <div class="import-preview">
          <h4 ref={importHeading} tabindex={-1}>
            What importing {importing.fileName} will change
          </h4>
          <ul>
            {importing.changes.map((change) => (
              <li>{change.summary}</li>
            ))}
          </ul>
          {importing.unchanged > 0 && (
            <p>
              {importing.unchanged} {importing.unchanged === 1 ? 'record is' : 'records are'} already up to date.
            </p>
          )}
          <div class="quiz-actions">
            <button type="button" class="button" onClick={() => void applyFile(importing.file)}>
              Import these changes
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setImporting({ step: 'done', message: 'Import cancelled. Nothing was changed.' });
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p ref={importStatus} tabindex={-1} role="status" class={importing.step === 'refused' ? 'quiz-notice' : undefined}>
        {importing.step === 'reading'
          ? 'Reading the file…'
          : importing.step === 'refused' || importing.step === 'done'
            ? importing.message
            : ''}
      </p>

      <h3>Start again</h3>
      <p>
        Delete all your progress in this browser: lessons read, scores, games, answers and reviews. Export first if you may want it back.
      </p>
      <div class="quiz-actions">
        <button type="button" class="button danger" disabled={!started} onClick={() => dialog.current?.showModal()}>
          Reset all progress…
        </button>
      </div>
      <p role="status">{resetMessage}</p>
      <dialog ref={dialog} class="modal-dialog" aria-labelledby="reset-heading" aria-describedby="reset-text">
        <h2 id="reset-heading">Delete all your progress?</h2>
        <p id="reset-text">Everything this browser keeps for this course goes, and it cannot be undone unless you have exported it.</p>
        <div class="quiz-actions">
          <button type="button" class="button danger" onClick={reset}>
            Delete all my progress
          </button>
          <button type="button" class="button secondary" onClick={() => dialog.current?.close()}>
            Keep it
          </button>
        </div>
      </dialog>
    </section>
  );
}
