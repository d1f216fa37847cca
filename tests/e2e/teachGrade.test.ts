import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { QuizData } from '../../src/lib/quiz/quizData';
import type { Assignment } from '../../src/lib/teach/assignment';
import { encodeAssignmentLink } from '../../src/lib/teach/assignmentLink';
import { gradeResult, questionsById } from '../../src/lib/teach/grading';
import type { NumberedBank, QuestionIndex } from '../../src/lib/teach/questionIndex';
import { makeResultCode, type ResultContent } from '../../src/lib/teach/resultCode';
import { createTeacherKey, teacherKeyFile } from '../../src/lib/teach/teacherKeys';
import { rightAnswer, wrongAnswer } from '../support/answers';
import { axeViolations } from '../support/axe';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { ROOT_DIST } from '../support/builds';

/*
 * The gradebook, end to end: a key, a link over the built bank and result codes made in Node with known
 * answers (one pasted twice, one for another assignment, one damaged); in Chromium the key file is loaded,
 * the link and the codes pasted, and the page must show the scores the library computes, every refused code
 * with its reason, the analysis and the chart's words; the CSV as downloaded; a reload; clearing. Axe in every
 * state, both themes; 390 px; the sub-path build.
 */
const siteUrl = inject('siteUrl');
const subpathSiteUrl = inject('subpathSiteUrl');
const browser = useBrowser();

const quiz = JSON.parse(readFileSync(join(ROOT_DIST, 'quiz-bank.json'), 'utf8')) as QuizData;
const index = JSON.parse(readFileSync(join(ROOT_DIST, 'question-index.json'), 'utf8')) as QuestionIndex;
const byId = questionsById(quiz.questions);
const bank: NumberedBank = { index, questions: byId };
const questions = quiz.questions.filter((question) => index.some((entry) => entry.id === question.id && !entry.retired)).slice(0, 4);

async function fixture() {
  const key = await createTeacherKey();
  const assignment: Assignment = {
    title: 'Roles check <b>bold</b>',
    instructions: '',
    questionIds: questions.map((question) => question.id),
    order: 'fixed',
    feedback: 'graded',
    passPercent: 50,
    teacherKey: key.publicKey,
  };
  const link = await encodeAssignmentLink(assignment, bank);
  const other = await encodeAssignmentLink({ ...assignment, title: 'Another one' }, bank);
  const learners: ResultContent[] = [
    {
      name: 'Ada <img src=x onerror=alert(1)>',
      answers: questions.map(rightAnswer),
      seconds: 95,
      finishedAt: Date.UTC(2026, 2, 4, 10, 30),
      assignmentId: link.assignmentId,
    },
    {
      name: 'Bo',
      answers: questions.map((question, at) => (at % 2 === 0 ? wrongAnswer(question) : rightAnswer(question))),
      seconds: 130,
      finishedAt: Date.UTC(2026, 2, 4, 10, 40),
      assignmentId: link.assignmentId,
    },
    {
      name: '=Cy',
      answers: questions.map((question, at) => (at === 0 ? undefined : wrongAnswer(question))),
      seconds: 40,
      finishedAt: Date.UTC(2026, 2, 4, 10, 50),
      assignmentId: link.assignmentId,
    },
  ];
  const codes = await Promise.all(learners.map((learner) => makeResultCode(learner, questions, key.publicKey)));
  const foreign = await makeResultCode({ ...learners[1]!, name: 'Di', assignmentId: other.assignmentId }, questions, key.publicKey);
  const damaged = `${codes[1]!.slice(0, 30)}${codes[1]![30] === 'A' ? 'B' : 'A'}${codes[1]!.slice(31)}`;
  const expected = learners.map((learner) => {
    const graded = gradeResult(assignment, byId, learner);
    if (!graded.ok) throw new Error(graded.error.message);
    return graded.grade;
  });
  const dir = mkdtempSync(join(tmpdir(), 'grade-'));
  const keyPath = join(dir, 'teacher-key.json');
  writeFileSync(keyPath, await teacherKeyFile(key));
  const badKeyPath = join(dir, 'not-a-key.json');
  writeFileSync(badKeyPath, '{"hello": 1}');
  const pasted = [codes[0], codes[1], codes[0], foreign, damaged, codes[2]].join('\n');
  // The other assignment as this browser's builder would list it: a code for it is named, not just refused.
  const savedOther = {
    id: other.assignmentId,
    title: 'Another one',
    created: '2026-03-01T09:00:00.000Z',
    questionCount: questions.length,
    url: `https://example.org/assignment/#${other.fragment}`,
  };
  return { link, learners, expected, keyPath, badKeyPath, pasted, savedOther, url: `https://example.org/assignment/#${link.fragment}` };
}

async function axeBothThemes(page: Page, state: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `${state}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function gradeClass(page: Page, url: string, data: Awaited<ReturnType<typeof fixture>>, check: (state: string) => Promise<void>) {
  await page.goto(`${url}teach/grade/`);
  await page.getByText('No key is available').waitFor();
  await check('empty');
  // A file that is not a key says so.
  await page.locator('#grade-key-file').setInputFiles(data.badKeyPath);
  await page.getByText('not-a-key.json cannot be used: This is not a teacher key file').waitFor();
  await page.locator('#grade-key-file').setInputFiles(data.keyPath);
  await page.getByText('Using the key from teacher-key.json').waitFor();
  // Keyboard only from here: the link, then the codes.
  await page.locator('#grade-link').focus();
  await page.keyboard.insertText(data.url);
  await page.keyboard.press('Enter');
  await page.locator('.grade-current').waitFor();
  expect(await page.locator('.grade-current').textContent()).toContain('Roles check <b>bold</b>');
  await check('assignment open');
  await page.locator('#grade-codes-text').focus();
  await page.keyboard.insertText(data.pasted);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByText('Read 6 codes from the pasted text: 3 counted, 1 duplicate, 2 refused.').waitFor();
}

describe('the gradebook', () => {
  it('re-grades pasted codes, lists the refused ones with reasons, exports the CSV, survives a reload and clears', async () => {
    const data = await fixture();
    const { page, problems } = await openPage(browser());
    await page.goto(siteUrl);
    await page.evaluate((saved) => localStorage.setItem('digital-ecosystems:teach:assignments', JSON.stringify([saved])), data.savedOther);
    await gradeClass(page, siteUrl, data, (state) => axeBothThemes(page, state));

    const rows = page.locator('.grade-table').first().locator('tbody tr');
    expect(await rows.count()).toBe(3);
    for (const [at, grade] of data.expected.entries()) {
      const cells = await rows.nth(at).locator('th, td').allTextContents();
      expect(cells[0]).toBe(data.learners[at]!.name);
      expect(cells[1]).toBe(`${grade.score} of ${grade.total}`);
      expect(cells[2]).toBe(`${grade.percent} %`);
      expect(cells[3]).toBe(grade.passed ? 'yes' : 'no');
      expect(cells.slice(6).map((cell) => cell.slice(1))).toEqual(
        grade.marks.map((mark) => ({ right: 'right', wrong: 'wrong', unanswered: 'not answered', 'not-graded': 'not graded' })[mark]),
      );
    }
    // The name is text: no image element was made from it.
    expect(await page.locator('.grade-table img').count()).toBe(0);
    const refused = await page.locator('.grade-refused li').allTextContents();
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatch(/^Code 3 \(duplicate\).*same hand-in as code 1/);
    expect(refused[1]).toMatch(/^Code 4 \(refused\)/);
    expect(refused[1]).toContain('This code is for your assignment "Another one", not this one');
    expect(refused[2]).toMatch(/^Code 5 \(refused\): DE1-\S+ — \S/);
    const caption = await page.locator('.grade-chart figcaption').textContent();
    expect(caption).toContain(`3 learners, out of ${questions.length}`);
    expect(await page.locator('.grade-chart rect').count()).toBe(questions.length + 1);
    expect(await page.locator('.grade-questions tbody tr').count()).toBe(questions.length);
    await axeBothThemes(page, 'graded');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the class (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^Name,Score,Percent,Passed/);
    expect(csv).toHaveLength(5);
    expect(csv[3]!.startsWith(`'=Cy,${data.expected[2]!.score},`)).toBe(true);

    await page.reload();
    await page.locator('.grade-table').first().waitFor();
    expect(await page.locator('.grade-table').first().locator('tbody tr').count()).toBe(3);

    await page.getByRole('button', { name: 'Clear this class…' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').waitFor();
    await axeBothThemes(page, 'clear dialog');
    await page.keyboard.press('Enter'); // focus is on the first button: Clear the class
    await page.getByText('Cleared the class of').waitFor();
    expect(await page.locator('.grade-table').count()).toBe(0);
    await page.reload();
    await page.locator('.grade-current').waitFor();
    expect(await page.locator('.grade-table').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('fits 390 px with no sideways scroll, and works under the sub-path', async () => {
    const data = await fixture();
    const { page } = await openPage(browser(), { width: 390, height: 844 });
    await gradeClass(page, subpathSiteUrl, data, async (state) => expect(await overflow(page), state).toBeLessThanOrEqual(0));
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => !element.closest('.grade-table-wrap, header'))
        .slice(0, 5)
        .map((element) => `${element.tagName}.${element.className}`),
    );
    expect(await overflow(page), wide.join(' ')).toBeLessThanOrEqual(0);
    expect(await page.locator('.grade-table').first().locator('tbody tr').count()).toBe(3);
    await page.screenshot({ path: join(tmpdir(), 'grade-390.png'), fullPage: true });
  });
});
