import type { AssignmentPreview as Preview } from '../../../lib/teach/builder';

/** Step 3: the assignment as learners will meet it, from `previewOf` (text only: nothing typed becomes HTML). */
export function AssignmentPreview({ preview }: { preview: Preview }) {
  return (
    <section class="teach-panel" aria-labelledby="teach-preview-heading">
      <h2 id="teach-preview-heading">3. Preview: what learners will see</h2>
      <div class="teach-preview">
        <p class="teach-preview-title">{preview.title || 'Untitled assignment'}</p>
        {preview.due && <p>Due: {preview.due}</p>}
        {preview.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        <p class="teach-hint">
          {preview.order} {preview.feedback} {preview.passPercent}
        </p>
        {preview.questions.length === 0 ? (
          <p>No questions chosen yet.</p>
        ) : (
          <ol class="teach-preview-questions">
            {preview.questions.map((question) => (
              <li key={question.id}>
                <p>
                  {question.prompt} <span class="teach-meta">({question.type})</span>
                </p>
                {question.hint && <p class="teach-hint">{question.hint}</p>}
                <ul>
                  {question.items.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
