import { useRef, useState } from 'preact/hooks';
import type { AssignmentRecord } from '../../lib/progress/assignmentRecord';
import { QrCode } from '../teach/QrCode';

interface Props {
  record: AssignmentRecord;
  /** Whether the link carries the teacher's key (without it there is no code to send). */
  hasKey: boolean;
  /** Sealing the code failed. */
  failed: boolean;
  idPrefix: string;
  /** Shown on its own (after a reload): with its own heading. */
  heading?: boolean;
}

const when = (at: number) =>
  new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What the learner hands in: the result code, with a Copy button and plain words on what it holds. */
export function HandInPanel({ record, hasKey, failed, idPrefix, heading = false }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const { handedIn } = record;
  if (!handedIn) return null;
  const code = handedIn.code;

  const copy = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setStatus('Copied. Now paste it into a message to your teacher.');
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('Your browser did not let the page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  };

  return (
    <div class="assignment-handin">
      {heading ? <h3>Handed in</h3> : null}
      <p>
        Handed in on {when(handedIn.at)}
        {record.name ? ` as ${record.name}` : ''}.
      </p>
      {!hasKey ? (
        <p>Your teacher's link collects no results, so there is no code to send: your answers stay in this browser only.</p>
      ) : code ? (
        <>
          <label for={`${idPrefix}-code`}>Your result code</label>
          <textarea id={`${idPrefix}-code`} ref={field} class="assignment-code" readOnly rows={4} value={code} />
          <div class="quiz-actions">
            <button type="button" class="button" onClick={() => void copy()}>
              Copy the code
            </button>
          </div>
          <QrCode text={code} what="the result code" />
          <p class="quiz-hint" aria-live="polite">
            {status}
          </p>
          <p>
            <strong>Send this code to your teacher</strong> (by message or email, as they asked). It holds your name and your answers,
            sealed so that only your teacher can open it: classmates who see it cannot read it.
          </p>
        </>
      ) : failed ? (
        <p class="quiz-notice" role="alert">
          Your result code could not be made. Reload the page to try again; your answers are saved in this browser.
        </p>
      ) : (
        <p role="status">Making your result code…</p>
      )}
    </div>
  );
}
