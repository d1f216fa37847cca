import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { questionIndexSchema } from '../../src/lib/content/questionIndexSchema';
import { quizSchema } from '../../src/lib/content/quizSchema';
import type { Question } from '../../src/lib/quiz/questionTypes';
import type { QuestionIndex } from '../../src/lib/teach/questionIndex';

/*
 * The real question bank and its index, read and validated as the build reads them, so the teachers'
 * tests draw from the course as it is and never pin today's numbers.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A question index file (the real one, or a committed copy), validated by the build's schema. */
export function readQuestionIndex(path = 'content/question-index.yaml'): QuestionIndex {
  const file = parse(readFileSync(`${root}${path}`, 'utf8')) as { questions: unknown };
  return questionIndexSchema.parse(file.questions);
}

/** Every quiz file in file-name order (the index's order), with its questions as authored. */
export function readBankFiles(): { file: string; questions: Question[] }[] {
  return readdirSync(`${root}content/quizzes`)
    .filter((name) => name.endsWith('.yaml'))
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = `content/quizzes/${name}`;
      return { file, questions: quizSchema.parse(parse(readFileSync(`${root}${file}`, 'utf8'))).questions };
    });
}

/** Every question of the bank, by id. */
export function readBank(): Map<string, Question> {
  return new Map(readBankFiles().flatMap((quiz) => quiz.questions.map((question) => [question.id, question])));
}
