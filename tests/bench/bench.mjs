// @ts-check
/*
 * `npm run bench`: builds the site, then reports per page the gzipped bytes a first visit transfers
 * (HTML with its inline scripts, JS, CSS, other) and the build time. Writes tests/bench/latest.json
 * and refreshes the table in README.md between the bench markers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlPages, pageWeight } from '../support/pageWeight.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}dist`;

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

const rows = pages.map(
  (p) =>
    `| \`${label(p.page)}\` | ${kb(p.html)} | ${kb(p.js)} | ${p.lazyJs ? `+${kb(p.lazyJs)} JS, +${kb(p.lazyData)} data` : '–'} | ${kb(p.css)} | ${kb(p.total)} | ${p.islands} |`,
);
const table = [
  `Build time: **${buildSeconds.toFixed(1)} s** (${new Date().toISOString().slice(0, 10)}, Node ${process.version}). Sizes in KB, gzipped; a first visit with an empty cache.`,
  '"JS" loads with the page; "on demand" is fetched only when the learner starts a quiz or the exam (or when the browser is idle). "total" is HTML + JS + CSS + favicon before any interaction.',
  '',
  '| page | HTML | JS | on demand | CSS | total | islands |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');

console.log(`\n${table}\n`);
writeFileSync(
  `${root}tests/bench/latest.json`,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, buildSeconds: Number(buildSeconds.toFixed(2)), pages }, null, 2)}\n`,
);

const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const marked = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
if (marked.test(readme)) {
  writeFileSync(readmePath, readme.replace(marked, `$1\n${table}\n$2`));
  console.log('README.md table updated.');
}
