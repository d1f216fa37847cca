import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { quizSchema } from '../../src/lib/content/quizSchema';
import type { Question } from '../../src/lib/quiz/questionTypes';

/*
 * The real question bank, read from `content/quizzes/*.yaml` and checked by the same schema the build uses,
 * for tests that should run over every question the course has (result codes, say) rather than fixtures.
 */

const quizzesDir = fileURLToPath(new URL('../../content/quizzes/', import.meta.url));

/** Every question of the course, quiz file by quiz file (alphabetical), in authored order within each. */
export function bankQuestions(): Question[] {
  return readdirSync(quizzesDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const parsed = quizSchema.safeParse(parse(readFileSync(`${quizzesDir}${file}`, 'utf8')));
      if (!parsed.success) throw new Error(`content/quizzes/${file} does not pass its schema: ${parsed.error.message}`);
      return parsed.data.questions;
    });
}
