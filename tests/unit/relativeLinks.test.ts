import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { folderLinkToIndex, relativeFolderLinksToIndex, relativeUrl, relativiseUrls } from '../../src/lib/export/relativeLinks';

const BASE = '/__marker__/';

describe('relativeUrl', () => {
  it.each([
    ['index.html', '', 'index.html'],
    ['index.html', 'lessons/three-roles/', 'lessons/three-roles/index.html'],
    ['lessons/three-roles/index.html', '', '../../index.html'],
    ['lessons/three-roles/index.html', 'lessons/three-types/#platform', '../three-types/index.html#platform'],
    ['lessons/three-roles/index.html', 'lessons/three-roles/quiz.json', 'quiz.json'],
    ['lessons/three-roles/index.html', 'lessons/three-roles/#orchestrator', 'index.html#orchestrator'],
    ['progress/index.html', 'exam/?draw=123', '../exam/index.html?draw=123'],
    ['_astro/index.css', '_astro/font.woff2', 'font.woff2'],
    ['404.html', 'glossary/', 'glossary/index.html'],
  ])('from %s to %s: %s', (from, target, expected) => {
    expect(relativeUrl(from, target)).toBe(expected);
  });

  const segment = fc.stringMatching(/^[a-z0-9_-][a-z0-9._-]{0,8}$/).filter((name) => name !== '.' && name !== '..');
  const folder = fc.array(segment, { maxLength: 5 });
  const suffix = fc.oneof(fc.constant(''), fc.stringMatching(/^\?[a-z]=[0-9]{1,4}$/), fc.stringMatching(/^#[a-z-]{1,10}$/));
  const roots = ['file:///home/learner/Downloads/', 'file:///C:/Users/L%C3%A9a/Cours%20num%C3%A9rique%201/'];

  it('resolves, from a page at any depth of a folder anywhere, to the file the site path names (index.html for a folder)', () => {
    fc.assert(
      fc.property(
        folder,
        fc.option(segment, { nil: undefined }),
        folder,
        fc.option(segment, { nil: undefined }),
        suffix,
        fc.constantFrom(...roots),
        (fromFolder, fromName, toFolder, toName, rest, root) => {
          const fromFile = [...fromFolder, fromName ?? 'index.html'].join('/');
          // A folder ('lessons/a/', or '' for the home page) or a file ('lessons/a/quiz.json').
          const target = toName === undefined ? toFolder.map((name) => `${name}/`).join('') : [...toFolder, toName].join('/');
          const expectedFile = toName === undefined ? [...toFolder, 'index.html'].join('/') : target;
          const resolved = new URL(relativeUrl(fromFile, target + rest), new URL(fromFile, root));
          expect(resolved.href).toBe(new URL(expectedFile + rest, root).href);
        },
      ),
    );
  });

  it('never starts with a slash: nothing in the copy points at the root of the disk', () => {
    fc.assert(
      fc.property(folder, folder, (from, to) => {
        expect(relativeUrl([...from, 'index.html'].join('/'), to.map((name) => `${name}/`).join(''))).not.toMatch(/^\//);
      }),
    );
  });
});

describe('relativiseUrls', () => {
  it('rewrites links in attributes, HTML-escaped island props and JSON, and leaves the rest alone', () => {
    const page = [
      `<a href="${BASE}lessons/a/#x">A</a>`,
      `<link rel="stylesheet" href="${BASE}_astro/i.css">`,
      `<astro-island props="{&quot;url&quot;:[0,&quot;${BASE}games/roles.json&quot;]}">`,
      `{"href":"${BASE}lessons/b/#y"}`,
      `<a href="https://example.org/">elsewhere</a> <a href="#main">skip</a>`,
    ].join('\n');
    expect(relativiseUrls(page, BASE, 'lessons/a/index.html')).toBe(
      [
        '<a href="index.html#x">A</a>',
        '<link rel="stylesheet" href="../../_astro/i.css">',
        '<astro-island props="{&quot;url&quot;:[0,&quot;../../games/roles.json&quot;]}">',
        '{"href":"../b/index.html#y"}',
        '<a href="https://example.org/">elsewhere</a> <a href="#main">skip</a>',
      ].join('\n'),
    );
  });

  it('turns the base itself into the home page', () => {
    expect(relativiseUrls(`<a href="${BASE}">Home</a>`, BASE, 'exam/index.html')).toBe('<a href="../index.html">Home</a>');
  });
});

describe('folderLinkToIndex', () => {
  it.each([
    ['../three-roles/#orchestrator', '../three-roles/index.html#orchestrator'],
    ['../three-roles/', '../three-roles/index.html'],
    ['./', './index.html'],
    ['..', '../index.html'],
    ['../..', '../../index.html'],
    ['?draw=3', '?draw=3'],
    ['#main', '#main'],
    ['../quiz.json', '../quiz.json'],
    ['index.html#a', 'index.html#a'],
    ['https://example.org/', 'https://example.org/'],
    ['/absolute/', '/absolute/'],
  ])('%s → %s', (link, expected) => {
    expect(folderLinkToIndex(link)).toBe(expected);
  });

  it("rewrites only hrefs: a lesson's relative link to another lesson, not text that looks like one", () => {
    expect(relativeFolderLinksToIndex('<a href="../three-roles/#x">see ../three-roles/</a>')).toBe(
      '<a href="../three-roles/index.html#x">see ../three-roles/</a>',
    );
  });
});
