import type { BuilderField, BuilderSettings } from '../../../lib/teach/builder';
import { INSTRUCTIONS_MAX, TITLE_MAX } from '../../../lib/teach/assignmentRules';
import { Field, Radio } from './fields';

interface Props {
  settings: BuilderSettings;
  set: <K extends keyof BuilderSettings>(key: K, value: BuilderSettings[K]) => void;
  /** The field's problems, once the teacher has tried to make the link (not while they are still typing). */
  errorsOf: (field: BuilderField) => string[];
}

/** Step 2: title, instructions, due date, question order, when learners see feedback, and the pass mark. */
export function SettingsForm({ settings, set, errorsOf }: Props) {
  return (
    <section class="teach-panel" aria-labelledby="teach-settings-heading">
      <h2 id="teach-settings-heading">2. Set the assignment</h2>
      <Field id="teach-title" label="Title (required)" hint={`Up to ${TITLE_MAX} characters.`} errors={errorsOf('title')}>
        {(aria) => (
          <input
            {...aria}
            type="text"
            required
            aria-required="true"
            value={settings.title}
            onInput={(event) => set('title', event.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        id="teach-instructions"
        label="Instructions (optional)"
        hint={`Plain text, up to ${INSTRUCTIONS_MAX} characters. Learners see it before they start.`}
        errors={errorsOf('instructions')}
      >
        {(aria) => (
          <textarea {...aria} rows={4} value={settings.instructions} onInput={(event) => set('instructions', event.currentTarget.value)} />
        )}
      </Field>
      <Field id="teach-due" label="Due date (optional)" errors={errorsOf('due')}>
        {(aria) => <input {...aria} type="date" value={settings.due} onInput={(event) => set('due', event.currentTarget.value)} />}
      </Field>
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
      <Field id="teach-pass" label="Pass mark (%)" errors={errorsOf('passPercent')}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            min={0}
            max={100}
            step={1}
            inputMode="numeric"
            class="teach-short"
            value={settings.passPercent}
            onInput={(event) => set('passPercent', event.currentTarget.value)}
          />
        )}
      </Field>
    </section>
  );
}
