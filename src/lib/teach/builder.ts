import type { Assignment, FeedbackTiming, QuestionOrder } from './assignment';
import { assignmentProblems, plainText } from './assignmentRules';
import { dueDayWords } from './dueDayWords';
import { questionNumbers, type NumberedBank, type QuestionIndex } from './questionIndex';
import type { QuestionType } from '../quiz/questionTypes';
import type { BankQuestion } from '../quiz/quizData';

/*
 * The teacher's assignment builder (/teach/) as plain logic: which questions a filter shows, a random
 * draw the teacher's browser makes once, the assignment the form describes, its problems by field, what
 * learners will see, and the list of links made in this browser. The island only renders what this computes.
 */

/** A lesson as the builder names it: its slug, title and objectives (id and text), from the lessons' frontmatter. */
export interface TeachLesson {
  id: string;
  title: string;
  objectives: { id: string; text: string }[];
}

/** What the question list is narrowed to; '' means any. */
export interface QuestionFilter {
  lesson: string;
  objective: string;
  type: QuestionType | '';
}

export const NO_FILTER: QuestionFilter = { lesson: '', objective: '', type: '' };

/** Each question type in words, for the teacher's list and the filter. */
export const TYPE_NAMES: Record<QuestionType, string> = {
  single: 'Single choice',
  multiple: 'Multiple response',
  truefalse: 'True or false',
  matching: 'Matching',
};

/** The questions a link can name: in the bank and numbered in the index (not retired), in bank order. */
export function choosableQuestions<Q extends BankQuestion>(questions: readonly Q[], index: QuestionIndex): Q[] {
  const numbers = questionNumbers(index);
  return questions.filter((question) => numbers.has(question.id));
}

/** The questions that pass the filter, in bank order. An objective that is not the chosen lesson's matches nothing. */
export function filterQuestions<Q extends BankQuestion>(questions: readonly Q[], filter: QuestionFilter): Q[] {
  return questions.filter(
    (question) =>
      (filter.lesson === '' || question.lesson === filter.lesson) &&
      (filter.objective === '' || question.objective === filter.objective) &&
      (filter.type === '' || question.type === filter.type),
  );
}

/** The objectives the objective filter offers: the chosen lesson's, or every lesson's (each named with its lesson). */
export function objectiveChoices(lessons: readonly TeachLesson[], lesson: string): { id: string; text: string }[] {
  const shown = lesson === '' ? lessons : lessons.filter((entry) => entry.id === lesson);
  return shown.flatMap((entry) =>
    entry.objectives.map((objective) => ({ id: objective.id, text: lesson === '' ? `${entry.title}: ${objective.text}` : objective.text })),
  );
}

/**
 * Adds `count` questions drawn at random from `pool` to `chosen` (none twice, none already chosen), using
 * `random` (uniform in [0, 1)); fewer when the pool runs out. The result is the list of ids the link carries:
 * the draw happens once, here, and is never repeated from a seed.
 */
export function drawQuestions(chosen: readonly string[], pool: readonly string[], count: number, random: () => number): string[] {
  const taken = new Set(chosen);
  const left = [...new Set(pool)].filter((id) => !taken.has(id));
  const wanted = Math.max(0, Math.min(Math.floor(count), left.length));
  // A partial Fisher–Yates shuffle: the first `wanted` places hold a uniform draw.
  for (let place = 0; place < wanted; place++) {
    const pick = place + Math.floor(random() * (left.length - place));
    [left[place], left[pick]] = [left[pick]!, left[place]!];
  }
  return [...chosen, ...left.slice(0, wanted)];
}

/** Ticks a question on or off: on adds it at the end (the teacher's order), off removes it. */
export function toggleQuestion(chosen: readonly string[], id: string, on: boolean): string[] {
  const without = chosen.filter((entry) => entry !== id);
  return on ? [...without, id] : without;
}

/** The settings form as typed: strings, as the fields hold them. */
export interface BuilderSettings {
  title: string;
  instructions: string;
  /** 'YYYY-MM-DD', or '' for no due date. */
  due: string;
  order: QuestionOrder;
  feedback: FeedbackTiming;
  passPercent: string;
}

export const DEFAULT_SETTINGS: BuilderSettings = {
  title: '',
  instructions: '',
  due: '',
  order: 'fixed',
  feedback: 'end',
  passPercent: '70',
};

/** What the builder keeps between visits: the questions chosen, in order, and the settings as typed. */
export interface BuilderDraft {
  chosen: string[];
  settings: BuilderSettings;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ORDERS: readonly string[] = ['fixed', 'shuffled'];
const TIMINGS: readonly string[] = ['each', 'end', 'graded'];

/**
 * A kept draft, read back from storage's text: questions the bank no longer offers are dropped, a setting
 * that is damaged falls back to its default, and anything else gives undefined (start afresh). Never throws.
 */
export function readDraft(text: string | null, offered: ReadonlySet<string>): BuilderDraft | undefined {
  let data: unknown;
  try {
    data = text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || !Array.isArray(data.chosen) || !isRecord(data.settings)) return undefined;
  const chosen = [...new Set(data.chosen.filter((id): id is string => typeof id === 'string' && offered.has(id)))];
  const typed = data.settings;
  const typedText = (key: 'title' | 'instructions' | 'due' | 'passPercent') =>
    typeof typed[key] === 'string' ? (typed[key] as string).slice(0, 10_000) : DEFAULT_SETTINGS[key];
  const settings: BuilderSettings = {
    title: typedText('title'),
    instructions: typedText('instructions'),
    due: /^\d{4}-\d{2}-\d{2}$/.test(typedText('due')) ? typedText('due') : '',
    order: ORDERS.includes(typed.order as string) ? (typed.order as QuestionOrder) : DEFAULT_SETTINGS.order,
    feedback: TIMINGS.includes(typed.feedback as string) ? (typed.feedback as FeedbackTiming) : DEFAULT_SETTINGS.feedback,
    passPercent: typedText('passPercent'),
  };
  return { chosen, settings };
}

/** Whether a draft holds anything worth keeping (a question chosen or a setting changed). */
export const isEmptyDraft = (draft: BuilderDraft): boolean =>
  draft.chosen.length === 0 &&
  (Object.keys(DEFAULT_SETTINGS) as (keyof BuilderSettings)[]).every((key) => draft.settings[key] === DEFAULT_SETTINGS[key]);

/** The pass mark typed, as a number; NaN when it is not a whole number (assignmentProblems then reports it). */
export const passMarkOf = (text: string): number => (/^\s*\d{1,3}\s*$/.test(text) ? Number(text) : NaN);

/** The assignment the form and the chosen questions describe (without the teacher's key: that comes when the link is made). */
export function assignmentOf(settings: BuilderSettings, questionIds: readonly string[]): Assignment {
  return {
    title: settings.title.trim(),
    instructions: settings.instructions.trim(),
    due: settings.due === '' ? undefined : settings.due,
    questionIds: [...questionIds],
    order: settings.order,
    feedback: settings.feedback,
    passPercent: passMarkOf(settings.passPercent),
  };
}

/** The form fields a problem is shown next to. */
export type BuilderField = 'title' | 'instructions' | 'due' | 'passPercent' | 'questions' | 'other';

/** Which field a message of `assignmentProblems` is about. */
export function fieldOf(problem: string): BuilderField {
  if (/^(Give the assignment a title|Shorten the title)/.test(problem)) return 'title';
  if (problem.startsWith('Shorten the instructions')) return 'instructions';
  if (problem.startsWith('The due date')) return 'due';
  if (problem.startsWith('The pass mark')) return 'passPercent';
  if (/^(Choose at|Question ")/.test(problem)) return 'questions';
  return 'other';
}

/** Every problem in the teacher's words, and the same problems by the field that shows them. */
export interface BuilderProblems {
  all: string[];
  byField: Partial<Record<BuilderField, string[]>>;
}

/** The assignment's problems, all of them in order and by field; a pass mark that is not a number is said in words. */
export function builderProblems(settings: BuilderSettings, questionIds: readonly string[], bank: NumberedBank): BuilderProblems {
  const all = assignmentProblems(assignmentOf(settings, questionIds), bank).map((problem) =>
    fieldOf(problem) === 'passPercent' && Number.isNaN(passMarkOf(settings.passPercent))
      ? 'The pass mark must be a whole percentage from 0 to 100.'
      : problem,
  );
  const byField: Partial<Record<BuilderField, string[]>> = {};
  for (const problem of all) (byField[fieldOf(problem)] ??= []).push(problem);
  return { all, byField };
}

/** What learners will see before the questions: title, instructions as paragraphs, the due day in words, the settings. */
export interface AssignmentPreview {
  title: string;
  paragraphs: string[];
  due?: string | undefined;
  order: string;
  feedback: string;
  passPercent: string;
}

const FEEDBACK_WORDS: Record<FeedbackTiming, string> = {
  each: 'Learners see whether they were right after each question.',
  end: 'Learners see their results at the end.',
  graded: 'Learners see no results: you grade their codes.',
};

export function previewOf(settings: BuilderSettings): AssignmentPreview {
  const assignment = assignmentOf(settings, []);
  const pass = passMarkOf(settings.passPercent);
  return {
    title: plainText(assignment.title, { newlines: false }),
    paragraphs: plainText(assignment.instructions, { newlines: true })
      .split(/\n\s*\n|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    due: assignment.due === undefined ? undefined : dueDayWords(assignment.due),
    order: assignment.order === 'shuffled' ? 'Each learner gets the questions in a different order.' : 'Questions come in this order.',
    feedback: FEEDBACK_WORDS[assignment.feedback],
    passPercent: Number.isNaN(pass) ? '' : `Pass mark: ${pass} %.`,
  };
}

/** An assignment link made in this browser, kept so the teacher can copy it again. */
export interface SavedAssignment {
  /** The link's assignment id (12 base64url characters). */
  id: string;
  title: string;
  /** When the link was made (ISO 8601). */
  created: string;
  questionCount: number;
  url: string;
}

/** At most this many links are kept; the oldest go first. */
export const MAX_SAVED = 200;

/** The saved links in storage's text: anything damaged is left out, never thrown on. Newest first. */
export function readSavedAssignments(text: string | null): SavedAssignment[] {
  let data: unknown;
  try {
    data = text === null ? [] : JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  return data
    .filter((entry): entry is SavedAssignment => {
      if (!isRecord(entry)) return false;
      const { id, title, created, questionCount, url } = entry;
      const ok =
        typeof id === 'string' &&
        /^[A-Za-z0-9_-]{12}$/.test(id) &&
        typeof title === 'string' &&
        typeof created === 'string' &&
        !isNaN(+new Date(created)) &&
        typeof questionCount === 'number' &&
        Number.isInteger(questionCount) &&
        questionCount > 0 &&
        typeof url === 'string' &&
        /^(https?|file):\/\/[^\s]*#[A-Za-z0-9_-]+$/.test(url) &&
        !seen.has(id);
      if (ok) seen.add(id);
      return ok;
    })
    .map(({ id, title, created, questionCount, url }) => ({ id, title, created, questionCount, url }))
    .slice(0, MAX_SAVED);
}

/** The list with `entry` first (replacing an earlier copy of the same link), as storage keeps it. */
export function withSaved(list: readonly SavedAssignment[], entry: SavedAssignment): SavedAssignment[] {
  return [entry, ...list.filter((saved) => saved.id !== entry.id)].slice(0, MAX_SAVED);
}

/** The list with a deleted `entry` back in its place (the list is newest first), for an undo. */
export function withRestored(list: readonly SavedAssignment[], entry: SavedAssignment): SavedAssignment[] {
  return [...list.filter((saved) => saved.id !== entry.id), entry]
    .sort((a, b) => +new Date(b.created) - +new Date(a.created))
    .slice(0, MAX_SAVED);
}

/** The list without the link `id`. */
export const withoutSaved = (list: readonly SavedAssignment[], id: string): SavedAssignment[] => list.filter((saved) => saved.id !== id);

/** The full link learners open: the assignment page (as the page names it, relative or absolute) with the fragment. */
export function assignmentUrl(pageUrl: string, assignmentPage: string, fragment: string): string {
  const url = new URL(assignmentPage, pageUrl);
  url.hash = fragment;
  return url.href;
}

/** A file name from a title: lower-case words joined by hyphens, 'assignment' when nothing is left. */
export function fileNameOf(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'assignment'}.${extension}`;
}
