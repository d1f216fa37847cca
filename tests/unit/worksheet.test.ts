import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { QuizQuestion } from '../../src/lib/quiz/quizData';
import {
  keyAnswers,
  keyEntry,
  lessonLine,
  lessonNamesOf,
  optionLetter,
  passMarkWords,
  printedQuestions,
  worksheetQuestion,
  type LessonNames,
  type WorksheetQuestion,
} from '../../src/lib/teach/worksheet';
import { sampleQuizData } from '../support/quizFixtures';

const names: LessonNames = { titles: { 'three-roles': 'Three roles' }, sections: { 'three-roles#orchestrator': 'The orchestrator' } };
const pageUrl = 'https://example.org/course/teach/print/#abc';
const assignmentIds = fc.stringMatching(/^[A-Za-z0-9_-]{12}$/);

/** Twenty single-choice questions of four to six options, for the order properties. */
const manyQuestions: QuizQuestion[] = Array.from({ length: 20 }, (_, index) => ({
  ...sampleQuizData[0]!,
  id: `single-${index}`,
  type: 'single',
  options: Array.from({ length: 4 + (index % 3) }, (_, option) => ({ text: `Option ${index}.${option}`, feedback: '' })),
  correct: index % 4,
})) as QuizQuestion[];

/** Every text a worksheet question prints (prompt, instruction, options, items, choices). */
function printedTexts(sheet: WorksheetQuestion): string[] {
  const parts = [sheet.prompt, sheet.instruction];
  if (sheet.kind === 'choice') parts.push(...sheet.options.map((option) => option.text));
  if (sheet.kind === 'matching') parts.push(...sheet.items, ...sheet.choices.map((choice) => choice.text));
  return parts;
}

const orderOf = (assignmentId: string, questions: readonly QuizQuestion[]) =>
  printedQuestions(assignmentId, questions).map((printed) => printed.order.join(','));

describe('printed questions', () => {
  it('are numbered 1…n in the assignment’s order', () => {
    const printed = printedQuestions('AAAAAAAAAAAA', sampleQuizData);
    expect(printed.map((entry) => [entry.number, entry.question.id])).toEqual(
      sampleQuizData.map((question, index) => [index + 1, question.id]),
    );
  });

  it('letter options A, B, C… and never repeat a letter', () => {
    expect([0, 1, 2, 25, 26, 27].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z', 'AA', 'AB']);
    const letters = Array.from({ length: 800 }, (_, index) => optionLetter(index));
    expect(new Set(letters).size).toBe(letters.length);
  });

  it('print every option and matching choice exactly once, whatever the assignment', () => {
    fc.assert(
      fc.property(assignmentIds, (assignmentId) => {
        for (const printed of printedQuestions(assignmentId, [...sampleQuizData, ...manyQuestions])) {
          const sheet = worksheetQuestion(printed);
          if (sheet.kind === 'choice') {
            const authored = (printed.question as { options: { text: string }[] }).options.map((option) => option.text);
            expect(sheet.options.map((option) => option.text).sort()).toEqual([...authored].sort());
            expect(sheet.options.map((option) => option.letter)).toEqual(authored.map((_, index) => optionLetter(index)));
          }
          if (sheet.kind === 'matching' && printed.question.type === 'matching') {
            expect(sheet.items).toEqual(printed.question.pairs.map((pair) => pair.item));
            expect(sheet.choices.map((choice) => choice.text).sort()).toEqual([...printed.question.choices].sort());
          }
        }
      }),
    );
  });

  it('are the same for the same assignment id, every time', () => {
    fc.assert(
      fc.property(assignmentIds, (assignmentId) => {
        expect(orderOf(assignmentId, manyQuestions)).toEqual(orderOf(assignmentId, manyQuestions));
      }),
    );
  });

  it('differ for most questions between two assignments of the same questions', () => {
    fc.assert(
      fc.property(assignmentIds, assignmentIds, (first, second) => {
        fc.pre(first !== second);
        const [a, b] = [orderOf(first, manyQuestions), orderOf(second, manyQuestions)];
        const differing = a.filter((order, index) => order !== b[index]).length;
        expect(differing).toBeGreaterThan(manyQuestions.length / 2);
      }),
    );
  });

  it('do not depend on the other questions of the assignment', () => {
    const alone = printedQuestions('AAAAAAAAAAAA', [manyQuestions[3]!])[0]!.order;
    const among = printedQuestions('AAAAAAAAAAAA', manyQuestions)[3]!.order;
    expect(among).toEqual(alone);
  });
});

describe('the worksheet', () => {
  const sheets = printedQuestions('worksheet-01', sampleQuizData).map(worksheetQuestion);

  it('says how to answer each type', () => {
    expect(sheets.map((sheet) => [sheet.kind, sheet.instruction])).toEqual([
      ['choice', 'Tick one.'],
      ['choice', 'Tick all that apply.'],
      ['truefalse', 'Tick one.'],
      ['matching', 'Write the letter of the matching choice beside each item.'],
    ]);
  });

  it('prints no explanation and no option feedback', () => {
    const texts = sheets.flatMap(printedTexts).join('\n');
    for (const question of sampleQuizData) expect(texts).not.toContain(question.explanation);
    expect(texts).not.toContain('Why "');
  });

  it('carries nothing that says which option is right', () => {
    const keys = new Set<string>();
    JSON.stringify(sheets, (key, value: unknown) => (keys.add(key), value));
    for (const answerField of ['correct', 'pairs', 'match', 'explanation', 'feedback', 'link']) expect(keys).not.toContain(answerField);
  });
});

describe('the answer key', () => {
  it('names the right answers by the worksheet’s letters, for any assignment', () => {
    fc.assert(
      fc.property(assignmentIds, (assignmentId) => {
        const printed = printedQuestions(assignmentId, sampleQuizData);
        const [single, multiple, trueFalse, matching] = printed.map((entry) => ({
          sheet: worksheetQuestion(entry),
          key: keyAnswers(entry),
        }));
        const letterOf = (sheet: WorksheetQuestion, text: string) => {
          const options = sheet.kind === 'choice' ? sheet.options : sheet.kind === 'matching' ? sheet.choices : [];
          return options.find((option) => option.text === text)!.letter;
        };
        expect(single!.key).toEqual([`${letterOf(single!.sheet, 'Modular producer')}. Modular producer`]);
        expect(multiple!.key.sort()).toEqual(
          [`${letterOf(multiple!.sheet, 'Amazon')}. Amazon`, `${letterOf(multiple!.sheet, 'Alibaba')}. Alibaba`].sort(),
        );
        expect(trueFalse!.key).toEqual(['False']);
        expect(matching!.key).toEqual([
          `Amazon → ${letterOf(matching!.sheet, 'Orchestrator')}. Orchestrator`,
          `PayPal → ${letterOf(matching!.sheet, 'Modular producer')}. Modular producer`,
          `Airbnb guest → ${letterOf(matching!.sheet, 'Customer')}. Customer`,
        ]);
      }),
    );
  });

  it('lists a multiple-response question’s right answers in letter order', () => {
    fc.assert(
      fc.property(assignmentIds, (assignmentId) => {
        const answers = keyAnswers(printedQuestions(assignmentId, sampleQuizData)[1]!);
        expect(answers).toEqual([...answers].sort());
      }),
    );
  });

  it('gives each question its explanation and the lesson section that teaches it, with a full address', () => {
    const entry = keyEntry(printedQuestions('key-01', sampleQuizData)[1]!, names, pageUrl);
    expect(entry).toMatchObject({ number: 2, prompt: 'Which are orchestrators?', explanation: 'Both run ecosystems.' });
    expect(entry.lessonLink).toEqual({
      text: 'Lesson: Three roles, section “The orchestrator”',
      href: 'https://example.org/course/teach/print/#orchestrator',
    });
  });

  it('names the lesson by its id when the outline does not know it, and leaves out an unknown section', () => {
    const question = { ...sampleQuizData[0]!, lesson: 'ghost', link: { href: '/course/lessons/ghost/#x', text: '' } };
    expect(lessonLine(question, names, pageUrl)).toEqual({ text: 'Lesson: ghost', href: 'https://example.org/course/lessons/ghost/#x' });
  });

  it('says the pass mark in questions, rounding up as grading does', () => {
    expect(passMarkWords(60, 5)).toBe('60 % — 3 of 5 questions');
    expect(passMarkWords(60, 10)).toBe('60 % — 6 of 10 questions');
    expect(passMarkWords(50, 1)).toBe('50 % — 1 of 1 question');
    expect(passMarkWords(0, 4)).toBe('0 % — 0 of 4 questions');
  });
});

describe('the lesson names for the key', () => {
  it('keep every lesson title and only the headings of sections a question links to', () => {
    const names = lessonNamesOf(
      [{ id: 'three-roles', title: 'Three roles' }],
      new Map([
        [
          'three-roles',
          [
            { slug: 'orchestrator', text: 'The orchestrator' },
            { slug: 'summary', text: 'Summary' },
          ],
        ],
      ]),
      new Map([['three-roles', [{ section: 'orchestrator' }, { section: 'orchestrator' }]]]),
    );
    expect(names).toEqual({ titles: { 'three-roles': 'Three roles' }, sections: { 'three-roles#orchestrator': 'The orchestrator' } });
  });
});
