import type { ComponentChildren } from 'preact';

/** What a field's control carries so its label, hint and problems reach assistive technology. */
interface FieldAria {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string;
}

/**
 * A labelled field with an optional hint and its problems under it; the control (given as a function of the
 * attributes that wire it up) is whatever input the field needs.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  errors: string[];
  children: (aria: FieldAria) => ComponentChildren;
}) {
  const hintId = `${props.id}-hint`;
  const errorsId = `${props.id}-errors`;
  return (
    <div class="teach-field">
      <label for={props.id}>{props.label}</label>
      {props.children({
        id: props.id,
        'aria-invalid': props.errors.length > 0,
        'aria-describedby': props.hint ? `${hintId} ${errorsId}` : errorsId,
      })}
      {props.hint && (
        <p class="teach-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <FieldErrors id={errorsId} errors={props.errors} />
    </div>
  );
}

/** A field's problems, under it; the field names this element's id in its `aria-describedby`. */
export function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
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

export function Radio<T extends string>(props: { name: string; value: T; current: T; onPick: (value: T) => void; children: string }) {
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

/**
 * Copies a link; where the browser refuses (no permission, an old browser), selects the field instead so the
 * teacher can copy it by hand, and says so.
 */
export function CopyButton(props: {
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
