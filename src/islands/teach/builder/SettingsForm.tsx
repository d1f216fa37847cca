import type { BuilderField, BuilderSettings } from '../../../lib/teach/builder';
import { INSTRUCTIONS_MAX, TITLE_MAX } from '../../../lib/teach/assignmentRules';
import { FieldErrors, Radio } from './fields';

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
  );
}
