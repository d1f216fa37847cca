import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  coverageProblems,
  glossaryProblems,
  keyTermProblems,
  quizProblems,
  sectionProblem,
  type LessonHeadings,
} from '../../src/lib/content/crossChecks';

const lessons: LessonHeadings = new Map([
  ['three-roles', new Set(['orchestrator', 'customer'])],
  ['three-types', new Set(['platform-ecosystems'])],
]);

describe('sectionProblem', () => {
  it('is silent when the lesson has the heading', () => {
    expect(sectionProblem(lessons, 'three-roles', 'customer', 'x')).toBeUndefined();
  });

  it('names the missing lesson and lists the real ones', () => {
    expect(sectionProblem(lessons, 'roles', 'customer', 'quiz q1')).toBe(
      'quiz q1: there is no lesson "roles" (lessons: three-roles, three-types)',
    );
  });

  it("names the missing heading and lists the lesson's real ones", () => {
    expect(sectionProblem(lessons, 'three-roles', 'customers', 'quiz q1')).toBe(
      'quiz q1: lesson "three-roles" has no heading with id "customers" (its headings: orchestrator, customer)',
    );
  });
});

describe('coverageProblems', () => {
  it('accepts rows that all resolve', () => {
    expect(
      coverageProblems(
        [
          { id: 'a', teaches: 'three-roles#orchestrator' },
          { id: 'b', teaches: 'three-types#platform-ecosystems' },
        ],
        lessons,
      ),
    ).toEqual([]);
  });

  it('reports every broken row and every duplicate id', () => {
    expect(
      coverageProblems(
        [
          { id: 'a', teaches: 'three-roles#orchestrator' },
          { id: 'a', teaches: 'three-roles#nope' },
          { id: 'c', teaches: 'nope#orchestrator' },
        ],
        lessons,
      ),
    ).toEqual([
      'content/coverage.yaml → a: the id is used twice',
      'content/coverage.yaml → a: lesson "three-roles" has no heading with id "nope" (its headings: orchestrator, customer)',
      'content/coverage.yaml → c: there is no lesson "nope" (lessons: three-roles, three-types)',
    ]);
  });
});

describe('assertNoProblems', () => {
  it('does nothing when there are none', () => {
    expect(() => assertNoProblems([], 'content/quizzes')).not.toThrow();
  });

  it('throws one message with the count and every problem', () => {
    expect(() => assertNoProblems(['first', 'second'], 'content/quizzes')).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/quizzes: 2 problems:
        - first
        - second]
    `);
  });
});

describe('quizProblems', () => {
  /** A quiz file as the checks see it; each question tests its own fact, under the objective given (or "tell-apart"). */
  const quiz = (file: string, lesson: string, questions: { id: string; section: string; objective?: string }[]) => ({
    file,
    lesson,
    questions: questions.map(({ id, section, objective = 'tell-apart' }) => ({ id, section, objective, fact: id })),
  });
  const objectives = new Map([['three-roles', new Set(['tell-apart', 'many-roles'])]]);

  it('accepts quizzes whose lessons, sections and ids all line up', () => {
    expect(
      quizProblems(
        [
          quiz('a.yaml', 'three-roles', [{ id: 'r1', section: 'customer' }]),
          quiz('b.yaml', 'three-types', [{ id: 't1', section: 'platform-ecosystems' }]),
        ],
        lessons,
      ),
    ).toEqual([]);
  });

  it('reports an unknown lesson, a missing section, a second quiz for a lesson and ids shared across files', () => {
    expect(
      quizProblems(
        [
          quiz('a.yaml', 'three-roles', [{ id: 'r1', section: 'customers' }]),
          quiz('b.yaml', 'roles', [{ id: 'r1', section: 'customer' }]),
          quiz('c.yaml', 'three-roles', [{ id: 'r2', section: 'customer' }]),
        ],
        lessons,
      ),
    ).toEqual([
      'a.yaml → question "r1" (section): lesson "three-roles" has no heading with id "customers" (its headings: orchestrator, customer)',
      'b.yaml: lesson "roles" does not exist (lessons: three-roles, three-types)',
      'b.yaml → question "r1": the id is already used in a.yaml; ids must be unique across the course',
      'c.yaml: lesson "three-roles" already has a quiz in a.yaml; put its questions in one file',
    ]);
  });

  it('reports a question naming an objective its lesson does not have, and an objective tested by fewer than two questions', () => {
    expect(
      quizProblems(
        [
          quiz('a.yaml', 'three-roles', [
            { id: 'r1', section: 'customer', objective: 'tell-apart' },
            { id: 'r2', section: 'customer', objective: 'tell-appart' },
            { id: 'r3', section: 'customer', objective: 'many-roles' },
            { id: 'r4', section: 'customer', objective: 'many-roles' },
          ]),
        ],
        lessons,
        objectives,
      ),
    ).toEqual([
      'a.yaml → question "r2" (objective): lesson "three-roles" has no objective "tell-appart" (its objectives: tell-apart, many-roles)',
      'a.yaml: objective "tell-apart" of lesson "three-roles" is tested by 1 question; every objective needs at least 2',
    ]);
  });
});

describe('glossaryProblems and keyTermProblems', () => {
  const entry = (id: string, extra: object = {}) => ({ id, term: id.replace(/-/g, ' '), teaches: 'three-roles#customer', ...extra });

  it('accepts entries that point at real sections and at each other', () => {
    expect(
      glossaryProblems(
        [entry('customer', { related: ['orchestrator'] }), entry('orchestrator', { aliases: ['ecosystem orchestrator'] })],
        lessons,
      ),
    ).toEqual([]);
  });

  it('reports a missing section, a related entry that does not exist or is itself, and a term defined twice', () => {
    expect(
      glossaryProblems(
        [
          entry('customer', { teaches: 'three-roles#customers', related: ['customer', 'buyer'] }),
          entry('user-journey', { term: 'Customer journey' }),
          entry('customer-journey', { term: 'Customer journey' }),
        ],
        lessons,
      ),
    ).toEqual([
      'content/glossary.yaml → "customer" (teaches): lesson "three-roles" has no heading with id "customers" (its headings: orchestrator, customer)',
      'content/glossary.yaml → "customer" (related): an entry cannot be related to itself',
      'content/glossary.yaml → "customer" (related): there is no entry "buyer"',
      'content/glossary.yaml → "customer-journey": "Customer journey" is already the term or an alias of "user-journey"; define it once',
    ]);
  });

  it('reports a lesson key term the glossary does not have', () => {
    expect(
      keyTermProblems([{ file: 'content/lessons/a.mdx', keyTerms: ['customer', 'lockin'] }], new Set(['customer', 'lock-in'])),
    ).toEqual([
      'content/lessons/a.mdx → keyTerms: "lockin" is not in content/glossary.yaml; add it there (defined once) or use an entry that is',
    ]);
  });
});
