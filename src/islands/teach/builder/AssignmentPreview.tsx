import { useEffect } from 'preact/hooks';
import type { AssignmentPreview as Preview } from '../../../lib/teach/builder';
import type { Question } from '../../../lib/quiz/questionTypes';
import { useLoadOnDemand } from '../../shared/loadOnDemand';

/** The questions' part of the preview needs every question type's module: loaded with the first question chosen. */
const loadPreviewQuestions = () => import('../../../lib/teach/previewQuestions');

/** Step 3: the assignment as learners will meet it, from `previewOf` (text only: nothing typed becomes HTML). */
export function AssignmentPreview({
  preview,
  chosen,
  questions,
}: {
  preview: Preview;
  chosen: string[];
  questions: ReadonlyMap<string, Question>;
}) {
  const { loaded, failed, load } = useLoadOnDemand(loadPreviewQuestions, 'The preview of the questions');
  const wanted = chosen.length > 0;
  useEffect(() => {
    if (wanted && !loaded) void load();
    // Loads once, the first time a question is chosen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);
  const shown = loaded?.previewQuestions(chosen, questions) ?? [];
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
        {!wanted ? (
          <p>No questions chosen yet.</p>
        ) : failed ? (
          <p class="quiz-notice" role="alert">
            The questions' preview could not be loaded. Check your connection, then choose a question again.
          </p>
        ) : (
          <ol class="teach-preview-questions">
            {shown.map((question) => (
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
