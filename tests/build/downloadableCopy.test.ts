import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_EDITION_BASE, FILE_EDITION_SCRIPT } from '../../src/lib/export/fileEdition';
import { cspHash } from '../../src/lib/themeScript';
import { ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from '../support/builds';
import { copyFiles, ZIP_NAME, zipOf } from '../support/downloadableCopy';
import { directive, inlineScripts, policyOf } from '../support/csp';
import { builtPages } from '../support/siteMap';

const files = copyFiles();
const text = (path: string) => new TextDecoder().decode(files.get(path));
const htmlFiles = [...files.keys()].filter((path) => path.endsWith('.html'));

/** Where a link in a file of the copy leads, as a path inside the copy, or undefined for a link that leaves the copy on purpose. */
function target(from: string, link: string): string | undefined {
  if (/^(#|https?:|mailto:|data:|blob:)/.test(link)) return undefined;
  const url = new URL(link, `file:///copy/${from}`);
  return decodeURIComponent(url.pathname.slice('/copy/'.length));
}

/** Every URL a file of the copy makes the browser load or follow: attributes in HTML, url() in CSS. */
function linksIn(path: string): string[] {
  const source = text(path);
  if (path.endsWith('.css')) return [...source.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1]!);
  return [...source.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
}

describe('the downloadable copy', () => {
  it('is the same zip, byte for byte, from two builds (npm run build and npm run build:subpath each make it)', () => {
    expect(zipOf(SUBPATH_DIST).equals(zipOf())).toBe(true);
  });

  it('has an index.html for every page of the site, and the 404 page', () => {
    for (const page of builtPages(ROOT_DIST)) expect([...files.keys()], page).toContain(`${page}index.html`);
    expect(htmlFiles).toHaveLength(builtPages(ROOT_DIST).length + 1);
  });

  it('leaves out search, the module chunks and the JSON the pages carry inline: its one script is the classic one', () => {
    expect([...files.keys()].filter((path) => path.startsWith('pagefind/'))).toEqual([]);
    expect([...files.keys()].filter((path) => path.endsWith('.js'))).toEqual([FILE_EDITION_SCRIPT]);
    expect([...files.keys()].filter((path) => path.endsWith('.json'))).toEqual([]);
  });

  it.each(htmlFiles)('%s: no module script, and the classic script in <head>', (path) => {
    const html = text(path);
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(new RegExp(`<script src="(\\.\\./)*${FILE_EDITION_SCRIPT}" data-page-scripts="[^"]*"></script>`));
  });

  it.each([...htmlFiles, ...[...files.keys()].filter((path) => path.endsWith('.css'))])(
    '%s: every link is relative and leads to a file of the copy',
    (path) => {
      expect(text(path)).not.toContain(FILE_EDITION_BASE);
      for (const link of linksIn(path)) {
        expect(link, `${path} links ${link}`).not.toMatch(/^\//);
        const file = target(path, link);
        if (file !== undefined) expect([...files.keys()], `${path} links ${link}`).toContain(file);
      }
    },
  );

  it.each(htmlFiles)('%s: each JSON file an island asks for is in the page, under the URL it asks for', (path) => {
    const html = text(path);
    for (const [, url] of html.matchAll(/&quot;([^&"]+\.json)&quot;/g)) {
      // An object (a quiz, the bank) or an array (the question index).
      expect(html).toMatch(new RegExp(`<script type="application/json" data-source="${url!.replaceAll('.', '\\.')}">[[{]`));
    }
  });

  it.each(htmlFiles)('%s: every inline script is allowed by its hash, and nothing inline or eval is allowed wholesale', (path) => {
    const html = text(path);
    const scriptSources = directive(policyOf(html), 'script-src');
    expect(scriptSources).toContain("'self'");
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    for (const source of inlineScripts(html)) {
      expect(scriptSources, `inline script starting ${source.slice(0, 40)}`).toContain(`'${cspHash(source)}'`);
    }
  });

  it('is offered on the home page of both online builds, with its size', () => {
    const size = `(${Math.round(zipOf().length / 1024)} KB zip)`;
    for (const [dist, base] of [
      [ROOT_DIST, '/'],
      [SUBPATH_DIST, SUBPATH_BASE],
    ] as const) {
      const home = readFileSync(join(dist, 'index.html'), 'utf8');
      expect(home).toContain(`<a href="${base}${ZIP_NAME}" download>`);
      expect(home.replace(/\s+/g, ' ')).toContain(`Download the course ${size}`);
    }
  });
});
