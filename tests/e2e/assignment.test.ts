import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage, useBrowser, type ColorScheme } from '../support/browser';
import { axeViolations } from '../support/axe';
import { expectLinksRefused } from '../support/hostileLinks';
import { ROOT_DIST } from '../support/builds';
import { withUnpackedCopy } from '../support/downloadableCopy';
import { expectQrCodeOf } from '../support/qrCode';
import { answerWithKeyboard, focusedText, questionOnScreen } from '../support/quizDriver';
import { rightAnswer, wrongAnswer } from '../support/answers';
import type { Question } from '../../src/lib/quiz/questionTypes';
import type { QuizData, QuizQuestion } from '../../src/lib/quiz/quizData';
import type { Assignment, FeedbackTiming } from '../../src/lib/teach/assignment';
import { encodeAssignmentLink } from '../../src/lib/teach/assignmentLink';
import { fromBase64Url, toBase64Url } from '../../src/lib/teach/bytes';
import type { NumberedBank, QuestionIndex } from '../../src/lib/teach/questionIndex';
import { readResultCode } from '../../src/lib/teach/resultCode';
import { formatScore, neededToPass } from '../../src/lib/quiz/scoring';
import { createTeacherKey, type TeacherKey } from '../../src/lib/teach/teacherKeys';

/*
 * The learner's assignment page, end to end: links made in Node with the library over the bank the site
 * serves, opened in a fresh browser, taken by keyboard, and the result code opened again with the teacher's
 * private key.
 */

const siteUrl = inject('siteUrl');
const subpathSiteUrl = inject('subpathSiteUrl');
const browser = useBrowser();

const served = JSON.parse(readFileSync(`${ROOT_DIST}/quiz-bank.json`, 'utf8')) as QuizData;
const index = JSON.parse(readFileSync(`${ROOT_DIST}/question-index.json`, 'utf8')) as QuestionIndex;
const bank: NumberedBank = { index, questions: new Map(served.questions.map((question) => [question.id, question])) };
const byId = new Map(served.questions.map((question) => [question.id, question]));

/** One question of each type the course has (so every input is driven), then one more: derived from the bank. */
const chosen: QuizQuestion[] = (() => {
  const firsts = [...new Map(served.questions.map((question) => [question.type, question])).values()];
  const extra = served.questions.find((question) => !firsts.includes(question))!;
  return [...firsts, extra];
})();
const chosenIds = chosen.map((question) => question.id);

const teacher: Promise<TeacherKey> = createTeacherKey();

async function makeLink(
  settings: Partial<Assignment> & { feedback: FeedbackTiming },
  linkBank: NumberedBank = bank,
): Promise<{ url: string; fragment: string; assignmentId: string; assignment: Assignment }> {
  const assignment: Assignment = {
    title: 'Week 3: platforms',
    instructions: 'Answer every question.\nTake your time.',
    questionIds: chosenIds,
    order: 'fixed',
    passPercent: 60,
    teacherKey: (await teacher).publicKey,
    ...settings,
  };
  const { fragment, assignmentId } = await encodeAssignmentLink(assignment, linkBank);
  return { url: `${siteUrl}assignment/#${fragment}`, fragment, assignmentId, assignment };
}

async function openAssignment(page: Page, url: string, title: string) {
  await page.goto(url);
  await expect.poll(() => page.locator('.assignment h2').first().textContent()).toBe(title);
}

/** Presses Tab until the focused element is the button with this text, then Enter: the keyboard only. */
async function pressButton(page: Page, name: string, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (presses > 0) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.tagName === 'BUTTON' ? (element.textContent?.trim() ?? '') : '';
    });
    if (focused === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached the button "${name}"`);
}

/** Types the name and starts, by keyboard; waits for the first question. */
async function startByKeyboard(page: Page, name: string) {
  await page.getByLabel('Your name').focus();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${chosen.length}`);
}

/** Which questions the learner gets wrong on purpose: every second one, by position in the assignment. */
const answerRight = (id: string) => chosenIds.indexOf(id) % 2 === 0;

/** Answers every question on screen by keyboard; with 'each' checks each one and sees its verdict. */
async function answerAll(page: Page, feedback: FeedbackTiming, from = 0, onQuestion?: (position: number) => Promise<void>) {
  const seen: string[] = [];
  for (let position = from; position < chosen.length; position++) {
    await expect.poll(() => focusedText(page)).toBe(`Question ${position + 1} of ${chosen.length}`);
    const question = await questionOnScreen(page, chosen);
    seen.push(question.id);
    await answerWithKeyboard(page, question, answerRight(question.id));
    const last = position === chosen.length - 1;
    if (feedback === 'each') {
      await pressButton(page, 'Check answer');
      await expect.poll(() => page.locator('.quiz-feedback').count()).toBe(1);
      await onQuestion?.(position);
      await pressButton(page, last ? 'Finish and hand in' : 'Next question');
    } else {
      expect(await page.locator('.quiz-feedback, .quiz-verdict').count()).toBe(0);
      await onQuestion?.(position);
      await pressButton(page, last ? 'Hand in' : 'Next question');
    }
  }
  return seen;
}

async function copiedCode(page: Page, context: BrowserContext): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
  const field = page.getByLabel('Your result code');
  await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toMatch(/^DE1-/);
  await pressButton(page, 'Copy the code');
  await expect.poll(() => page.locator('.assignment-handin [aria-live]').textContent()).toContain('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await field.inputValue());
  return copied;
}

async function openCode(code: string, assignmentId: string) {
  const opened = await readResultCode(code, {
    assignmentId,
    questions: chosenIds.map((id) => byId.get(id)! as Question),
    teacherPrivateKey: (await teacher).privateKey,
  });
  if (!opened.ok) throw new Error(opened.message);
  return opened.result;
}

/**
 * The score line after hand-in, worked out from the teacher's pass mark. There is no retry, so a missed mark
 * is final: "Not passed", never the lessons' "Not passed yet".
 */
function expectedVerdict(passPercent: number): string {
  const right = chosenIds.filter(answerRight).length;
  const needed = neededToPass(chosen.length, passPercent);
  const score = formatScore({ score: right, total: chosen.length });
  return right >= needed
    ? `You scored ${score}. Passed: you needed ${needed} of ${chosen.length}.`
    : `You scored ${score}. Not passed: you needed ${needed} of ${chosen.length} (${passPercent} %).`;
}

const expectedAnswers = () => chosen.map((question) => (answerRight(question.id) ? rightAnswer(question) : wrongAnswer(question)));

describe('the learner’s assignment page', () => {
  it.each(['end', 'each', 'graded'] as const)(
    'feedback "%s": takes the assignment by keyboard and hands in a code that opens to the answers given',
    async (feedback) => {
      const { page, context, problems } = await openPage(browser());
      // Half the answers are right: one pass mark the learner reaches, one it misses.
      const passPercent = feedback === 'each' ? 90 : 50;
      const { url, assignmentId } = await makeLink({ feedback, passPercent, order: feedback === 'each' ? 'shuffled' : 'fixed' });
      await openAssignment(page, url, 'Week 3: platforms');
      expect(await page.locator('.assignment-instructions').innerText()).toBe('Answer every question.\nTake your time.');
      expect(await page.locator('.assignment-facts').innerText()).toContain(String(chosen.length));
      expect(await page.locator('.assignment-facts').innerText()).toContain(`${passPercent} %`);
      await startByKeyboard(page, 'Ada Lovelace');
      const seen = await answerAll(page, feedback);
      if (feedback === 'each' || feedback === 'graded') expect(new Set(seen)).toEqual(new Set(chosenIds));
      else expect(seen).toEqual(chosenIds);
      if (feedback === 'graded') {
        await expect.poll(() => focusedText(page)).toBe('Handed in');
        expect(await page.locator('.quiz-score, .quiz-review, .quiz-feedback').count()).toBe(0);
      } else {
        await expect.poll(() => focusedText(page)).toBe('Your result');
        expect(await page.locator('.quiz-score').textContent()).toBe(expectedVerdict(passPercent));
      }
      expect(await page.getByRole('button', { name: /Retry|Practise|Take a new/ }).count()).toBe(0);
      const code = await copiedCode(page, context);
      await expectQrCodeOf(page, 'QR code of the result code', code);
      const result = await openCode(code, assignmentId);
      expect(result.name).toBe('Ada Lovelace');
      expect(result.answers).toEqual(expectedAnswers());
      expect(result.seconds).toBeGreaterThanOrEqual(0);
      expect(Math.abs(result.finishedAt - Date.now())).toBeLessThan(5 * 60_000);
      // The code is kept: a reload shows it again, with the score and answers where the learner may see them.
      await page.reload();
      await expect.poll(() => page.getByLabel('Your result code').inputValue()).toBe(code);
      if (feedback === 'graded') expect(await page.locator('.quiz-score, .quiz-review, .quiz-feedback').count()).toBe(0);
      else expect(await page.locator('.quiz-score').textContent()).toBe(expectedVerdict(passPercent));
      expect(await page.getByRole('button', { name: /Retry|Practise|Take a new/ }).count()).toBe(0);
      expect(problems).toEqual([]);
    },
  );

  it('resumes an unfinished attempt after a reload, with the answers given', async () => {
    const { page, context, problems } = await openPage(browser());
    const { url, assignmentId } = await makeLink({ feedback: 'end' });
    await openAssignment(page, url, 'Week 3: platforms');
    await startByKeyboard(page, 'Grace');
    const question = await questionOnScreen(page, chosen);
    await answerWithKeyboard(page, question, answerRight(question.id));
    await pressButton(page, 'Next question');
    await expect.poll(() => focusedText(page)).toBe(`Question 2 of ${chosen.length}`);
    await page.reload();
    await expect.poll(() => page.locator('.quiz-progress h3').textContent()).toBe(`Question 2 of ${chosen.length}`);
    expect(await page.locator('.quiz-hint').first().textContent()).toContain(`1 of ${chosen.length} answered`);
    await page.locator('.quiz-progress h3').focus();
    await answerAll(page, 'end', 1);
    const result = await openCode(await copiedCode(page, context), assignmentId);
    expect(result.name).toBe('Grace');
    expect(result.answers).toEqual(expectedAnswers());
    expect(problems).toEqual([]);
  });

  it('when the browser refuses to copy, selects the code and says to press Ctrl+C', async () => {
    const { page, problems } = await openPage(browser());
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const { url } = await makeLink({ feedback: 'graded' });
    await openAssignment(page, url, 'Week 3: platforms');
    await startByKeyboard(page, 'Barbara');
    await answerAll(page, 'graded');
    const field = page.getByLabel('Your result code');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toMatch(/^DE1-/);
    await pressButton(page, 'Copy the code');
    await expect.poll(() => page.locator('.assignment-handin [aria-live]').textContent()).toContain('press Ctrl+C');
    const code = await field.inputValue();
    expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLTextAreaElement).value)).toBe(
      code,
    );
    expect(
      await page.evaluate(() => {
        const area = document.activeElement as HTMLTextAreaElement;
        return area.selectionEnd - area.selectionStart;
      }),
    ).toBe(code.length);
    expect(problems).toEqual([]);
  });

  it('without a teacher’s key: hands in, says there is no code to send', async () => {
    const { page, problems } = await openPage(browser());
    const { url } = await makeLink({ feedback: 'graded', teacherKey: undefined });
    await openAssignment(page, url, 'Week 3: platforms');
    await startByKeyboard(page, 'Alan');
    await answerAll(page, 'graded');
    await expect.poll(() => page.locator('.assignment-handin').textContent()).toContain('collects no results');
    expect(await page.getByLabel('Your result code').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('asks for a name first, saying so, and shows title and instructions as text, never markup', async () => {
    const { page, problems } = await openPage(browser());
    const title = '<b>Bold</b> & <img src=x onerror="window.hacked=1">';
    const instructions = '<script>window.hacked=1</script>\n<i>line two</i>';
    const { url } = await makeLink({ feedback: 'end', title, instructions, due: '2020-01-02' });
    await openAssignment(page, url, title);
    expect(await page.locator('.assignment-instructions').innerText()).toBe(instructions);
    expect(await page.locator('astro-island :is(b, img, i, script)').count()).toBe(0);
    expect(await page.locator('.assignment-facts').innerText()).toContain('past due');
    await page.getByRole('button', { name: 'Start the assignment' }).click();
    await expect.poll(() => page.locator('.field-error').textContent()).toContain('Enter your name');
    expect(await page.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('warns when a question changed since the assignment was made, and still lets the learner go on', async () => {
    const { page, problems } = await openPage(browser());
    const changed = new Map(bank.questions);
    changed.set(chosenIds[0]!, { ...chosen[0]!, prompt: `${chosen[0]!.prompt} (as the teacher saw it)` });
    const { url } = await makeLink({ feedback: 'end' }, { index, questions: changed });
    await openAssignment(page, url, 'Week 3: platforms');
    expect(await page.locator('.quiz-notice').textContent()).toContain('changed since your teacher made this assignment');
    await startByKeyboard(page, 'Edsger');
    expect(problems).toEqual([]);
  });

  it('explains the page when opened without a link', async () => {
    const { page, problems } = await openPage(browser());
    await page.goto(`${siteUrl}assignment/`);
    await expect.poll(() => page.locator('.assignment h2').textContent()).toBe('No assignment opened');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows the decoder’s message for broken and hostile links, and renders no markup from them', async () => {
    const { fragment } = await makeLink({ feedback: 'end' });
    const bytes = fromBase64Url(fragment)!;
    const newer = Uint8Array.from(bytes);
    newer[0] = 99;
    const cases = [
      fragment.slice(0, 12),
      `${fragment}AAAA`,
      toBase64Url(newer),
      'AAAA',
      '<img src=x onerror="window.hacked=1">',
      '%3Cscript%3Ewindow.hacked=1%3C/script%3E',
      'x'.repeat(9000),
    ];
    const { page, problems } = await openPage(browser());
    await expectLinksRefused(page, `${siteUrl}assignment/`, cases, bank);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each([
    ['light', 1280],
    ['dark', 390],
    ['dark', 1280],
    ['light', 390],
  ] as [ColorScheme, number][])('has no axe violations in any state (%s, %i px), and no sideways scroll', async (colorScheme, width) => {
    const { page, problems } = await openPage(browser(), { colorScheme, width });
    const noSidewaysScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    for (const feedback of ['each', 'end'] as const) {
      const { url } = await makeLink({ feedback, due: '2020-01-02' });
      await openAssignment(page, url, 'Week 3: platforms');
      expect(await axeViolations(page), `${feedback}: intro`).toEqual([]);
      await noSidewaysScroll();
      await startByKeyboard(page, `Learner ${colorScheme}${width}${feedback}`);
      await answerAll(page, feedback, 0, async (position) => {
        if (position > 1) return;
        expect(await axeViolations(page), `${feedback}: question ${position + 1}`).toEqual([]);
        await noSidewaysScroll();
      });
      await expect.poll(() => page.getByLabel('Your result code').inputValue(), { timeout: 10_000 }).toMatch(/^DE1-/);
      await page.getByRole('img', { name: 'QR code of the result code' }).waitFor();
      expect(await axeViolations(page), `${feedback}: result`).toEqual([]);
      await noSidewaysScroll();
      await page.reload();
      await page.locator('.quiz-score').waitFor();
      await expect.poll(() => page.getByLabel('Your result code').inputValue(), { timeout: 10_000 }).toMatch(/^DE1-/);
      expect(await axeViolations(page), `${feedback}: result after a reload`).toEqual([]);
    }
    const { url } = await makeLink({ feedback: 'graded' });
    await openAssignment(page, url, 'Week 3: platforms');
    await startByKeyboard(page, 'Graded learner');
    await answerAll(page, 'graded');
    await expect.poll(() => page.getByLabel('Your result code').inputValue(), { timeout: 10_000 }).toMatch(/^DE1-/);
    expect(await axeViolations(page), 'graded: handed in').toEqual([]);
    await page.reload();
    await expect.poll(() => page.getByLabel('Your result code').inputValue()).toMatch(/^DE1-/);
    expect(await axeViolations(page), 'handed in, after a reload').toEqual([]);
    await noSidewaysScroll();
    await page.goto(`${siteUrl}assignment/#AAAA`);
    await page.reload();
    await expect.poll(() => page.locator('[role="alert"]').count()).toBe(1);
    expect(await axeViolations(page), 'bad link').toEqual([]);
    await noSidewaysScroll();
    expect(problems).toEqual([]);
  });

  it('works under the sub-path build', async () => {
    const { page, context, problems } = await openPage(browser());
    const { fragment, assignmentId } = await makeLink({ feedback: 'end' });
    await openAssignment(page, `${subpathSiteUrl}assignment/#${fragment}`, 'Week 3: platforms');
    await startByKeyboard(page, 'Sub Path');
    await answerAll(page, 'end');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(subpathSiteUrl).origin });
    await expect.poll(() => page.getByLabel('Your result code').inputValue(), { timeout: 10_000 }).toMatch(/^DE1-/);
    const result = await openCode(await page.getByLabel('Your result code').inputValue(), assignmentId);
    expect(result.answers).toEqual(expectedAnswers());
    expect(problems).toEqual([]);
  });

  it('works in the downloadable copy opened from disk (the bank and the index inline)', async () => {
    await withUnpackedCopy(async (pageUrl) => {
      const { page, problems } = await openPage(browser());
      const { fragment, assignmentId } = await makeLink({ feedback: 'end' });
      await openAssignment(page, `${pageUrl('assignment')}#${fragment}`, 'Week 3: platforms');
      await startByKeyboard(page, 'Offline learner');
      await answerAll(page, 'end');
      await expect.poll(() => page.getByLabel('Your result code').inputValue(), { timeout: 10_000 }).toMatch(/^DE1-/);
      const result = await openCode(await page.getByLabel('Your result code').inputValue(), assignmentId);
      expect(result.answers).toEqual(expectedAnswers());
      expect(problems).toEqual([]);
    });
  });
});
