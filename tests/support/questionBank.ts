import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { quizSchema } from '../../src/lib/content/quizSchema';
import type { BankQuestion } from '../../src/lib/quiz/quizData';

/*
 * The whole question bank as content/quizzes defines it, read and checked with the same schema as the
 * build, so tests over "every question" follow the course instead of pinning today's questions.
 */

const quizzesDir = fileURLToPath(new URL('../../content/quizzes/', import.meta.url));

/** Every question of every quiz file, with its lesson, in file-name then file order. */
export function questionBank(): BankQuestion[] {
  return readdirSync(quizzesDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const parsed = quizSchema.safeParse(parse(readFileSync(`${quizzesDir}${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`content/quizzes/${file} does not pass its schema: ${parsed.error.message}`);
      return parsed.data.questions.map((question) => ({ ...question, lesson: parsed.data.lesson }));
    });
}
