import { perfectAnswer, shuffledCount } from '../quiz/questionTypes';
import type { QuizQuestion } from '../quiz/quizData';
import { seededRandom } from '../quiz/random';
import { neededToPass } from '../quiz/scoring';
import { shuffledIndexes } from '../quiz/shuffle';
import { seedFromText } from '../quiz/textSeed';

/*
 * An assignment on paper: the worksheet learners fill in and the teacher's answer key, both computed here
 * from one `PrintedQuestion` per question so they cannot disagree on numbers or letters. Authors often put
 * the right option first, so options (and a matching question's choices) are printed in an order shuffled
 * by the quiz's own seeded shuffle, seeded by the assignment id and the question id: the same assignment
 * always prints the same, and another assignment of the same questions prints them differently.
 */

/** An option or matching choice as printed: its letter, its text, and its index in the authored order. */
export interface LetteredOption {
  letter: string;
  text: string;
  authored: number;
}

/** A question as it prints on the worksheet: nothing here says which answer is right. */
export type WorksheetQuestion = {
  number: number;
  id: string;
  prompt: string;
  /** How to answer, printed under the prompt ("Tick one."). */
  instruction: string;
} & (
  | { kind: 'choice'; options: LetteredOption[] }
  | { kind: 'truefalse' }
  /** A table to fill in: one row per item (authored order), the lettered choices listed under it. */
  | { kind: 'matching'; items: string[]; choices: LetteredOption[] }
);

/** One question in the answer key: the right answer(s) in the worksheet's letters, why, and where it is taught. */
export interface KeyEntry {
  number: number;
  id: string;
  prompt: string;
  /** The right answer in words, one line each: "B. Modular producer", "True", "Amazon → A. Orchestrator". */
  answers: string[];
  explanation: string;
  lessonLink: { href: string; text: string };
}

/** A question with its printed order: shared by the worksheet and the key. */
export interface PrintedQuestion {
  number: number;
  question: QuizQuestion;
  /** Authored indexes of the shuffled parts (options, matching choices) in the order they print; empty when none shuffle. */
  order: number[];
}

/** The letter of the n-th printed option: A, B, … Z, then AA, AB, … (no question has that many, but no letter repeats). */
export function optionLetter(position: number): string {
  const letter = String.fromCharCode(65 + (position % 26));
  return position < 26 ? letter : `${optionLetter(Math.floor(position / 26) - 1)}${letter}`;
}

/** The seed of one question's printed order in one assignment. */
const printSeed = (assignmentId: string, questionId: string): number => seedFromText(`print\n${assignmentId}\n${questionId}`);

/** The questions numbered 1…n in the assignment's order, each with its printed option order. */
export function printedQuestions(assignmentId: string, questions: readonly QuizQuestion[]): PrintedQuestion[] {
  return questions.map((question, index) => {
    const count = shuffledCount(question);
    const order = count > 0 ? shuffledIndexes(count, seededRandom(printSeed(assignmentId, question.id))) : [];
    return { number: index + 1, question, order };
  });
}

const lettered = (texts: readonly string[], order: readonly number[]): LetteredOption[] =>
  order.map((authored, position) => ({ letter: optionLetter(position), text: texts[authored]!, authored }));

/** A printed question as the worksheet shows it. */
export function worksheetQuestion({ number, question, order }: PrintedQuestion): WorksheetQuestion {
  const base = { number, id: question.id, prompt: question.prompt };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        instruction: question.type === 'single' ? 'Tick one.' : 'Tick all that apply.',
        kind: 'choice',
        options: lettered(
          question.options.map((option) => option.text),
          order,
        ),
      };
    case 'truefalse':
      return { ...base, instruction: 'Tick one.', kind: 'truefalse' };
    case 'matching':
      return {
        ...base,
        instruction: 'Write the letter of the matching choice beside each item.',
        kind: 'matching',
        items: question.pairs.map((pair) => pair.item),
        choices: lettered(question.choices, order),
      };
  }
}

/** "B. Modular producer": an option by its printed letter. */
const byLetter = (option: LetteredOption): string => `${option.letter}. ${option.text}`;

/** A printed question's right answer(s), in the worksheet's letters. */
export function keyAnswers(printed: PrintedQuestion): string[] {
  const sheet = worksheetQuestion(printed);
  const { question } = printed;
  switch (sheet.kind) {
    case 'truefalse':
      return [perfectAnswer(question) === true ? 'True' : 'False'];
    case 'choice': {
      const right = new Set([perfectAnswer(question)].flat());
      return sheet.options.filter((option) => right.has(option.authored)).map(byLetter);
    }
    case 'matching': {
      const matches = perfectAnswer(question) as number[];
      return sheet.items.map((item, row) => `${item} → ${byLetter(sheet.choices.find((choice) => choice.authored === matches[row])!)}`);
    }
  }
}

/** Where the key sends the teacher: "Lesson: Three roles, section “The orchestrator”", and the section's address. */
export interface LessonNames {
  /** Lesson id → its title. */
  titles: Readonly<Record<string, string>>;
  /** `lessonId#section` → the section's heading. */
  sections: Readonly<Record<string, string>>;
}

/** The key's line for the section that teaches a question, with its address resolved against `pageUrl` (absolute, to print). */
export function lessonLine(question: QuizQuestion, names: LessonNames, pageUrl: string): { href: string; text: string } {
  const title = names.titles[question.lesson] ?? question.lesson;
  const section = names.sections[`${question.lesson}#${question.section}`];
  return { href: new URL(question.link.href, pageUrl).href, text: `Lesson: ${title}${section ? `, section “${section}”` : ''}` };
}

/** A printed question as the answer key shows it. */
export function keyEntry(printed: PrintedQuestion, names: LessonNames, pageUrl: string): KeyEntry {
  const { number, question } = printed;
  return {
    number,
    id: question.id,
    prompt: question.prompt,
    answers: keyAnswers(printed),
    explanation: question.explanation,
    lessonLink: lessonLine(question, names, pageUrl),
  };
}

/** The pass mark in words for the key: "60 % — 3 of 5 questions". */
export function passMarkWords(passPercent: number, questionCount: number): string {
  const needed = neededToPass(questionCount, passPercent);
  return `${passPercent} % — ${needed} of ${questionCount} question${questionCount === 1 ? '' : 's'}`;
}

/** The names the key needs (lesson titles, and the headings of the sections questions link to), from the course at build time. */
export function lessonNamesOf(
  lessons: readonly { id: string; title: string }[],
  headings: ReadonlyMap<string, readonly { slug: string; text: string }[]>,
  quizzes: ReadonlyMap<string, readonly { section: string }[]>,
): LessonNames {
  const titles = Object.fromEntries(lessons.map((lesson) => [lesson.id, lesson.title]));
  const sections: Record<string, string> = {};
  for (const lesson of lessons) {
    const texts = new Map((headings.get(lesson.id) ?? []).map((heading) => [heading.slug, heading.text]));
    for (const { section } of quizzes.get(lesson.id) ?? []) {
      const text = texts.get(section);
      if (text !== undefined) sections[`${lesson.id}#${section}`] = text;
    }
  }
  return { titles, sections };
}
