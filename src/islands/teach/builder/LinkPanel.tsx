import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assignment } from '../../../lib/teach/assignment';
import { assignmentUrl, type BuilderProblems } from '../../../lib/teach/builder';
import { printUrl } from '../../../lib/teach/printLink';
import type { NumberedBank } from '../../../lib/teach/questionIndex';
import { downloadFile } from '../downloadFile';
import { CopyButton } from './fields';
import { loadLinkCode } from './loadLinkCode';
import type { SavedAssignment } from '../../../lib/teach/builder';

interface Props {
  /** The assignment as set now, without the key (the same object until the form changes). */
  assignment: Assignment;
  problems: BuilderProblems;
  /** The teacher has tried to make the link: the summary lists what stops it. */
  tried: boolean;
  /** Called when the teacher tries to make the link: the fields then show their problems. */
  onTry: () => void;
  bank: NumberedBank;
  assignmentPage: string;
  printPage: string;
  /** The key file kept in this browser (or for this page, when the browser refuses to keep it). */
  keyFile: string | null;
  onKeyFile: (text: string) => boolean;
  onMade: (entry: SavedAssignment) => boolean;
}

interface MadeLink {
  /** The assignment this link was made from: a link is shown only while the form still says the same. */
  from: Assignment;
  url: string;
  fragment: string;
  title: string;
  /** The key was made with this link, so the teacher should save its file now. */
  newKey: boolean;
  stored: boolean;
  /** Draws the link's QR code: comes with the link's code, so the page's first load carries none of it. */
  QrSvg: typeof import('../qrDrawing').QrSvg;
}

/**
 * Step 4: make the link. The teacher's key is made with the first link and kept in this browser; a key file
 * saved elsewhere can be loaded instead, so links made on two devices open with one key.
 */
export function LinkPanel(props: Props) {
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<MadeLink | undefined>();
  const [message, setMessage] = useState('');
  // The new key's file was downloaded from the warning: it turns into a plain note.
  const [keySaved, setKeySaved] = useState(false);
  const keySavedRef = useRef<HTMLParagraphElement>(null);
  // The button pressed is gone with the warning: focus goes to the note that replaces it.
  useEffect(() => {
    if (keySaved) keySavedRef.current?.focus();
  }, [keySaved]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const { problems } = props;
  // A link made from other settings or questions is out of date: shown no more (it is still in the saved list).
  const current = made && made.from === props.assignment ? made : undefined;

  const makeLink = async () => {
    props.onTry();
    setMessage('');
    if (problems.all.length > 0) {
      setMade(undefined);
      summaryRef.current?.focus();
      return;
    }
    const from = props.assignment;
    setBusy(true);
    try {
      const code = await loadLinkCode();
      const kept = props.keyFile === null ? undefined : await code.readTeacherKeyFile(props.keyFile);
      let key = kept?.ok ? kept.key : undefined;
      let stored = true;
      if (!key) {
        key = await code.createTeacherKey();
        stored = props.onKeyFile(await code.teacherKeyFile(key));
      }
      const link = await code.encodeAssignmentLink({ ...from, teacherKey: key.publicKey }, props.bank);
      const url = assignmentUrl(location.href, props.assignmentPage, link.fragment);
      const listed = props.onMade({
        id: link.assignmentId,
        title: from.title,
        created: new Date().toISOString(),
        questionCount: from.questionIds.length,
        url,
      });
      setKeySaved(false);
      setMade({ from, url, fragment: link.fragment, title: from.title, newKey: !kept?.ok, stored: stored && listed, QrSvg: code.QrSvg });
      setMessage(`The link for "${from.title}" is ready below.`);
    } catch (error) {
      console.error('The link could not be made:', error);
      setMessage('Sorry, the link could not be made in this browser. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="teach-panel" aria-labelledby="teach-link-heading">
      <h2 id="teach-link-heading">4. Make the link</h2>
      <p>
        The link holds the whole assignment; nothing is sent to a server. Learners open it, take the assignment and hand you back a result
        code. Each code is sealed with your key: classmates cannot read each other's answers. But anyone who has the link can hand in a code
        under any name.
      </p>
      {/* While the warning below asks for the new key's file, its button is the one to press. */}
      <KeyPanel keyFile={props.keyFile} onKeyFile={props.onKeyFile} offerDownload={!(current?.newKey && !keySaved)} />
      <div class="teach-summary" ref={summaryRef} tabIndex={-1} aria-live="polite">
        {props.tried && problems.all.length > 0 && (
          <>
            <p class="field-error">Fix {problems.all.length === 1 ? 'this' : `these ${problems.all.length} things`} to make the link:</p>
            <ul>
              {problems.all.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          </>
        )}
        {message && <p>{message}</p>}
      </div>
      <button type="button" class="button" onClick={() => void makeLink()} disabled={busy}>
        {busy ? 'Making the link…' : 'Make the link'}
      </button>
      {current && (
        <div class="teach-made">
          {current.newKey &&
            (keySaved ? (
              <p class="teach-key-saved" ref={keySavedRef} tabIndex={-1}>
                Your key file is downloading as teacher-key.json. Keep it somewhere safe: it opens the result codes on any device.
              </p>
            ) : (
              <div class="teach-key-warning">
                <p>
                  <strong>Save your key file now.</strong> This browser has made your teacher's key and keeps it. Without the key file, the
                  result codes cannot be opened on another device, or here after clearing the browser's data.
                </p>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    // The note that replaces the warning says where the file went: no second message.
                    downloadKeyFile(props.keyFile, () => undefined);
                    setKeySaved(true);
                  }}
                >
                  Download my key file
                </button>
              </div>
            ))}
          {!current.stored && (
            <p class="field-error">
              This browser would not store your key or this link: copy the link and download your key file now, they will be gone after you
              leave the page.
            </p>
          )}
          <label for="teach-link">The link for learners</label>
          <div class="teach-copy-row">
            <input
              id="teach-link"
              ref={linkRef}
              type="text"
              readOnly
              value={current.url}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton text={current.url} field={linkRef} onResult={setMessage} label="Copy the link" />
          </div>
          <p>
            <a href={printUrl(location.href, props.printPage, current.fragment)}>Print a worksheet and answer key</a>
          </p>
          <current.QrSvg text={current.url} what="the link for learners" />
        </div>
      )}
    </section>
  );
}

/** Saves the teacher's key file, made in this browser; says so, or that there is none yet. */
export function downloadKeyFile(keyFile: string | null, say: (message: string) => void): void {
  if (keyFile === null) return say('There is no key in this browser yet: make a link first.');
  downloadFile(keyFile, 'teacher-key.json', 'application/json');
  say('Your key file is downloading as teacher-key.json. Keep it somewhere safe.');
}

/** A key file waiting for the teacher's choice, with the prompt that asks (it came with the key file's code). */
type Pending = { text: string; name: string; Prompt: typeof import('./ReplaceKeyPrompt').ReplaceKeyPrompt } | undefined;

/**
 * The teacher's key: whether this browser keeps one, its file to download, and a key file from elsewhere to
 * use instead. Replacing a different key asks first: codes for links made with it then need its file.
 */
function KeyPanel({
  keyFile,
  onKeyFile,
  offerDownload,
}: {
  keyFile: string | null;
  onKeyFile: (text: string) => boolean;
  offerDownload: boolean;
}) {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<Pending>();

  const adopt = (text: string, name: string) => {
    setPending(undefined);
    setMessage(
      onKeyFile(text)
        ? `This browser now keeps the key from ${name}: new links are sealed to it.`
        : `This browser would not keep the key from ${name}: it is used on this page until you leave it.`,
    );
  };

  const loadKeyFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(undefined);
    const code = await loadLinkCode();
    const text = await file.text();
    const read = await code.readTeacherKeyFile(text);
    if (!read.ok) return setMessage(`${file.name} cannot be used: ${read.message}`);
    const kept = keyFile === null ? undefined : await code.readTeacherKeyFile(keyFile);
    if (!kept?.ok) return adopt(text, file.name);
    if (code.sameKey(kept.key, read.key)) return setMessage(`${file.name} holds the key this browser already keeps.`);
    setPending({ text, name: file.name, Prompt: code.ReplaceKeyPrompt });
    setMessage('');
  };

  return (
    <div class="teach-key">
      <h3>Your key</h3>
      <p>
        {keyFile === null
          ? 'No key yet: your first link makes one, kept in this browser. If you saved a key file on another device, use it here so all your links open with one key.'
          : 'This browser keeps your teacher’s key; every link made here is sealed to it.'}
      </p>
      {pending ? (
        <pending.Prompt
          name={pending.name}
          onDownloadCurrent={() => downloadKeyFile(keyFile, setMessage)}
          onReplace={() => adopt(pending.text, pending.name)}
          onKeep={() => {
            setPending(undefined);
            setMessage('Kept the current key.');
          }}
        />
      ) : (
        keyFile !== null &&
        offerDownload && (
          <button type="button" class="button secondary" onClick={() => downloadKeyFile(keyFile, setMessage)}>
            Download my key file
          </button>
        )
      )}
      <div class="teach-field">
        <label for="teach-key-file">Use a key file you saved before (.json)</label>
        <input
          id="teach-key-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void loadKeyFile(event.currentTarget)}
        />
      </div>
      <p class="teach-status" role="status">
        {message}
      </p>
    </div>
  );
}
