/**
 * Asked when a key file holds a different key from the one this browser keeps: replacing it means codes for
 * links made with the current key open only with its file. Loaded with the key file's code (linkCode.ts),
 * since only a teacher who loads a key file ever sees it.
 */
export function ReplaceKeyPrompt(props: { name: string; onDownloadCurrent: () => void; onReplace: () => void; onKeep: () => void }) {
  return (
    <div class="teach-key-warning" role="alert">
      <p>
        <strong>{props.name} holds a different key from the one this browser keeps.</strong> If you replace it, result codes for links made
        with the current key open only with its file: download it first if you have not saved it.
      </p>
      <div class="teach-list-actions">
        <button type="button" class="button secondary" onClick={props.onDownloadCurrent}>
          Download the current key
        </button>
        <button type="button" class="button" onClick={props.onReplace}>
          Use the key from {props.name}
        </button>
        <button type="button" class="button secondary" onClick={props.onKeep}>
          Keep the current key
        </button>
      </div>
    </div>
  );
}
