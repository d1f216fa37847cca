import { describe, expect, it } from 'vitest';
import { exportPage, jsonForScript, type PageContext } from '../../src/lib/export/exportPage';

const BASE = '/__marker__/';

/** A page shaped like Astro's output for a lesson: CSP meta, a module script, an island with a data URL in its props. */
const lessonPage = [
  '<!DOCTYPE html><html lang="en"><head><script>theme()</script>',
  `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'">`,
  `<link rel="stylesheet" href="${BASE}_astro/index.css"></head><body>`,
  `<a href="${BASE}">Home</a><a href="${BASE}exam/">Exam</a><a href="../b/#part">Lesson b</a>`,
  `<astro-island uid="1" component-url="${BASE}_astro/LessonQuiz.abc.js" component-export="default" renderer-url="${BASE}_astro/client.def.js"`,
  ` props="{&quot;questionsUrl&quot;:[0,&quot;${BASE}lessons/a/quiz.json&quot;]}" ssr client="visible" opts="{}" await-children>`,
  '<astro-slot><p>Preview</p></astro-slot><!--astro:end--></astro-island>',
  `<script type="module" src="${BASE}_astro/BaseLayout.js"></script></body></html>`,
  `<script type="module" src="${BASE}_astro/LessonLayout.js"></script>`,
].join('');

const quizJson = JSON.stringify({ questions: [{ prompt: 'Is </script> text?', link: { href: `${BASE}lessons/a/#part` } }] }, null, 2);

const context = (overrides: Partial<PageContext> = {}): PageContext => ({
  file: 'lessons/a/index.html',
  base: BASE,
  script: '_astro/file-edition.js',
  pageScript: (chunk) => ({ '_astro/BaseLayout.js': 'layouts/Base#0', '_astro/LessonLayout.js': 'layouts/Lesson#0' })[chunk]!,
  island: (chunk) => ({ '_astro/LessonQuiz.abc.js': 'src/islands/quiz/LessonQuiz' })[chunk]!,
  data: (path) => (path === 'lessons/a/quiz.json' ? quizJson : undefined),
  ...overrides,
});

describe('exportPage', () => {
  const { html, inlined } = exportPage(lessonPage, context());

  it('replaces the module scripts with the one classic script, in <head> after the CSP, naming the page scripts in order', () => {
    expect(html).not.toContain('type="module"');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(
      head.indexOf('<script src="../../_astro/file-edition.js" data-page-scripts="layouts/Base#0 layouts/Lesson#0"></script>'),
    ).toBeGreaterThan(head.indexOf('content-security-policy'));
  });

  it('names the island component by its key and drops the chunk URLs, keeping props, slots and directive', () => {
    expect(html).toContain('<astro-island component-key="src/islands/quiz/LessonQuiz" uid="1" component-export="default"');
    expect(html).not.toMatch(/component-url|renderer-url/);
    expect(html).toContain('ssr client="visible" opts="{}" await-children><astro-slot><p>Preview</p></astro-slot>');
  });

  it('carries the JSON the island loads, under the URL the island asks for, with links made relative', () => {
    expect(inlined).toEqual(['lessons/a/quiz.json']);
    expect(html).toContain('[0,&quot;quiz.json&quot;]');
    const block = /<script type="application\/json" data-source="quiz.json">([^<]*)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1]!)).toEqual({ questions: [{ prompt: 'Is </script> text?', link: { href: 'index.html#part' } }] });
  });

  it('leaves no link to the marker base, and links folders by their index.html', () => {
    expect(html).not.toContain(BASE);
    expect(html).toContain(
      '<a href="../../index.html">Home</a><a href="../../exam/index.html">Exam</a><a href="../b/index.html#part">Lesson b</a>',
    );
    expect(html).toContain('href="../../_astro/index.css"');
  });

  it('keeps the inline scripts and the policy exactly as Astro wrote them', () => {
    expect(html).toContain(`<script>theme()</script><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-x'">`);
  });

  it('refuses a page with a module script it cannot replace', () => {
    expect(() => exportPage(lessonPage.replace('</body>', '<script type="module">go()</script></body>'), context())).toThrow(
      'lessons/a/index.html: a module script the downloadable copy cannot replace: <script type="module">',
    );
  });

  it('refuses a page whose island needs data the build did not make', () => {
    expect(() => exportPage(lessonPage, context({ data: () => undefined }))).toThrow(
      'lessons/a/index.html uses lessons/a/quiz.json, which the build did not make',
    );
  });

  it('refuses a link outside the base path it was built under', () => {
    expect(() => exportPage(lessonPage.replace(`${BASE}_astro/BaseLayout.js`, '/elsewhere/x.js'), context())).toThrow(
      'lessons/a/index.html: /elsewhere/x.js is not under',
    );
  });
});

describe('jsonForScript', () => {
  it('keeps the value and leaves no "<" that could close the script element', () => {
    const json = JSON.stringify({ text: '</script><!-- <b>' });
    expect(jsonForScript(json)).not.toContain('<');
    expect(JSON.parse(jsonForScript(json))).toEqual(JSON.parse(json));
  });
});
