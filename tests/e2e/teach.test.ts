import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { parse } from 'gift-pegjs';
import type { QuizData } from '../../src/lib/quiz/quizData';
import { decodeAssignmentLink } from '../../src/lib/teach/assignmentLink';
import type { NumberedBank, QuestionIndex } from '../../src/lib/teach/questionIndex';
import { createTeacherKey, readTeacherKeyFile, teacherKeyFile, type TeacherKey } from '../../src/lib/teach/teacherKeys';
import { toBase64Url } from '../../src/lib/teach/bytes';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { ROOT_DIST, SUBPATH_BASE } from '../support/builds';
import { lessonsInOrder } from '../support/course';
import { expectQrCodeOf } from '../support/qrCode';

/*
 * The teacher's assignment builder, end to end and by keyboard: filter and tick questions, add some at
 * random, set every setting, see the preview, make the link and open it in Node against the built bank;
 * the key file and the GIFT file as downloaded; axe in every state, both themes; 390 px; the sub-path build.
 */
const siteUrl = inject('siteUrl');
const subpathSiteUrl = inject('subpathSiteUrl');
const browser = useBrowser();

const quiz = JSON.parse(readFileSync(join(ROOT_DIST, 'quiz-bank.json'), 'utf8')) as QuizData;
const index = JSON.parse(readFileSync(join(ROOT_DIST, 'question-index.json'), 'utf8')) as QuestionIndex;
const bank: NumberedBank = { index, questions: new Map(quiz.questions.map((question) => [question.id, question])) };
const [firstLesson, secondLesson] = lessonsInOrder() as [string, string];

/** Presses Tab until the focused element matches `selector` (and, when given, has `text` in its label). */
async function tabTo(page: Page, selector: string, text?: string, limit = 400): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([wanted, words]) => {
        const element = document.activeElement as HTMLElement | null;
        if (!element?.matches(wanted!)) return false;
        if (!words) return true;
        const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
        return label.includes(words);
      },
      [selector, text] as const,
    );
    if (found) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''} within ${limit} presses`);
}

async function axeBothThemes(page: Page, state: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `${state}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const shownCount = async (page: Page) => Number((await page.locator('.teach-shown').textContent())!.match(/Showing (\d+)/)![1]);
const chosenCount = async (page: Page) => Number((await page.locator('.teach-count').textContent())!.match(/(\d+)/)![1]);
const downloaded = async (download: Download) => readFileSync((await download.path())!, 'utf8');

async function openBuilder(page: Page, url = siteUrl): Promise<void> {
  await page.goto(`${url}teach/`);
  await page.locator('.teach-shown').waitFor();
}

describe('the assignment builder', () => {
  // One long keyboard journey with axe in both themes at eight states: more than the default minute on a busy 2-core machine.
  it('builds an assignment by keyboard, and its link, key file and GIFT file hold exactly what was chosen', async () => {
    const { context, page, problems } = await openPage(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBuilder(page);
    const all = quiz.questions.filter((question) => index.some((entry) => entry.id === question.id && !entry.retired));
    expect(await shownCount(page)).toBe(all.length);
    expect(await chosenCount(page)).toBe(0);
    await axeBothThemes(page, 'empty');

    // Filter by lesson, then by its first objective: the list follows the bank.
    await tabTo(page, 'select', 'Lesson');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe(firstLesson);
    const ofLesson = all.filter((question) => question.lesson === firstLesson);
    expect(await shownCount(page)).toBe(ofLesson.length);
    await tabTo(page, 'select', 'Objective');
    await page.keyboard.press('ArrowDown');
    const objective = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    const filtered = ofLesson.filter((question) => question.objective === objective);
    expect(filtered.length).toBeGreaterThan(0);
    expect(await shownCount(page)).toBe(filtered.length);
    await axeBothThemes(page, 'filtered');

    // Tick the first two shown (or the one there is).
    const ticked = filtered.slice(0, 2).map((question) => question.id);
    for (const id of ticked) {
      await tabTo(page, `#teach-q-${CSS_ESCAPE(id)}`);
      await page.keyboard.press('Space');
    }
    expect(await chosenCount(page)).toBe(ticked.length);

    // Three more at random from the second lesson.
    await tabTo(page, '.teach-draw-lessons input', await lessonTitleOnPage(page, secondLesson));
    await page.keyboard.press('Space');
    await tabTo(page, '.teach-draw-row input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await tabTo(page, 'button', 'Add at random');
    await page.keyboard.press('Enter');
    expect(await chosenCount(page)).toBe(ticked.length + 3);
    await axeBothThemes(page, 'chosen');

    // Making the link with no title: the problem by its field and in the summary.
    await tabTo(page, 'button', 'Make the link');
    await page.keyboard.press('Enter');
    await page.locator('#teach-title-errors .field-error').waitFor();
    expect(await page.locator('#teach-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.teach-summary').textContent()).toContain('Give the assignment a title.');
    await axeBothThemes(page, 'errors');

    // Every setting, by keyboard.
    await tabTo(page, '#teach-title');
    await page.keyboard.type('Week 3: <b>roles</b>');
    await tabTo(page, '#teach-instructions');
    await page.keyboard.type('Work alone.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('No notes.');
    await tabTo(page, '#teach-due');
    await page.keyboard.type('12042026');
    expect(await page.locator('#teach-due').inputValue()).toBe('2026-12-04');
    await tabTo(page, 'input[name="teach-order"]');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'input[name="teach-feedback"]');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#teach-pass');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('80');
    expect(await page.locator('.teach-errors .field-error').count()).toBe(0);

    // The preview: the title as text (never markup), the instructions, the due day, the questions in order.
    const preview = page.locator('.teach-preview');
    expect(await preview.locator('.teach-preview-title').textContent()).toBe('Week 3: <b>roles</b>');
    expect(await preview.locator('b').count()).toBe(0);
    const previewText = (await preview.textContent())!;
    expect(previewText).toContain('Work alone.');
    expect(previewText).toContain('Due: Friday 4 December 2026');
    expect(await preview.locator('.teach-preview-questions > li').count()).toBe(ticked.length + 3);

    // Make the link; the key file is offered at once.
    await tabTo(page, 'button', 'Make the link');
    await page.keyboard.press('Enter');
    await page.locator('#teach-link').waitFor();
    const url = await page.locator('#teach-link').inputValue();
    expect(url.startsWith(`${siteUrl}assignment/#`)).toBe(true);
    expect(await page.locator('.teach-key-warning').textContent()).toContain('cannot be opened on another device');
    // The print page opens the same assignment: the same fragment on /teach/print/.
    const printLink = page.getByRole('link', { name: 'Print a worksheet and answer key' });
    expect(await printLink.getAttribute('href')).toBe(`${siteUrl}teach/print/${new URL(url).hash}`);

    const decoded = await decodeAssignmentLink(new URL(url).hash, bank);
    if (!decoded.ok) throw new Error(decoded.message);
    const { assignment } = decoded;
    expect(assignment.questionIds.slice(0, ticked.length)).toEqual(ticked);
    const drawn = assignment.questionIds.slice(ticked.length);
    expect(drawn).toHaveLength(3);
    expect(drawn.every((id) => bank.questions.has(id) && quiz.questions.find((q) => q.id === id)!.lesson === secondLesson)).toBe(true);
    expect(new Set(assignment.questionIds).size).toBe(ticked.length + 3);
    const previewPrompts = await preview.locator('.teach-preview-questions > li > p:first-child').allTextContents();
    expect(previewPrompts.map((text) => text.replace(/\s*\([^)]*\)$/, ''))).toEqual(
      assignment.questionIds.map((id) => bank.questions.get(id)!.prompt),
    );
    expect({ ...assignment, teacherKey: undefined, questionIds: undefined }).toEqual({
      title: 'Week 3: <b>roles</b>',
      instructions: 'Work alone.\nNo notes.',
      due: '2026-12-04',
      questionIds: undefined,
      order: 'shuffled',
      feedback: 'graded',
      passPercent: 80,
      teacherKey: undefined,
    });
    await expectQrCodeOf(page, 'QR code of the link for learners', url);
    await axeBothThemes(page, 'link made');

    // The key file: downloads, reads back, and is the key the link carries.
    await tabTo(page, 'button', 'Download my key file');
    const [keyDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const key = await readTeacherKeyFile(await downloaded(keyDownload));
    if (!key.ok) throw new Error(key.message);
    expect(toBase64Url(key.key.publicKey)).toBe(toBase64Url(assignment.teacherKey!));
    // Saved: the warning turns into a note, which takes the focus the removed button had.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('teach-key-saved');
    expect(await page.locator('.teach-made .teach-key-warning').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Download my key file' }).count()).toBe(1);
    await axeBothThemes(page, 'key file saved');

    // Copy.
    await tabTo(page, 'button', 'Copy the link');
    await page.keyboard.press('Enter');
    await page.getByText('Copied the link.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // GIFT: parses, and holds the chosen questions in order.
    await tabTo(page, 'button', 'Download for Moodle (GIFT)');
    const [giftDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(giftDownload.suggestedFilename()).toBe('week-3-b-roles-b.gift.txt');
    const gift = parse(await downloaded(giftDownload)).filter((question) => question.type !== 'Category');
    expect(gift.map((question) => (question as { title: string | null }).title)).toEqual(assignment.questionIds);

    // Kept in this browser: the draft comes back after a reload, said so; the link is listed; deleting removes it, Undo puts it back.
    const chosenBefore = await chosenCount(page);
    await page.reload();
    await page.locator('.teach-shown').waitFor();
    expect(await page.locator('.teach-draft').textContent()).toContain(`${chosenBefore} questions chosen for "Week 3: <b>roles</b>"`);
    expect(await chosenCount(page)).toBe(chosenBefore);
    expect(await page.locator('#teach-title').inputValue()).toBe('Week 3: <b>roles</b>');
    expect(await page.locator('#teach-due').inputValue()).toBe('2026-12-04');
    await axeBothThemes(page, 'draft kept');
    const saved = page.locator('.teach-saved > li');
    expect(await saved.count()).toBe(1);
    expect(await saved.locator('.teach-saved-title').textContent()).toBe('Week 3: <b>roles</b>');
    expect(await saved.textContent()).toContain(`${ticked.length + 3} questions`);
    expect(await saved.locator('input').inputValue()).toBe(url);
    // Its buttons say which link they act on: one Copy, Print and Delete per saved link.
    expect(await saved.getByRole('button', { name: 'Copy the link to "Week 3: <b>roles</b>"', exact: true }).count()).toBe(1);
    expect(await saved.getByRole('link', { name: 'Print "Week 3: <b>roles</b>"', exact: true }).getAttribute('href')).toBe(
      `${siteUrl}teach/print/${new URL(url).hash}`,
    );
    await tabTo(page, '.teach-saved button', 'Delete');
    await page.keyboard.press('Enter');
    expect(await page.locator('.teach-saved > li').count()).toBe(0);
    const kept = () => page.evaluate(() => localStorage.getItem('digital-ecosystems:teach:assignments'));
    expect(await kept()).toBe('[]');
    await tabTo(page, 'button', 'Undo');
    await page.keyboard.press('Enter');
    expect(await page.locator('.teach-saved input').inputValue()).toBe(url);
    expect(JSON.parse((await kept())!)).toHaveLength(1);
    await page.getByRole('button', { name: 'Delete "Week 3: <b>roles</b>" from this list' }).click();
    expect(await kept()).toBe('[]');

    // Start afresh: the draft is gone, here and after a reload.
    await page.reload();
    await page.getByRole('button', { name: 'Start afresh' }).click();
    expect(await chosenCount(page)).toBe(0);
    expect(await page.locator('#teach-title').inputValue()).toBe('');
    await page.reload();
    await page.locator('.teach-shown').waitFor();
    expect(await page.locator('.teach-draft').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('digital-ecosystems:teach:draft'))).toBeNull();
    expect(problems).toEqual([]);
  }, 150_000);

  it('a second link is sealed to the same key, and no key file is pressed on the teacher again', async () => {
    const { page } = await openPage(browser());
    await openBuilder(page);
    const makeOne = async (title: string) => {
      await page.locator('#teach-title').fill(title);
      await page.locator('.teach-questions input').first().check();
      await page.getByRole('button', { name: 'Make the link' }).click();
      await page.locator('#teach-link').waitFor();
      const decoded = await decodeAssignmentLink(new URL(await page.locator('#teach-link').inputValue()).hash, bank);
      return decoded.ok ? toBase64Url(decoded.assignment.teacherKey!) : decoded.message;
    };
    const first = await makeOne('One');
    expect(await page.locator('.teach-key-warning').count()).toBe(1);
    await page.reload();
    await page.locator('.teach-shown').waitFor();
    expect(await makeOne('Two')).toBe(first);
    expect(await page.locator('.teach-key-warning').count()).toBe(0);
    expect(await page.locator('.teach-saved > li').count()).toBe(2);
  });

  it('a key file saved elsewhere seals the links made here; a different key replaces the kept one only when asked', async () => {
    const { page } = await openPage(browser());
    await openBuilder(page);
    const keyFileNamed = async (name: string, key: TeacherKey) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(await teacherKeyFile(key)),
    });
    const keptKey = async () =>
      await readTeacherKeyFile((await page.evaluate(() => localStorage.getItem('digital-ecosystems:teach:key')))!);
    const [mine, other] = await Promise.all([createTeacherKey(), createTeacherKey()]);
    const linkKey = async (title: string) => {
      await page.locator('#teach-title').fill(title);
      await page.getByRole('button', { name: 'Make the link' }).click();
      await page.locator('#teach-link').waitFor();
      const decoded = await decodeAssignmentLink(new URL(await page.locator('#teach-link').inputValue()).hash, bank);
      return decoded.ok ? toBase64Url(decoded.assignment.teacherKey!) : decoded.message;
    };
    await page.locator('.teach-questions input').first().check();

    // Not a key: said, and nothing kept.
    await page
      .locator('#teach-key-file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await page.getByText('notes.json cannot be used: This is not a teacher key file').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('digital-ecosystems:teach:key'))).toBeNull();

    // With no key kept, a key file becomes this browser's key: the link is sealed to it and no new key file is pressed on the teacher.
    await page.locator('#teach-key-file').setInputFiles(await keyFileNamed('home-key.json', mine));
    await page.getByText('This browser now keeps the key from home-key.json').waitFor();
    expect(await linkKey('From home')).toBe(toBase64Url(mine.publicKey));
    expect(await page.locator('.teach-made .teach-key-warning').count()).toBe(0);

    // The same key again changes nothing.
    await page.locator('#teach-key-file').setInputFiles(await keyFileNamed('copy.json', mine));
    await page.getByText('copy.json holds the key this browser already keeps.').waitFor();

    // A different key asks first; keeping the current one keeps it.
    await page.locator('#teach-key-file').setInputFiles(await keyFileNamed('other.json', other));
    await page.getByText('other.json holds a different key from the one this browser keeps.').waitFor();
    await axeBothThemes(page, 'replacing the key is asked');
    await page.getByRole('button', { name: 'Keep the current key' }).click();
    await page.getByText('Kept the current key.').waitFor();
    const kept = await keptKey();
    expect(kept.ok && toBase64Url(kept.key.publicKey)).toBe(toBase64Url(mine.publicKey));

    // Asked again, the current key can be saved first, then replaced; new links are sealed to the new key.
    await page.locator('#teach-key-file').setInputFiles(await keyFileNamed('other.json', other));
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the current key' }).click(),
    ]);
    const savedKey = await readTeacherKeyFile(await downloaded(saved));
    expect(savedKey.ok && toBase64Url(savedKey.key.publicKey)).toBe(toBase64Url(mine.publicKey));
    await page.getByRole('button', { name: 'Use the key from other.json' }).click();
    await page.getByText('This browser now keeps the key from other.json').waitFor();
    const replaced = await keptKey();
    expect(replaced.ok && toBase64Url(replaced.key.publicKey)).toBe(toBase64Url(other.publicKey));
    expect(await linkKey('From school')).toBe(toBase64Url(other.publicKey));
  });

  it('fits 390 px with no sideways scroll in every state', async () => {
    const { page } = await openPage(browser(), { width: 390, height: 844 });
    await openBuilder(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), 'empty').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Make the link' }).click();
    expect(await overflow(), 'errors').toBeLessThanOrEqual(0);
    await page.locator('.teach-questions input').first().check();
    await page.locator('#teach-title').fill('A long title '.repeat(8));
    await page.getByRole('button', { name: 'Make the link' }).click();
    await page.locator('#teach-link').waitFor();
    expect(await overflow(), 'link made').toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works under the sub-path build: the bank loads and the link names the sub-path', async () => {
    const { page, problems } = await openPage(browser());
    await openBuilder(page, subpathSiteUrl);
    await page.locator('.teach-questions input').first().check();
    await page.locator('#teach-title').fill('Sub-path');
    await page.getByRole('button', { name: 'Make the link' }).click();
    await page.locator('#teach-link').waitFor();
    const url = new URL(await page.locator('#teach-link').inputValue());
    expect(url.pathname).toBe(`${SUBPATH_BASE}assignment/`);
    expect((await decodeAssignmentLink(url.hash, bank)).ok).toBe(true);
    expect(problems).toEqual([]);
  });
});

/** A question id as a CSS identifier (ids are slugs, but do not rely on it). */
function CSS_ESCAPE(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, (character) => `\\${character}`);
}

/** The title the page shows for a lesson (from its own label, so the test follows the course). */
async function lessonTitleOnPage(page: Page, slug: string): Promise<string> {
  return page.evaluate((value) => document.querySelector(`.teach-filter select option[value="${value}"]`)?.textContent ?? value, slug);
}
