import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { expectLinksRefused } from '../support/hostileLinks';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { ROOT_DIST } from '../support/builds';
import { withUnpackedCopy } from '../support/downloadableCopy';
import type { QuizData, QuizQuestion } from '../../src/lib/quiz/quizData';
import type { Assignment } from '../../src/lib/teach/assignment';
import { encodeAssignmentLink } from '../../src/lib/teach/assignmentLink';
import { fromBase64Url, toBase64Url } from '../../src/lib/teach/bytes';
import type { NumberedBank, QuestionIndex } from '../../src/lib/teach/questionIndex';
import { keyAnswers, printedQuestions, worksheetQuestion } from '../../src/lib/teach/worksheet';

/*
 * The teacher's print page, end to end: a link made in Node with the library over the bank the site serves
 * (one question of each type), opened on /teach/print/; the worksheet and the answer key checked in the DOM,
 * by keyboard, with axe, and then printed to PDF by Chromium and read back with pdftotext (poppler-utils).
 * With KEEP_PRINT_OUTPUT=1 the PDFs and screenshots stay in a temporary folder to look at (its path is logged).
 */

const siteUrl = inject('siteUrl');
const subpathSiteUrl = inject('subpathSiteUrl');
const browser = useBrowser();
const PDFTOTEXT = '/usr/bin/pdftotext';

const served = JSON.parse(readFileSync(`${ROOT_DIST}/quiz-bank.json`, 'utf8')) as QuizData;
const index = JSON.parse(readFileSync(`${ROOT_DIST}/question-index.json`, 'utf8')) as QuestionIndex;
const bank: NumberedBank = { index, questions: new Map(served.questions.map((question) => [question.id, question])) };

/** One question of each type the course has: derived from the bank, never pinned. */
const chosen: QuizQuestion[] = [...new Map(served.questions.map((question) => [question.type, question])).values()];
const types = [...new Set(served.questions.map((question) => question.type))];

const TITLE = 'Week 3: platforms';
const INSTRUCTIONS = 'Answer every question.\nTake your time.';

async function makeLink(settings: Partial<Assignment> = {}, linkBank: NumberedBank = bank) {
  const assignment: Assignment = {
    title: TITLE,
    instructions: INSTRUCTIONS,
    due: '2030-06-14',
    questionIds: chosen.map((question) => question.id),
    order: 'fixed',
    feedback: 'end',
    passPercent: 60,
    ...settings,
  };
  return encodeAssignmentLink(assignment, linkBank);
}

/** Text as pdftotext or innerText gives it, made comparable: ligatures undone, whitespace runs as one space. */
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

async function openPrint(page: Page, url: string) {
  await page.goto(url);
  await expect.poll(() => page.locator('.print-sheet h2').first().textContent()).toContain(TITLE);
}

/** What each printed question shows in the DOM, in order. */
function sheetOnScreen(page: Page) {
  return page.locator('.print-sheet .print-questions > li').evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-question'),
      number: item.querySelector('.print-number')?.textContent,
      options: [...item.querySelectorAll('.print-options li')].map((option) => option.textContent?.replace(/\s+/g, ' ').trim()),
      rows: [...item.querySelectorAll('.print-match tbody tr')].map((row) => row.querySelector('td')?.textContent),
      answers: [...item.querySelectorAll('.print-answers li')].map((answer) => answer.textContent),
    })),
  );
}

async function chooseSheet(page: Page, label: 'Worksheet' | 'Answer key') {
  await page.getByRole('radio', { name: label }).check();
  await expect.poll(() => page.locator('.print-sheet').getAttribute('data-sheet')).toBe(label === 'Worksheet' ? 'worksheet' : 'key');
}

/** Prints the page to PDF as Chromium's print dialog would, and reads its text back with pdftotext. */
async function printedText(page: Page, file: string, format: 'A4' | 'Letter'): Promise<{ text: string; pages: number }> {
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  const raw = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return { text: plain(raw), pages: raw.split('\f').length - 1 };
}

let shots: string;
beforeAll(() => {
  shots = mkdtempSync(join(tmpdir(), 'teach-print-'));
  // Kept to look at only when asked (KEEP_PRINT_OUTPUT=1); then the path is worth printing.
  if (process.env['KEEP_PRINT_OUTPUT']) console.log(`PDFs and screenshots of the print page: ${shots}`);
});
afterAll(() => {
  if (!process.env['KEEP_PRINT_OUTPUT']) rmSync(shots, { recursive: true, force: true });
});

describe('the print page (/teach/print/)', () => {
  it('prints one question of each type the course has', () => {
    expect(chosen.map((question) => question.type).sort()).toEqual([...types].sort());
    expect(types).toContain('matching');
  });

  it('shows the worksheet: numbered questions, lettered options, matching as a table, and no answers', async () => {
    const { page, problems } = await openPage(browser());
    const { fragment, assignmentId } = await makeLink();
    await openPrint(page, `${siteUrl}teach/print/#${fragment}`);
    expect(await page.locator('.print-sheet').getAttribute('data-sheet')).toBe('worksheet');
    expect(await page.getByRole('radio', { name: 'Worksheet' }).isChecked()).toBe(true);

    const expected = printedQuestions(assignmentId, chosen).map(worksheetQuestion);
    const shown = await sheetOnScreen(page);
    expect(shown.map((entry) => [entry.id, entry.number])).toEqual(chosen.map((question, at) => [question.id, `${at + 1}.`]));
    for (const [at, sheet] of expected.entries()) {
      if (sheet.kind === 'choice') expect(shown[at]!.options).toEqual(sheet.options.map((option) => `${option.letter} ${option.text}`));
      if (sheet.kind === 'truefalse') expect(shown[at]!.options).toEqual(['True', 'False']);
      if (sheet.kind === 'matching') {
        expect(shown[at]!.rows).toEqual(sheet.items);
        expect(shown[at]!.options).toEqual(sheet.choices.map((choice) => `${choice.letter} ${choice.text}`));
        const matching = chosen[at]!;
        if (matching.type !== 'matching') throw new Error('not a matching question');
        expect(await page.locator(`[data-question="${matching.id}"] table tbody tr`).count()).toBe(matching.pairs.length);
        expect(await page.locator(`[data-question="${matching.id}"] table td.print-blank:empty`).count()).toBe(matching.pairs.length);
      }
    }
    const sheetText = plain(await page.locator('.print-sheet').innerText());
    expect(sheetText).toContain('Answer every question.');
    expect(await page.locator('.print-instructions').innerText()).toBe(INSTRUCTIONS);
    expect(sheetText).toContain('Due: Friday 14 June 2030');
    expect(sheetText).toMatch(/Name Date/);
    const sheetHtml = await page.locator('.print-sheet').innerHTML();
    for (const question of chosen) {
      expect(sheetHtml).not.toContain(question.explanation.slice(0, 60));
      for (const option of 'options' in question ? question.options : [])
        if (option.feedback) expect(sheetHtml).not.toContain(option.feedback);
    }
    expect(await page.locator('.print-sheet .print-answers, .print-sheet .print-explanation').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows the answer key (chosen by keyboard) with every right answer in the worksheet’s letters, its explanation and lesson', async () => {
    const { page, problems } = await openPage(browser());
    const { fragment, assignmentId } = await makeLink();
    await openPrint(page, `${siteUrl}teach/print/#${fragment}`);
    const worksheet = await sheetOnScreen(page);

    await page.getByRole('radio', { name: 'Worksheet' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.print-sheet').getAttribute('data-sheet')).toBe('key');
    expect(await page.getByRole('radio', { name: 'Answer key' }).isChecked()).toBe(true);
    expect(new URL(page.url()).hash).toBe(`#${fragment}`);

    const key = await sheetOnScreen(page);
    const printed = printedQuestions(assignmentId, chosen);
    expect(key.map((entry) => [entry.id, entry.number])).toEqual(worksheet.map((entry) => [entry.id, entry.number]));
    for (const [at, entry] of key.entries()) {
      expect(entry.answers).toEqual(keyAnswers(printed[at]!));
      // Each right answer's letter is the letter the worksheet printed beside that text.
      for (const answer of entry.answers) {
        const lettered = /(?:→ )?([A-Z]+)\. (.*)$/.exec(answer!);
        if (lettered) expect(worksheet[at]!.options).toContain(`${lettered[1]} ${lettered[2]}`);
      }
    }
    const keyText = plain(await page.locator('.print-sheet').innerText());
    expect(keyText).toContain(`${TITLE} — Answer key`);
    expect(keyText).toContain('Pass mark: 60 %');
    for (const question of chosen) {
      expect(keyText).toContain(plain(question.explanation));
      expect(keyText).toContain(new URL(question.link.href, siteUrl).href);
    }
    expect(keyText).toMatch(/Lesson: [^,]+, section “[^”]+”/);
    expect(problems).toEqual([]);
  });

  it('prints the worksheet and the key to PDF (A4 and Letter): the right text, without the page around them', async () => {
    if (!existsSync(PDFTOTEXT)) throw new Error(`${PDFTOTEXT} is missing: install poppler-utils (apt-get install -y poppler-utils)`);
    const { page, problems } = await openPage(browser());
    const { fragment } = await makeLink({ order: 'shuffled' });
    await openPrint(page, `${siteUrl}teach/print/#${fragment}`);
    const screenOnly = [
      plain(await page.locator('.site-header').innerText()).split(' ')[0]!,
      plain(await page.locator('.site-footer').innerText()).slice(0, 40),
      'Print an assignment',
      'What to print',
      'Save as PDF',
      'in the order you listed them',
    ];

    const worksheet = await printedText(page, join(shots, 'worksheet.pdf'), 'A4');
    expect(worksheet.pages).toBeGreaterThanOrEqual(1);
    for (const question of chosen) {
      expect(worksheet.text).toContain(plain(question.prompt));
      expect(worksheet.text).not.toContain(plain(question.explanation).slice(0, 60));
    }
    for (const text of screenOnly) expect(worksheet.text).not.toContain(text);
    expect(worksheet.text).toContain(TITLE);

    await chooseSheet(page, 'Answer key');
    for (const format of ['A4', 'Letter'] as const) {
      const key = await printedText(page, join(shots, `key-${format}.pdf`), format);
      expect(key.pages).toBeGreaterThanOrEqual(1);
      for (const question of chosen) expect(key.text).toContain(plain(question.explanation));
      // Each lesson address prints once per question that links to it: not doubled by a print rule.
      for (const href of new Set(chosen.map((question) => new URL(question.link.href, siteUrl).href))) {
        const linking = chosen.filter((question) => new URL(question.link.href, siteUrl).href === href).length;
        expect(key.text.split(href).length - 1, href).toBe(linking);
      }
      for (const text of screenOnly) expect(key.text).not.toContain(text);
      expect(key.text).toContain('Answer key');
    }
    const letter = await printedText(page, join(shots, 'key-Letter-again.pdf'), 'Letter');
    expect(letter.text).toContain(plain(chosen[0]!.explanation));
    expect(problems).toEqual([]);
  });

  it('prints with the Print button (window.print) and says how to get a PDF', async () => {
    const { page, problems } = await openPage(browser());
    const { fragment } = await makeLink();
    await openPrint(page, `${siteUrl}teach/print/#${fragment}`);
    await page.evaluate(() => {
      window.print = () => ((window as { printed?: boolean }).printed = true);
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as { printed?: boolean }).printed)).toBe(true);
    expect(await page.locator('.print-controls').innerText()).toContain('Save as PDF');
    expect(await page.title()).toBe(`${TITLE} — worksheet`);
    expect(problems).toEqual([]);
  });

  it('says when the questions changed since the assignment was made, and that a shuffled assignment prints in its listed order', async () => {
    const { page, problems } = await openPage(browser());
    const changed = new Map(bank.questions);
    changed.set(chosen[0]!.id, { ...chosen[0]!, prompt: `${chosen[0]!.prompt} (as the teacher saw it)` });
    const { fragment } = await makeLink({ order: 'shuffled' }, { index, questions: changed });
    await openPrint(page, `${siteUrl}teach/print/#${fragment}`);
    expect(await page.locator('.print-controls [role="note"]').innerText()).toContain('changed since this assignment was made');
    expect(await page.locator('.print-controls').innerText()).toContain('in the order you listed them');
    expect(problems).toEqual([]);
  });

  it('explains the page without a link, and shows the decoder’s message for broken and hostile links as text', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${siteUrl}teach/print/`);
    await expect.poll(() => page.locator('#print-none').textContent()).toBe('No assignment opened');
    expect(await axeViolations(page)).toEqual([]);

    const { fragment } = await makeLink();
    const newer = Uint8Array.from(fromBase64Url(fragment)!);
    newer[0] = 99;
    await expectLinksRefused(
      page,
      `${siteUrl}teach/print/`,
      [fragment.slice(0, 12), toBase64Url(newer), 'AAAA', '<img src=x onerror="window.hacked=1">'],
      bank,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
    ['dark', 390],
    // A 1280 px screen at 200 % zoom.
    ['light', 640],
  ] as [ColorScheme, number][])('has no axe violations in either view (%s, %i px), and no sideways scroll', async (colorScheme, width) => {
    const { page, problems } = await openPage(browser(), { colorScheme, width, height: 900 });
    const { fragment } = await makeLink({ order: 'shuffled' });
    await openPrint(page, `${siteUrl}teach/print/#${fragment}`);
    for (const view of ['Worksheet', 'Answer key'] as const) {
      await chooseSheet(page, view);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), view).toBe(true);
      expect(await axeViolations(page), view).toEqual([]);
      await page.screenshot({
        path: join(shots, `${view === 'Worksheet' ? 'worksheet' : 'key'}-${colorScheme}-${width}.png`),
        fullPage: true,
      });
    }
    expect(problems).toEqual([]);
  });

  it('works under the sub-path build, its lesson links under the sub-path', async () => {
    const { page, problems } = await openPage(browser());
    const { fragment } = await makeLink();
    await openPrint(page, `${subpathSiteUrl}teach/print/#${fragment}`);
    await chooseSheet(page, 'Answer key');
    const hrefs = await page.locator('.print-lesson a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(chosen.length);
    for (const href of hrefs) expect(href.startsWith(`${subpathSiteUrl}lessons/`), href).toBe(true);
    expect(problems).toEqual([]);
  });

  it('works in the downloadable copy opened from disk (the bank and the index inline)', async () => {
    await withUnpackedCopy(async (pageUrl) => {
      const { page, problems } = await openPage(browser());
      const { fragment } = await makeLink();
      await openPrint(page, `${pageUrl('teach/print')}#${fragment}`);
      await chooseSheet(page, 'Answer key');
      expect(plain(await page.locator('.print-sheet').innerText())).toContain(plain(chosen[0]!.explanation));
      expect(problems).toEqual([]);
    });
  });
});
