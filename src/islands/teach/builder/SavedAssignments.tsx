import { useRef, useState } from 'preact/hooks';
import type { SavedAssignment } from '../../../lib/teach/builder';
import { madeDayWords } from '../../../lib/teach/dueDayWords';
import { printUrlOfLink } from '../../../lib/teach/printLink';
import { CopyButton } from './fields';

interface Props {
  saved: SavedAssignment[];
  onDelete: (entry: SavedAssignment) => void;
  /** Puts a deleted entry back (the undo after a delete). */
  onRestore: (entry: SavedAssignment) => void;
  printPage: string;
}

/** The links made in this browser: copy one again, print it, or drop it from the list (the link keeps working). */
export function SavedAssignments({ saved, onDelete, onRestore, printPage }: Props) {
  const [message, setMessage] = useState('');
  // The entry just deleted, so the teacher can take it back: deleting asks nothing, undoing is one press.
  const [deleted, setDeleted] = useState<SavedAssignment | undefined>();
  return (
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
              printPage={printPage}
              onMessage={setMessage}
              onDelete={() => {
                onDelete(entry);
                setDeleted(entry);
                setMessage(`Removed "${entry.title}" from this list. Links already handed out still work.`);
              }}
            />
          ))}
        </ul>
      )}
      <div class="teach-list-actions">
        <p class="teach-status" role="status">
          {message}
        </p>
        {deleted && (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              onRestore(deleted);
              setDeleted(undefined);
              setMessage(`"${deleted.title}" is back in the list.`);
            }}
          >
            Undo
          </button>
        )}
      </div>
    </section>
  );
}

function SavedEntry({
  entry,
  printPage,
  onMessage,
  onDelete,
}: {
  entry: SavedAssignment;
  printPage: string;
  onMessage: (message: string) => void;
  onDelete: () => void;
}) {
  const field = useRef<HTMLInputElement>(null);
  const id = `teach-saved-${entry.id}`;
  return (
    <li>
      <p class="teach-saved-title">{entry.title}</p>
      <p class="teach-meta">
        Made {madeDayWords(entry.created)} · {entry.questionCount} question{entry.questionCount === 1 ? '' : 's'}
      </p>
      <label for={id} class="visually-hidden">
        Link for {entry.title}
      </label>
      <div class="teach-copy-row">
        <input id={id} ref={field} type="text" readOnly value={entry.url} onFocus={(event) => event.currentTarget.select()} />
        <CopyButton text={entry.url} field={field} onResult={onMessage} label="Copy" name={`Copy the link to "${entry.title}"`} />
        <a class="button secondary" href={printUrlOfLink(location.href, printPage, entry.url)} aria-label={`Print "${entry.title}"`}>
          Print
        </a>
        <button type="button" class="button secondary" onClick={onDelete} aria-label={`Delete "${entry.title}" from this list`}>
          Delete
        </button>
      </div>
    </li>
  );
}
