import { describe, expect, it } from 'vitest';
import { copyReadme } from '../../src/lib/export/copyReadme';
import { COURSE_NAME } from '../../src/lib/courseName';

describe('copyReadme', () => {
  const text = copyReadme('the-folder');

  it('names the course and the page to open inside the unzipped folder', () => {
    expect(text).toContain(COURSE_NAME);
    expect(text).toContain('the-folder/index.html');
    expect(text).toMatch(/Unzip the whole file first/);
  });

  it('uses CRLF line ends only, so every editor shows its lines', () => {
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});
