import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { assertLessonOrder, sortLessons } from '../lib/lessonOrder';
import {
  assertNoProblems,
  coverageProblems,
  deckProblems,
  glossaryProblems,
  keyTermProblems,
  quizProblems,
  type LessonHeadings,
  type LessonObjectives,
} from '../lib/content/crossChecks';
import { questionIndexProblems, type BankFileRef } from '../lib/content/crossChecksQuestionIndex';
import type { Deck } from '../lib/content/deckSchema';
import type { GlossaryEntry } from '../lib/content/glossarySchema';
import type { Question } from '../lib/quiz/questionTypes';
import type { QuestionIndex } from '../lib/teach/questionIndex';

export interface Course {
  lessons: CollectionEntry<'lessons'>[];
  headings: ReadonlyMap<string, MarkdownHeading[]>;
  coverage: CollectionEntry<'coverage'>['data'][];
  /** Each lesson's quiz questions, by lesson slug; a lesson without a quiz has no entry. */
  quizzes: ReadonlyMap<string, Question[]>;
  /** The sorting games' decks, by deck id (the file name), in file-name order. */
  decks: ReadonlyMap<string, Deck>;
  /** Every key term, by id, sorted A–Z by term. */
  glossary: ReadonlyMap<string, GlossaryEntry>;
  /** Every question's permanent number (its position), from `content/question-index.yaml`; assignment links use it. */
  questionIndex: QuestionIndex;
}

async function loadCourse(): Promise<Course> {
  const lessons = sortLessons(await getCollection('lessons'));
  assertLessonOrder(lessons);
  const headings = new Map<string, MarkdownHeading[]>();
  for (const lesson of lessons) headings.set(lesson.id, (await render(lesson)).headings);
  const headingIds: LessonHeadings = new Map([...headings].map(([id, list]) => [id, new Set(list.map((heading) => heading.slug))]));
  const coverage = (await getCollection('coverage')).map((entry) => entry.data);
  assertNoProblems(coverageProblems(coverage, headingIds), 'content/coverage.yaml');
  const quizEntries = await getCollection('quizzes');
  // In file-name order, so "already used in …" always names the same file, whatever order the loader gives.
  const quizRefs = quizEntries
    .map((entry) => ({ file: entry.filePath ?? `content/quizzes/${entry.id}.yaml`, ...entry.data }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const objectiveIds: LessonObjectives = new Map(
    lessons.map((lesson) => [lesson.id, new Set(lesson.data.objectives.map((objective) => objective.id))]),
  );
  assertNoProblems(quizProblems(quizRefs, headingIds, objectiveIds), 'content/quizzes');
  const quizzes = new Map(quizEntries.map((entry) => [entry.data.lesson, entry.data.questions]));
  const deckEntries = (await getCollection('games')).sort((a, b) => a.id.localeCompare(b.id));
  assertNoProblems(
    deckProblems(
      deckEntries.map((entry) => ({ file: entry.filePath ?? `content/games/${entry.id}.yaml`, ...entry.data })),
      headingIds,
    ),
    'content/games',
  );
  const decks = new Map(deckEntries.map((entry) => [entry.id, entry.data]));
  const glossaryEntries = (await getCollection('glossary')).map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term, 'en'));
  assertNoProblems(glossaryProblems(glossaryEntries, headingIds), 'content/glossary.yaml');
  const glossary = new Map(glossaryEntries.map((entry) => [entry.id, entry]));
  assertNoProblems(
    keyTermProblems(
      lessons.map((lesson) => ({ file: lesson.filePath ?? `content/lessons/${lesson.id}.mdx`, keyTerms: lesson.data.keyTerms })),
      new Set(glossary.keys()),
    ),
    'content/lessons',
  );
  const questionIndex = await loadQuestionIndex(quizRefs);
  return { lessons, headings, coverage, quizzes, decks, glossary, questionIndex };
}

/** The question index, checked against the bank (every question numbered once, removed ones retired). */
async function loadQuestionIndex(bank: readonly BankFileRef[]): Promise<QuestionIndex> {
  const entry = await getEntry('questionIndex', 'questions');
  const file = entry?.filePath ?? 'content/question-index.yaml';
  // Astro only logs a missing or unreadable file; a bank without its index must stop the build.
  if (!entry && bank.some((quiz) => quiz.questions.length > 0)) {
    assertNoProblems([`${file} is missing, is not valid YAML, or has no "questions:" list (Astro says which above)`], file);
  }
  const entries = entry?.data ?? [];
  assertNoProblems(questionIndexProblems({ file, entries }, bank), file);
  return entries;
}

let loaded: Promise<Course> | undefined;

/**
 * The whole course, loaded once per build and checked across files: lesson order, every link
 * from the coverage map into a lesson section, every quiz's lesson, sections, objectives and question ids,
 * every game's lesson and card links, and that every question has its permanent number. Every page goes through this, so a broken
 * cross-reference stops the build whichever page is rendered first.
 */
export function getCourse(): Promise<Course> {
  loaded ??= loadCourse();
  return loaded;
}
