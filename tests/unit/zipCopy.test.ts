import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { zipCopy, zipOrder } from '../../src/lib/export/zipCopy';
import { isShipped } from '../../src/lib/export/shippedFiles';

const text = (value: string) => new TextEncoder().encode(value);
const files = (paths: string[]) => new Map(paths.map((path) => [path, text(`<p>${path}</p>`)]));
const zone = process.env['TZ'];

afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

describe('zipCopy', () => {
  const paths = ['lessons/b/index.html', 'index.html', '_astro/file-edition.js', 'lessons/a/index.html', '404.html'];

  it('gives the same bytes whatever order the files come in', () => {
    expect(zipCopy(files(paths), 'course')).toEqual(zipCopy(files([...paths].reverse()), 'course'));
  });

  it('gives the same bytes in every time zone (the entries carry one fixed local time)', () => {
    process.env['TZ'] = 'UTC';
    const utc = zipCopy(files(paths), 'course');
    process.env['TZ'] = 'Pacific/Auckland';
    expect(zipCopy(files(paths), 'course')).toEqual(utc);
  });

  it('unpacks to every file, under one folder, in path order', () => {
    const unpacked = unzipSync(zipCopy(files(paths), 'course'));
    expect(Object.keys(unpacked)).toEqual(zipOrder(paths).map((path) => `course/${path}`));
    expect(new TextDecoder().decode(unpacked['course/index.html'])).toBe('<p>index.html</p>');
  });

  it('orders by code units, not by locale', () => {
    expect(zipOrder(['b', 'B', 'a', '_astro/x', 'Z'])).toEqual(['B', 'Z', '_astro/x', 'a', 'b']);
  });
});

describe('isShipped', () => {
  const inlined = new Set(['quiz-bank.json']);
  it.each([
    ['index.html', true],
    ['_astro/index.abc.css', true],
    ['favicon.svg', true],
    ['_astro/file-edition.js', true],
    ['_astro/LessonQuiz.abc.js', false],
    ['pagefind/pagefind.js', false],
    ['quiz-bank.json', false],
    ['file-edition-sources.json', false],
  ])('%s: %s', (path, shipped) => {
    expect(isShipped(path, inlined)).toBe(shipped);
  });
});
