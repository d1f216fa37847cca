// @ts-check
/*
 * `npm run lighthouse`: Lighthouse 12.2.3 (mobile, its default) in Debian's Chromium against the built
 * site in dist/, for the home page and lesson 1. Fetched with npx on first use rather than installed,
 * because it weighs ~100 MB and only this report needs it. Pages: home, lesson 1 (with its quiz), exam. Prints the four category scores per page
 * and every audit that did not pass; exits non-zero if any score is below 100.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../support/staticServer.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const pages = ['', 'lessons/what-is-a-digital-ecosystem/', 'exam/'];
const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const server = await serveStatic(dist);
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
let allPerfect = true;
try {
  for (const page of pages) {
    const report = join(out, `${page.replaceAll('/', '_') || 'home'}.json`);
    // Asynchronous on purpose: this process also runs the server Lighthouse is loading pages from.
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        'lighthouse@12.2.3',
        server.url + page,
        '--quiet',
        `--chrome-flags=${chromeFlags}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${report}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' } },
    );
    /** @type {{ categories: Record<string, { title: string, score: number }>, audits: Record<string, { id: string, score: number | null, scoreDisplayMode: string, displayValue?: string }> }} */
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const scores = Object.values(result.categories).map((category) => `${category.title} ${Math.round(category.score * 100)}`);
    console.log(`/${page}: ${scores.join(' · ')}`);
    for (const audit of Object.values(result.audits)) {
      if (audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) {
        console.log(`  - ${audit.id}: ${audit.score} ${audit.displayValue ?? ''}`);
      }
    }
    if (Object.values(result.categories).some((category) => category.score < 1)) allPerfect = false;
  }
} finally {
  await server.close();
}
process.exit(allPerfect ? 0 : 1);
