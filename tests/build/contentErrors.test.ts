import { describe, expect, it } from 'vitest';
import { astroWithFixture } from '../support/astroWithFixture';

describe('broken lesson frontmatter stops the build with the file and the field', () => {
  it('a missing title', () => {
    const { status, output } = astroWithFixture('sync', 'lesson-missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/lesson-missing-title/lessons/missing-title.mdx');
    expect(output).toMatch(/title: Required/);
  });

  it('an order that is not a number', () => {
    const { status, output } = astroWithFixture('sync', 'lesson-bad-order-type');
    expect(status).not.toBe(0);
    expect(output).toContain('lessons/bad-order.mdx');
    expect(output).toMatch(/order: .*Expected type `"number"`, received `"string"`/);
  });

  it('a field the schema does not know (a typo would otherwise be silently ignored)', () => {
    const { status, output } = astroWithFixture('sync', 'lesson-unknown-field');
    expect(status).not.toBe(0);
    expect(output).toContain('lessons/extra-field.mdx');
    expect(output).toMatch(/Unrecognized key\(s\) in object: 'author'/);
  });
});

describe('cross-file references stop the build with every broken one listed', () => {
  it('coverage rows pointing at a missing heading or lesson', () => {
    const { status, output } = astroWithFixture('build', 'coverage-missing-section');
    expect(status).not.toBe(0);
    expect(output).toContain('content/coverage.yaml: 2 problems');
    expect(output).toContain(
      'content/coverage.yaml → wrong-heading: lesson "fixture-lesson" has no heading with id "no-such-section" (its headings: only-section)',
    );
    expect(output).toContain('content/coverage.yaml → wrong-lesson: there is no lesson "no-such-lesson" (lessons: fixture-lesson)');
    expect(output).not.toContain('→ resolves');
  });
});

describe('broken quiz files stop the build naming the file and the question id', () => {
  const { status, output } = astroWithFixture('sync', 'quiz-invalid-questions');

  it('fails, pointing at the file', () => {
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/quiz-invalid-questions/quizzes/fixture-lesson.yaml');
  });

  it.each([
    ['no correct answer (single)', 'question "no-correct-answer": no correct answer: add `correct`'],
    ['an out-of-range answer', 'question "out-of-range-answer": correct answer 3 is out of range: the 3 options are numbered 0 to 2'],
    ['no correct answer (multiple)', 'question "empty-multiple": no correct answer: list the index of every right option in `correct`'],
    [
      'a matching pair that does not line up with the choices',
      'question "misaligned-matching": the pair "Amazon" is matched to "Orchestator", which is not one of the choices ("Orchestrator", "Modular producer", "Customer")',
    ],
    ['a duplicate id in one file', 'question "fine-question": the id is used twice in this file'],
    ['a question that does not say which fact it tests', 'question "no-fact": fact: Required'],
  ])('%s', (_case, message) => {
    expect(output).toContain(message);
  });

  it('does not complain about the valid question', () => {
    expect(output.match(/question "fine-question"/g)).toHaveLength(1);
  });
});

describe('quiz references across files stop the build with every broken one listed', () => {
  const { status, output } = astroWithFixture('build', 'quiz-broken-references');
  const dir = 'tests/fixtures/content/quiz-broken-references/quizzes';

  it('fails with the count', () => {
    expect(status).not.toBe(0);
    expect(output).toContain('content/quizzes: 5 problems');
  });

  it.each([
    [
      'a section that is not a heading of the lesson',
      `${dir}/fixture-lesson.yaml → question "missing-section" (section): lesson "fixture-lesson" has no heading with id "no-such-section" (its headings: only-section)`,
    ],
    ['a quiz for a lesson that does not exist', `${dir}/orphan.yaml: lesson "no-such-lesson" does not exist (lessons: fixture-lesson)`],
    [
      'a question id used in two files',
      `${dir}/orphan.yaml → question "shared-id": the id is already used in ${dir}/fixture-lesson.yaml; ids must be unique across the course`,
    ],
    [
      'an objective the lesson does not have',
      `${dir}/fixture-lesson.yaml → question "unknown-objective" (objective): lesson "fixture-lesson" has no objective "explane" (its objectives: explain, tell-apart)`,
    ],
    [
      'an objective fewer than two questions test',
      `${dir}/fixture-lesson.yaml: objective "tell-apart" of lesson "fixture-lesson" is tested by 0 questions; every objective needs at least 2`,
    ],
  ])('%s', (_case, message) => {
    expect(output).toContain(message);
  });
});

describe('a broken game deck stops the build naming the file and the card', () => {
  const dir = 'tests/fixtures/content/game-broken-deck/games';

  it('a card that goes into a bucket the deck does not have', () => {
    const { status, output } = astroWithFixture('sync', 'game-broken-deck');
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/broken.yaml`);
    expect(output).toContain('card "bad-bucket": accepts "middle", which is not a bucket (buckets: left, right)');
  });

  it('cards whose links lead nowhere, every one listed', () => {
    const fixed = astroWithFixture('build', 'game-broken-deck-links');
    expect(fixed.status).not.toBe(0);
    expect(fixed.output).toContain('content/games: 2 problems');
    expect(fixed.output).toContain(
      'tests/fixtures/content/game-broken-deck-links/games/broken.yaml → card "no-such-section" (teaches): lesson "fixture-lesson" has no heading with id "nowhere" (its headings: only-section)',
    );
    expect(fixed.output).toContain(
      'tests/fixtures/content/game-broken-deck-links/games/broken.yaml → card "no-such-lesson" (teaches): there is no lesson "ghost-lesson"',
    );
  });
});

describe('a question index that breaks the append-only rule stops the build naming the file and the id', () => {
  const { status, output } = astroWithFixture('build', 'question-index-broken');
  const dir = 'tests/fixtures/content/question-index-broken';

  it('fails with the count', () => {
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/question-index.yaml: 4 problems`);
  });

  it.each([
    [
      'a question missing from the index, with the line to append',
      `${dir}/quizzes/fixture-lesson.yaml → question "new-question": it is not in ${dir}/question-index.yaml (a new question needs a number); append this line at the end of ${dir}/question-index.yaml: "  - new-question"`,
    ],
    [
      'a retired question back in the bank, which needs a new number',
      `${dir}/quizzes/fixture-lesson.yaml → question "comes-back": it is not in ${dir}/question-index.yaml (it was retired as number 3, and a question that comes back gets a new number); append this line`,
    ],
    [
      'a question listed twice',
      `${dir}/question-index.yaml → "numbered-question": listed twice, as number 0 and number 4; a question keeps its first number, so mark the later line retired where it is: "- { id: numbered-question, retired: true }"`,
    ],
    [
      'a question removed from the bank but not retired',
      `${dir}/question-index.yaml → "removed-question" (number 1): no quiz has this question any more; keep its line and mark it retired where it is: "- { id: removed-question, retired: true }"`,
    ],
  ])('%s', (_case, message) => {
    expect(output).toContain(message);
  });
});
