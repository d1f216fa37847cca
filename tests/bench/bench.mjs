// @ts-check
/*
 * `npm run bench`: builds the downloadable copy and the site, then reports per page the gzipped bytes a first
 * visit transfers (HTML with its inline scripts, JS, CSS, other), the build time and the copy's size. Writes tests/bench/latest.json
 * and refreshes the table in README.md between the bench markers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlPages, pageWeight, gzipBytes } from '../support/pageWeight.mjs';
import { chromium } from 'playwright-core';
import { serveStatic } from '../support/staticServer.mjs';
import { precache } from '../support/precache.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}dist`;

// The downloadable copy first (npm run build does the same): the online home page offers it with its size.
execFileSync('node', ['src/export/export.mjs'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
/** @type {{ zipBytes: number, files: number, scriptGzipBytes: number, seconds: number }} */
const copy = JSON.parse(readFileSync(`${root}dist-export/summary.json`, 'utf8'));

const started = process.hrtime.bigint();
execFileSync('npx', ['astro', 'build', '--silent'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;

const pages = htmlPages(dist).map((file) => pageWeight(dist, file));
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const label = (/** @type {string} */ file) => '/' + file.replace(/index\.html$/, '');

/**
 * What a first search costs: open search on the home page, type a word, and add up (gzipped) the files the
 * browser fetched for it from Pagefind's folder. Measured in Chromium, because which index chunks and
 * fragments a query needs is Pagefind's business.
 */
async function firstQueryBytes() {
  const server = await serveStatic(dist, '/');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    /** @type {Set<string>} */
    const fetched = new Set();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.add(path);
    });
    await page.goto(server.url);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-input').fill('lock-in');
    await page.waitForSelector('a.search-hit');
    await page.waitForLoadState('networkidle');
    return [...fetched].reduce((total, path) => total + gzipBytes(readFileSync(`${dist}${path}`)), 0);
  } finally {
    await browser.close();
    await server.close();
  }
}
const searchQuery = await firstQueryBytes();
const home = pages.find((p) => p.page === 'index.html');
/** A lazily loaded chunk's gzipped bytes, found among the home page's on-demand files by name. */
const chunkBytes = (/** @type {RegExp} */ name) =>
  (home?.lazyJsFiles ?? [])
    .filter((file) => name.test(file))
    .reduce((total, file) => total + gzipBytes(readFileSync(`${dist}/${file}`)), 0);
const searchDialogJs = chunkBytes(/searchDialog/);
const offlineJs = chunkBytes(/offlineStatus/);
const offline = precache(dist);
const workerBytes = gzipBytes(readFileSync(`${dist}/sw.js`));

const rows = pages.map(
  (p) =>
    `| \`${label(p.page)}\` | ${kb(p.html)} | ${kb(p.js)} | ${p.lazyJs ? `+${kb(p.lazyJs)} JS, +${kb(p.lazyData)} data` : '–'} | ${kb(p.css)} | ${kb(p.total)} | ${p.islands} |`,
);
const table = [
  `Build time: **${buildSeconds.toFixed(1)} s** (${new Date().toISOString().slice(0, 10)}, Node ${process.version}). Sizes in KB, gzipped; a first visit with an empty cache.`,
  '"JS" loads with the page; "on demand" is fetched only when the learner starts a quiz, the exam or a game, or opens search (quizzes and games also when the browser is idle), plus the small offline script once the page has loaded. "total" is HTML + JS + CSS + favicon before any interaction.',
  `Search, on every page: its dialog is +${kb(searchDialogJs)} KB of JS when first opened, and a first query fetches ${kb(searchQuery)} KB of Pagefind's script, worker, WebAssembly and index.`,
  `Offline, on every page: once the page has loaded, +${kb(offlineJs)} KB of JS registers the service worker (${kb(workerBytes)} KB), which then saves the whole course in the background: ${offline.urls.length} files, **${kb(offline.gzipped)} KB** (${kb(offline.bytes)} KB uncompressed). Later visits and updates fetch only what changed.`,
  `The downloadable copy (\`npm run export\`, ${copy.seconds.toFixed(1)} s more): **${kb(copy.zipBytes)} KB zip**, ${copy.files} files; its one classic script (every island and page script) is ${kb(copy.scriptGzipBytes)} KB gzipped.`,
  '',
  '| page | HTML | JS | on demand | CSS | total | islands |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');

console.log(`\n${table}\n`);
writeFileSync(
  `${root}tests/bench/latest.json`,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, buildSeconds: Number(buildSeconds.toFixed(2)), search: { dialogJs: searchDialogJs, firstQuery: searchQuery }, offline: { registerJs: offlineJs, worker: workerBytes, precacheFiles: offline.urls.length, precacheBytes: offline.bytes, precacheGzipped: offline.gzipped }, downloadableCopy: copy, pages }, null, 2)}\n`,
);

const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const marked = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
if (marked.test(readme)) {
  writeFileSync(readmePath, readme.replace(marked, `$1\n${table}\n$2`));
  console.log('README.md table updated.');
}
