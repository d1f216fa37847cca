import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIST } from '../support/builds';
import { lessonSlugs } from '../support/course';

const sources = readFileSync(join(ROOT_DIST, 'sources/index.html'), 'utf8');

describe('the sources page', () => {
  it('credits the article, its author and its publisher', () => {
    expect(sources).toContain('What is a digital ecosystem? – Understanding the most profitable business model');
    expect(sources).toContain('Benjamin Talin');
    expect(sources).toContain('MoreThanDigital');
  });

  it('lists, for each lesson, the facts of the article it teaches', () => {
    const counts = [...sources.matchAll(/<summary>(\d+) facts from the article taught here<\/summary>/g)].map((match) => Number(match[1]));
    expect(counts).toHaveLength(lessonSlugs().length);
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(5);
  });
});
