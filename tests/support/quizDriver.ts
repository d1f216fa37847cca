import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { questionTypes, type Answer, type Question } from '../../src/lib/quiz/questionTypes';
import type { ChoiceQuestionType } from '../../src/lib/quiz/questionTypes/choiceOptions';
import { pairViews, type MatchingAnswer } from '../../src/lib/quiz/questionTypes/matching';
import type { QuizData, QuizQuestion } from '../../src/lib/quiz/quizData';
import { rightAnswer, wrongAnswer } from './answers';
import { quizLength } from '../../src/lib/quiz/quizDraw';

/** The lesson quiz's place on a lesson page. */
export const LESSON_QUIZ = '.activity-quiz';

/** Presses Tab until the focused element matches `selector`, failing after `limit` presses. */
export async function tabUntil(page: Page, selector: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} within ${limit} presses`);
}

/** The question on screen, found in the quiz's JSON by its prompt. */
export async function questionOnScreen(page: Page, questions: readonly Question[]): Promise<Question> {
  const prompt = (await page.locator('.quiz-question legend').first().textContent())?.trim();
  const question = questions.find((candidate) => candidate.prompt === prompt);
  if (!question) throw new Error(`no question with the prompt ${JSON.stringify(prompt)}`);
  return question;
}

/**
 * What answering means on screen, from the question type itself: which option labels to tick (radio
 * buttons or checkboxes), or which choice to pick in each item's select (matching).
 */
function inputsFor(
  question: Question,
  right: boolean,
): { control: 'radio' | 'checkbox'; labels: string[] } | { control: 'select'; picks: string[] } {
  const answer = right ? rightAnswer(question) : wrongAnswer(question);
  if (question.type === 'matching')
    return { control: 'select', picks: pairViews(question, answer as MatchingAnswer).map((pair) => pair.chosen!) };
  const choice = questionTypes[question.type] as unknown as ChoiceQuestionType<Question, Answer>;
  return {
    control: choice.control,
    labels: choice
      .options(question, answer)
      .filter((option) => option.chosen)
      .map((option) => option.text),
  };
}

/**
 * Answers the question on screen with the keyboard only, the way a learner would: Tab into the
 * options, arrows or Space to choose, arrows in each select for a matching question. Focus must be
 * on the question heading when called; afterwards it is on the last input.
 */
export async function answerWithKeyboard(page: Page, question: Question, right: boolean): Promise<void> {
  const inputs = inputsFor(question, right);
  if (inputs.control === 'select') {
    for (const [index, pick] of inputs.picks.entries()) {
      await page.keyboard.press('Tab');
      const options = await page.locator('.quiz-pair select').nth(index).locator('option').allTextContents();
      for (let step = 0; step < options.indexOf(pick); step++) await page.keyboard.press('ArrowDown');
    }
    return;
  }
  const labels = (await page.locator('.quiz-option label').allTextContents()).map((text) => text.trim());
  if (inputs.control === 'checkbox') {
    for (const label of labels) {
      await page.keyboard.press('Tab');
      if (inputs.labels.includes(label)) await page.keyboard.press('Space');
    }
    return;
  }
  // A radio group is one Tab stop; arrows move the choice along it.
  await page.keyboard.press('Tab');
  const target = labels.indexOf(inputs.labels[0]!);
  if (target === 0) await page.keyboard.press('Space');
  for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
}

/** The questions of a lesson quiz, as the site serves them (correct answers included). */
export async function fetchQuiz(siteUrl: string, lesson: string): Promise<QuizQuestion[]> {
  const response = await fetch(`${siteUrl}lessons/${lesson}/quiz.json`);
  return ((await response.json()) as QuizData).questions;
}

/** The text of the focused element: what a screen reader would announce first. */
export const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Opens a lesson and waits until its quiz island has hydrated. */
export async function openQuiz(page: Page, lessonUrl: string): Promise<Locator> {
  await page.goto(lessonUrl);
  const quiz = page.locator(LESSON_QUIZ);
  await quiz.scrollIntoViewIfNeeded();
  await page.waitForSelector(`${LESSON_QUIZ} astro-island:not([ssr])`);
  return quiz;
}

/** Answers the practice question on screen, right or wrong, presses Check, and returns the question. */
export async function answerAndCheck(page: Page, questions: readonly Question[], right: boolean): Promise<Question> {
  const question = await questionOnScreen(page, questions);
  await answerWithKeyboard(page, question, right);
  await page.getByRole('button', { name: 'Check answer' }).click();
  return question;
}

/** Answers every question of a started lesson quiz right (a draw from the pool `questions`), waiting for each question to arrive. */
export async function answerAllRight(page: Page, questions: readonly Question[]): Promise<void> {
  const length = quizLength(questions);
  for (let index = 0; index < length; index++) {
    await expect.poll(() => focusedText(page)).toBe(`Question ${index + 1} of ${length}`);
    await answerAndCheck(page, questions, true);
    await page.getByRole('button', { name: /Next question|See your result/ }).click();
  }
}

/** Presses Start on a lesson quiz and waits until its first question has focus. */
export async function startQuiz(page: Page, quiz: Locator, questionCount: number): Promise<void> {
  await quiz.getByRole('button', { name: /Start the quiz|Retry all questions/ }).click();
  await expect.poll(() => focusedText(page)).toBe(`Question 1 of ${questionCount}`);
}
