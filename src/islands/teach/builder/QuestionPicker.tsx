import { useMemo, useState } from 'preact/hooks';
import type { QuestionType } from '../../../lib/quiz/questionTypes';
import type { QuizData } from '../../../lib/quiz/quizData';
import {
  drawQuestions,
  filterQuestions,
  NO_FILTER,
  objectiveChoices,
  toggleQuestion,
  TYPE_NAMES,
  type QuestionFilter,
  type TeachLesson,
} from '../../../lib/teach/builder';
import { FieldErrors } from './fields';

interface Props {
  lessons: TeachLesson[];
  /** The questions a link can name (the index's, in bank order). */
  questions: QuizData['questions'];
  chosen: string[];
  onChoose: (next: string[]) => void;
  errors: string[];
}

const randomUnit = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** Step 1: filter the bank by lesson, objective and type, tick questions, or add some drawn at random. */
export function QuestionPicker({ lessons, questions, chosen, onChoose: choose, errors }: Props) {
  const lessonTitles = useMemo(() => new Map(lessons.map((lesson) => [lesson.id, lesson.title])), [lessons]);
  const [filter, setFilter] = useState<QuestionFilter>(NO_FILTER);
  const [drawCount, setDrawCount] = useState('5');
  const [drawLessons, setDrawLessons] = useState<string[]>([]);
  const [drawMessage, setDrawMessage] = useState('');

  const shown = filterQuestions(questions, filter);
  const chosenSet = new Set(chosen);
  const objectives = objectiveChoices(lessons, filter.lesson);
  const drawPool = questions.filter((question) => drawLessons.includes(question.lesson)).map((question) => question.id);
  const draw = () => {
    const count = Number(drawCount);
    if (drawLessons.length === 0) return setDrawMessage('Tick at least one lesson to draw from.');
    if (!Number.isInteger(count) || count < 1) return setDrawMessage('Enter how many questions to draw: a whole number from 1.');
    const next = drawQuestions(chosen, drawPool, count, randomUnit);
    const added = next.length - chosen.length;
    choose(next);
    setDrawMessage(
      added === 0
        ? 'Every question of these lessons is already chosen.'
        : `Added ${added} question${added === 1 ? '' : 's'} at random${added < count ? ` (all that were left in these lessons)` : ''}. ${next.length} chosen in all.`,
    );
  };

  return (
    <section class="teach-panel" aria-labelledby="teach-choose-heading">
      <h2 id="teach-choose-heading">1. Choose the questions</h2>
      <p class="teach-count" role="status">
        {chosen.length} question{chosen.length === 1 ? '' : 's'} chosen
      </p>
      <fieldset class="teach-filter">
        <legend>Show questions from</legend>
        <label>
          Lesson
          <select value={filter.lesson} onChange={(event) => setFilter({ ...filter, lesson: event.currentTarget.value, objective: '' })}>
            <option value="">Every lesson</option>
            {lessons.map((lesson) => (
              <option value={lesson.id} key={lesson.id}>
                {lesson.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Objective
          <select value={filter.objective} onChange={(event) => setFilter({ ...filter, objective: event.currentTarget.value })}>
            <option value="">Every objective</option>
            {objectives.map((objective) => (
              <option value={objective.id} key={objective.id}>
                {objective.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select value={filter.type} onChange={(event) => setFilter({ ...filter, type: event.currentTarget.value as QuestionType | '' })}>
            <option value="">Every type</option>
            {(Object.keys(TYPE_NAMES) as QuestionType[]).map((type) => (
              <option value={type} key={type}>
                {TYPE_NAMES[type]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p class="teach-shown" aria-live="polite">
        Showing {shown.length} of {questions.length} questions.
      </p>
      <div class="teach-list-actions">
        <button type="button" class="button secondary" onClick={() => choose([...new Set([...chosen, ...shown.map((q) => q.id)])])}>
          Choose all {shown.length} shown
        </button>
        <button type="button" class="button secondary" onClick={() => choose([])} disabled={chosen.length === 0}>
          Clear the choice
        </button>
      </div>
      <ul class="teach-questions" aria-label="Questions">
        {shown.map((question) => (
          <li key={question.id}>
            <input
              type="checkbox"
              id={`teach-q-${question.id}`}
              checked={chosenSet.has(question.id)}
              onChange={(event) => choose(toggleQuestion(chosen, question.id, event.currentTarget.checked))}
            />
            <label for={`teach-q-${question.id}`}>
              <span class="teach-prompt">{question.prompt}</span>
              <span class="teach-meta">
                {TYPE_NAMES[question.type]} · {lessonTitles.get(question.lesson) ?? question.lesson}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>No question matches this filter.</p>}

      <fieldset class="teach-draw">
        <legend>Or add questions at random</legend>
        <p class="teach-hint" id="teach-draw-hint">
          Drawn once, here in your browser: the link lists the questions drawn, so every learner gets the same ones.
        </p>
        <div class="teach-draw-lessons" role="group" aria-label="From these lessons">
          {lessons.map((lesson) => (
            <label key={lesson.id} class="teach-check">
              <input
                type="checkbox"
                checked={drawLessons.includes(lesson.id)}
                onChange={(event) =>
                  setDrawLessons(event.currentTarget.checked ? [...drawLessons, lesson.id] : drawLessons.filter((id) => id !== lesson.id))
                }
              />
              {lesson.title}
            </label>
          ))}
        </div>
        <div class="teach-draw-row">
          <label>
            How many
            <input
              type="number"
              min={1}
              max={drawPool.length || undefined}
              inputMode="numeric"
              value={drawCount}
              aria-describedby="teach-draw-hint"
              onInput={(event) => setDrawCount(event.currentTarget.value)}
            />
          </label>
          <button type="button" class="button secondary" onClick={draw}>
            Add at random
          </button>
        </div>
        <p class="teach-status" role="status">
          {drawMessage}
        </p>
      </fieldset>
      <FieldErrors id="teach-questions-errors" errors={errors} />
    </section>
  );
}
