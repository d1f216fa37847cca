// @ts-check
/*
 * What a first visit to each built page transfers, in gzipped bytes (zlib level 9, like a static host's
 * precompressed files). Shared by `npm run bench` (report) and tests/build/budgets.test.ts (limits),
 * so the two can never disagree about what a byte is.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string | Buffer} content */
export function gzipBytes(content) {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Site-relative URL (after the base) → file in dist.
 * @param {string} distDir
 * @param {string} base
 * @param {string} url
 */
function fileFor(distDir, base, url) {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return join(distDir, path);
}

/**
 * The static import graph of an ES module: every file a browser fetches before the module runs.
 * Dynamic `import()` is excluded on purpose: that code loads later, on demand.
 * @param {string} file
 * @param {Set<string>} seen
 */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const staticImport = /(?:^|[;\s}/)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const match of source.matchAll(staticImport)) {
    moduleGraph(join(dirname(file), /** @type {string} */ (match[1])), seen);
  }
  return seen;
}

/**
 * Modules a page may load later with dynamic `import()`: code it fetches on demand. Found in module files
 * and in module scripts Astro inlined into the page.
 * @param {Iterable<string>} files
 * @param {string[]} inlineScripts
 * @param {(url: string) => string} fileForUrl
 */
function lazyEntries(files, inlineScripts, fileForUrl) {
  const entries = new Set();
  const scan = (/** @type {string} */ source, /** @type {string | undefined} */ file) => {
    // import("./chunk.js") between chunks, and chunks loaded by their URL from the site's base (see src/integrations/chunkUrl.ts).
    for (const match of source.matchAll(/import\(\s*["'](\.\/[^"']+\.js)["']\s*\)|["']([^"'\s]*\/_astro\/[^"'\s]+\.js)["']/g)) {
      if (match[1] && file) entries.add(join(dirname(file), match[1]));
      if (match[2]) entries.add(fileForUrl(match[2]));
    }
  };
  for (const file of files) scan(readFileSync(file, 'utf8'), file);
  for (const source of inlineScripts) scan(source, undefined);
  return entries;
}

/**
 * @typedef {{ page: string, html: number, js: number, lazyJs: number, lazyData: number, css: number, other: number, total: number, jsFiles: string[], lazyJsFiles: string[], islands: number }} PageWeight
 * `js` is what loads with the page; `lazyJs` what it may load later on demand (a quiz's runner after
 * Start, the exam code), beyond `js`; `lazyData` the JSON its island fetches on demand.
 * `total` is a first visit before any interaction.
 */

/**
 * @param {string} distDir
 * @param {string} htmlFile path of the page's HTML inside distDir
 * @param {string} [base]
 * @returns {PageWeight}
 */
export function pageWeight(distDir, htmlFile, base = '/') {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const attr = (/** @type {RegExp} */ pattern) => [...html.matchAll(pattern)].map((match) => /** @type {string} */ (match[1]));
  const entryModules = [
    ...attr(/<script[^>]*\ssrc="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attr(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
  ];
  const jsFiles = new Set();
  for (const url of entryModules) moduleGraph(fileFor(distDir, base, url), jsFiles);
  const cssFiles = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).map((url) => fileFor(distDir, base, url));
  const iconFiles = attr(/<link[^>]*rel="icon"[^>]*href="([^"]+)"/g).map((url) => fileFor(distDir, base, url));
  const sum = (/** @type {string[]} */ files) => files.reduce((total, file) => total + gzipBytes(readFileSync(file)), 0);
  const js = sum([...jsFiles]);
  // Everything reachable through import(), then through their static imports, minus what already loaded.
  /** @type {Set<string>} */
  const lazyFiles = new Set();
  const inlineModules = attr(/<script type="module">([\s\S]*?)<\/script>/g);
  const fileForUrl = (/** @type {string} */ url) => fileFor(distDir, base, url);
  let frontier = new Set([...lazyEntries(jsFiles, inlineModules, fileForUrl)].filter((file) => !jsFiles.has(file)));
  while (frontier.size > 0) {
    /** @type {Set<string>} */
    const found = new Set();
    for (const entry of frontier) for (const file of moduleGraph(entry)) if (!jsFiles.has(file) && !lazyFiles.has(file)) found.add(file);
    for (const file of found) lazyFiles.add(file);
    frontier = new Set([...lazyEntries(found, [], fileForUrl)].filter((file) => !jsFiles.has(file) && !lazyFiles.has(file)));
  }
  // Astro's Preact renderer imports @preact/signals only for islands that receive signals as props; none do.
  for (const file of [...lazyFiles]) if (/signals\.module/.test(file)) lazyFiles.delete(file);
  // Data an island fetches on demand (a quiz's questions, the exam's bank), named in its props.
  const dataFiles = [...new Set(attr(/&quot;([^&"]+\.json)&quot;/g))]
    .map((url) => fileFor(distDir, base, url))
    .filter((file) => existsSync(file));
  const css = sum(cssFiles);
  const other = sum(iconFiles);
  const htmlBytes = gzipBytes(html);
  const jsNames = [...jsFiles].map((file) => relative(distDir, file));
  return {
    page: htmlFile,
    html: htmlBytes,
    js,
    lazyJs: sum([...lazyFiles]),
    lazyData: sum(dataFiles),
    css,
    other,
    total: htmlBytes + js + css + other,
    jsFiles: jsNames,
    lazyJsFiles: [...lazyFiles].map((file) => relative(distDir, file)),
    // Islands are the only way Preact reaches a page: no island, no framework runtime.
    islands: (html.match(/<astro-island\s/g) ?? []).length,
  };
}

/**
 * Every HTML page in a built site.
 * @param {string} distDir
 * @returns {string[]}
 */
export function htmlPages(distDir) {
  /** @type {string[]} */
  const pages = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(relative(distDir, path).split('\\').join(posix.sep));
    }
  };
  walk(distDir);
  return pages.sort();
}
