import { describe, expect, it } from 'vitest';
import { assignmentUrl } from '../../src/lib/teach/builder';
import { printUrl, printUrlOfLink } from '../../src/lib/teach/printLink';

describe('the print link', () => {
  it('is the print page with the learners’ fragment, unchanged', () => {
    const fragment = 'AT4BAgMEBQ-_x';
    const url = printUrl('https://example.org/course/teach/', '/course/teach/print/', fragment);
    expect(url).toBe(`https://example.org/course/teach/print/#${fragment}`);
    expect(new URL(url).hash).toBe(new URL(assignmentUrl('https://example.org/course/teach/', '/course/assignment/', fragment)).hash);
  });

  it('resolves a relative print page as the downloadable copy names it', () => {
    expect(printUrl('file:///home/a/copy/teach/index.html', 'print/index.html', 'abc')).toBe(
      'file:///home/a/copy/teach/print/index.html#abc',
    );
  });

  it('turns a saved learners’ link into its print link, keeping the fragment exactly', () => {
    const learners = 'https://example.org/course/assignment/#AT4BAgMEBQ-_x';
    expect(printUrlOfLink('https://example.org/course/teach/', '/course/teach/print/', learners)).toBe(
      'https://example.org/course/teach/print/#AT4BAgMEBQ-_x',
    );
  });
});
