import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lessonSchema } from './lib/content/lessonSchema';
import { quizSchema } from './lib/content/quizSchema';
import { coverageEntrySchema } from './lib/content/coverageSchema';
import { deckSchema } from './lib/content/deckSchema';
import { glossaryEntrySchema } from './lib/content/glossarySchema';
import { questionIndexSchema } from './lib/content/questionIndexSchema';

/*
 * Content lives in the top-level `content/` folder, outside `src/`, so authors never need to open code.
 * COURSE_CONTENT_DIR lets the schema tests build against a fixture folder of broken files.
 */
const contentDir = process.env['COURSE_CONTENT_DIR'] ?? './content';

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/lessons` }),
  schema: lessonSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/quizzes` }),
  schema: quizSchema,
});

/** Which lesson section teaches each claim of the source article (see the file's header). */
const coverage = defineCollection({
  loader: file(`${contentDir}/coverage.yaml`),
  schema: coverageEntrySchema,
});

/** Card decks of the sorting games, one YAML file per deck (its file name is the deck's id). */
const games = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/games` }),
  schema: deckSchema,
});

/** Every key term of the course, defined once (see the file's header). */
const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossaryEntrySchema,
});

/**
 * Every question's permanent number, for assignment links (see the file's header). Its one entry, `questions`,
 * is the whole list: a list of plain ids cannot be a collection of entries, and order and repeats matter here.
 */
const questionIndex = defineCollection({
  loader: file(`${contentDir}/question-index.yaml`),
  schema: questionIndexSchema,
});

export const collections = { lessons, quizzes, coverage, games, glossary, questionIndex };
