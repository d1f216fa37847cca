/*
 * Checks that span several content files. Astro validates each file against its schema, but
 * `reference()` does not check that an entry exists and nothing checks heading ids, so these
 * run as a step of our own in the build (src/data/course.ts) and stop it with every problem listed.
 */

/** Every lesson's slug and the ids of its headings (h2–h6), as Astro's render() reports them. */
export type LessonHeadings = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Where a `<lesson>#<heading>` target fails to resolve, in words for the author; undefined when it resolves.
 * `where` says which file and entry holds the target, so the message can be acted on without searching.
 */
export function sectionProblem(lessons: LessonHeadings, lesson: string, heading: string, where: string): string | undefined {
  const headings = lessons.get(lesson);
  if (!headings) {
    return `${where}: there is no lesson "${lesson}" (lessons: ${[...lessons.keys()].join(', ')})`;
  }
  if (!headings.has(heading)) {
    return `${where}: lesson "${lesson}" has no heading with id "${heading}" (its headings: ${[...headings].join(', ')})`;
  }
  return undefined;
}

/** Coverage rows whose `teaches` target does not exist. */
export function coverageProblems(entries: readonly { id: string; teaches: string }[], lessons: LessonHeadings): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) problems.push(`content/coverage.yaml → ${entry.id}: the id is used twice`);
    seen.add(entry.id);
    const [lesson = '', heading = ''] = entry.teaches.split('#');
    const problem = sectionProblem(lessons, lesson, heading, `content/coverage.yaml → ${entry.id}`);
    if (problem) problems.push(problem);
  }
  return problems;
}

import { poolProblems } from '../quiz/quizDraw';

/** Every lesson's slug and the ids of its objectives. */
export type LessonObjectives = ReadonlyMap<string, ReadonlySet<string>>;

/** A quiz file as the cross-checks see it: where it is, which lesson it tests, and its questions' ids, sections and objectives. */
export interface QuizRef {
  file: string;
  lesson: string;
  questions: readonly { id: string; section: string; objective: string; fact: string }[];
}

/**
 * Quiz problems that no single file can see: a quiz for a lesson that does not exist, a question
 * pointing at a section its lesson does not have (its feedback link would be broken), two quizzes
 * for one lesson, and a question id used in more than one file (ids are unique across the course,
 * because saved progress and the final exam refer to questions by id).
 */
export function quizProblems(quizzes: readonly QuizRef[], lessons: LessonHeadings, objectives: LessonObjectives = new Map()): string[] {
  const problems: string[] = [];
  const fileOfId = new Map<string, string>();
  const fileOfLesson = new Map<string, string>();
  for (const quiz of quizzes) {
    if (!lessons.has(quiz.lesson)) {
      problems.push(`${quiz.file}: lesson "${quiz.lesson}" does not exist (lessons: ${[...lessons.keys()].join(', ')})`);
    } else {
      const other = fileOfLesson.get(quiz.lesson);
      if (other) problems.push(`${quiz.file}: lesson "${quiz.lesson}" already has a quiz in ${other}; put its questions in one file`);
      fileOfLesson.set(quiz.lesson, quiz.file);
      for (const question of quiz.questions) {
        const problem = sectionProblem(lessons, quiz.lesson, question.section, `${quiz.file} → question "${question.id}" (section)`);
        if (problem) problems.push(problem);
        const known = objectives.get(quiz.lesson);
        if (known && !known.has(question.objective)) {
          problems.push(
            `${quiz.file} → question "${question.id}" (objective): lesson "${quiz.lesson}" has no objective "${question.objective}" (its objectives: ${[...known].join(', ')})`,
          );
        }
      }
      for (const objective of objectives.get(quiz.lesson) ?? []) {
        const count = quiz.questions.filter((question) => question.objective === objective).length;
        if (count < 2) {
          problems.push(`${quiz.file}: objective "${objective}" of lesson "${quiz.lesson}" is tested by ${count} question${count === 1 ? '' : 's'}; every objective needs at least 2`);
        }
      }
      for (const problem of poolProblems(quiz.questions)) problems.push(`${quiz.file}: ${problem}`);
    }
    for (const question of quiz.questions) {
      const other = fileOfId.get(question.id);
      if (other && other !== quiz.file) problems.push(`${quiz.file} → question "${question.id}": the id is already used in ${other}; ids must be unique across the course`);
      fileOfId.set(question.id, quiz.file);
    }
  }
  return problems;
}

/** A deck file as the cross-checks see it: where it is, its lesson, and where each card's reason leads. */
export interface DeckRef {
  file: string;
  lesson: string;
  cards: readonly { id: string; teaches: string }[];
}

/** Deck problems no single file can see: a game for a lesson that does not exist, and a card whose link leads nowhere. */
export function deckProblems(decks: readonly DeckRef[], lessons: LessonHeadings): string[] {
  const problems: string[] = [];
  for (const deck of decks) {
    if (!lessons.has(deck.lesson)) problems.push(`${deck.file}: lesson "${deck.lesson}" does not exist (lessons: ${[...lessons.keys()].join(', ')})`);
    for (const card of deck.cards) {
      const [lesson = '', heading = ''] = card.teaches.split('#');
      const problem = sectionProblem(lessons, lesson, heading, `${deck.file} → card "${card.id}" (teaches)`);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** A glossary entry as the cross-checks see it. */
export interface GlossaryRef {
  id: string;
  term: string;
  aliases?: readonly string[] | undefined;
  teaches: string;
  related?: readonly string[] | undefined;
}

/**
 * Glossary problems no single entry can see: a section that does not exist, a related entry that does not
 * exist (or is the entry itself), and a term or alias that two entries share (one definition per term).
 */
export function glossaryProblems(entries: readonly GlossaryRef[], lessons: LessonHeadings): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const owner = new Map<string, string>();
  for (const entry of entries) {
    const [lesson = '', heading = ''] = entry.teaches.split('#');
    const problem = sectionProblem(lessons, lesson, heading, `content/glossary.yaml → "${entry.id}" (teaches)`);
    if (problem) problems.push(problem);
    for (const related of entry.related ?? []) {
      if (related === entry.id) problems.push(`content/glossary.yaml → "${entry.id}" (related): an entry cannot be related to itself`);
      else if (!ids.has(related)) problems.push(`content/glossary.yaml → "${entry.id}" (related): there is no entry "${related}"`);
    }
    for (const name of [entry.term, ...(entry.aliases ?? [])]) {
      const key = name.toLowerCase();
      const other = owner.get(key);
      if (other && other !== entry.id) problems.push(`content/glossary.yaml → "${entry.id}": "${name}" is already the term or an alias of "${other}"; define it once`);
      owner.set(key, entry.id);
    }
  }
  return problems;
}

/** Lesson key terms that are not in the glossary. */
export function keyTermProblems(lessons: readonly { file: string; keyTerms: readonly string[] }[], glossary: ReadonlySet<string>): string[] {
  return lessons.flatMap((lesson) =>
    lesson.keyTerms
      .filter((term) => !glossary.has(term))
      .map((term) => `${lesson.file} → keyTerms: "${term}" is not in content/glossary.yaml; add it there (defined once) or use an entry that is`),
  );
}

/** Throws one error listing every problem, so an author fixes them all in one go. */
export function assertNoProblems(problems: readonly string[], what: string): void {
  if (problems.length > 0) {
    throw new Error(`${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  - ${problems.join('\n  - ')}`);
  }
}
