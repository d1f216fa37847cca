import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { questionIndexSchema } from '../../src/lib/content/questionIndexSchema';
import { quizSchema } from '../../src/lib/content/quizSchema';
import type { Question } from '../../src/lib/quiz/questionTypes';
import type { BankQuestion } from '../../src/lib/quiz/quizData';
import type { QuestionIndex } from '../../src/lib/teach/questionIndex';

/*
 * The real question bank and its index, read from content/ and checked with the same schemas as the
 * build, so tests over "every question" follow the course instead of pinning today's questions.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every quiz file in file-name order (the index's order), with its lesson and its questions as authored. */
export function readBankFiles(): { file: string; lesson: string; questions: Question[] }[] {
  return readdirSync(`${root}content/quizzes`)
    .filter((name) => name.endsWith('.yaml'))
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = `content/quizzes/${name}`;
      const parsed = quizSchema.safeParse(parse(readFileSync(`${root}${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`${file} does not pass its schema: ${parsed.error.message}`);
      return { file, lesson: parsed.data.lesson, questions: parsed.data.questions };
    });
}

/** Every question of every quiz file, with its lesson, in file-name then file order. */
export function questionBank(): BankQuestion[] {
  return readBankFiles().flatMap((quiz) => quiz.questions.map((question) => ({ ...question, lesson: quiz.lesson })));
}

/** Every question of the bank, by id. */
export function readBank(): Map<string, Question> {
  return new Map(readBankFiles().flatMap((quiz) => quiz.questions.map((question) => [question.id, question])));
}

/** A question index file (the real one, or a committed copy), validated by the build's schema. */
export function readQuestionIndex(path = 'content/question-index.yaml'): QuestionIndex {
  const file = parse(readFileSync(`${root}${path}`, 'utf8')) as { questions: unknown };
  return questionIndexSchema.parse(file.questions);
}
