import { describe, expect, it } from 'vitest';
import { syncFixture } from '../support/syncContent';

describe('broken lesson frontmatter stops the build with the file and the field', () => {
  it('a missing title', () => {
    const { status, output } = syncFixture('lesson-missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/content/lesson-missing-title/lessons/missing-title.mdx');
    expect(output).toMatch(/title: Required/);
  });

  it('an order that is not a number', () => {
    const { status, output } = syncFixture('lesson-bad-order-type');
    expect(status).not.toBe(0);
    expect(output).toContain('lessons/bad-order.mdx');
    expect(output).toMatch(/order: .*Expected type `"number"`, received `"string"`/);
  });

  it('a field the schema does not know (a typo would otherwise be silently ignored)', () => {
    const { status, output } = syncFixture('lesson-unknown-field');
    expect(status).not.toBe(0);
    expect(output).toContain('lessons/extra-field.mdx');
    expect(output).toMatch(/Unrecognized key\(s\) in object: 'author'/);
  });
});
