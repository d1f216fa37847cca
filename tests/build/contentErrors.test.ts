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
    expect(output).toContain('content/coverage.yaml → wrong-heading: lesson "fixture-lesson" has no heading with id "no-such-section" (its headings: only-section)');
    expect(output).toContain('content/coverage.yaml → wrong-lesson: there is no lesson "no-such-lesson" (lessons: fixture-lesson)');
    expect(output).not.toContain('→ resolves');
  });
});
