import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '../../src/lib/quiz/questionTypes';
import type { Assignment } from '../../src/lib/teach/assignment';
import {
  assignmentProblems,
  characterCount,
  dueDayNumber,
  dueDayText,
  INSTRUCTIONS_MAX,
  LAST_DUE_DAY,
  MAX_QUESTIONS,
  plainText,
  TITLE_MAX,
} from '../../src/lib/teach/assignmentRules';
import type { NumberedBank } from '../../src/lib/teach/questionIndex';
import { single, trueFalse } from '../support/quizFixtures';

const bank: NumberedBank = {
  index: [
    { id: single.id, retired: false },
    { id: 'gone', retired: true },
    { id: trueFalse.id, retired: false },
  ],
  questions: new Map<string, Question>([
    [single.id, single],
    [trueFalse.id, trueFalse],
  ]),
};
const valid: Assignment = { title: 'Week 3', instructions: '', questionIds: [single.id], order: 'fixed', feedback: 'end', passPercent: 80 };

describe('plainText', () => {
  it('drops control characters, keeps newlines only where asked, and mends lone surrogates', () => {
    expect(plainText('a\u0000b\u0007c\u009bd\r\ne\tf', { newlines: true })).toBe('abcd\nef');
    expect(plainText('Week 3\nRoles', { newlines: false })).toBe('Week 3 Roles');
    expect(plainText('\ud800x\udc00', { newlines: false })).toBe('\ufffdx\ufffd');
    expect(plainText('<b>Ünïcødé 🦊</b>', { newlines: false })).toBe('<b>Ünïcødé 🦊</b>');
  });

  it('is already plain after one pass, and keeps its text UTF-8 safe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, newlines) => {
        const plain = plainText(text, { newlines });
        expect(plainText(plain, { newlines })).toBe(plain);
        expect(new TextDecoder().decode(new TextEncoder().encode(plain))).toBe(plain);
      }),
    );
  });

  it('counts characters as code points', () => {
    expect(characterCount('🦊é')).toBe(2);
  });
});

describe('due days', () => {
  it('round-trips every day a link can hold', () => {
    fc.assert(
      fc.property(fc.nat(0xffff), (day) => {
        expect(dueDayNumber(dueDayText(day))).toBe(day);
      }),
    );
    expect(dueDayText(0)).toBe('2020-01-01');
    expect(dueDayNumber('2024-02-29')).toBe(1520);
    expect(LAST_DUE_DAY).toBe(dueDayText(0xffff));
  });

  it.each(['2019-12-31', '2023-02-29', '2024-13-01', '2024-1-5', '5 March', '', dueDayText(0xffff).replace(/^\d{4}/, '2300')])(
    'refuses %j',
    (due) => {
      expect(dueDayNumber(due)).toBeUndefined();
    },
  );
});

describe('assignmentProblems', () => {
  it('is empty for an assignment a link can carry', () => {
    expect(assignmentProblems(valid, bank)).toEqual([]);
    expect(
      assignmentProblems(
        { ...valid, due: '2026-12-01', teacherKey: new Uint8Array(33).fill(2), questionIds: [trueFalse.id, single.id] },
        bank,
      ),
    ).toEqual([]);
  });

  it.each<[string, Partial<Assignment>, string]>([
    ['a blank title', { title: ' \u0007 ' }, 'Give the assignment a title.'],
    ['a long title', { title: 'x'.repeat(TITLE_MAX + 1) }, `Shorten the title to ${TITLE_MAX} characters (it has ${TITLE_MAX + 1}).`],
    [
      'long instructions',
      { instructions: '🦊'.repeat(INSTRUCTIONS_MAX + 1) },
      `Shorten the instructions to ${INSTRUCTIONS_MAX} characters (they have ${INSTRUCTIONS_MAX + 1}).`,
    ],
    [
      'a due date that is no day',
      { due: '2025-02-30' },
      `The due date "2025-02-30" is not a day between 2020-01-01 and ${LAST_DUE_DAY} (written YYYY-MM-DD).`,
    ],
    ['a pass mark above 100', { passPercent: 101 }, 'The pass mark must be a whole percentage from 0 to 100 (it is 101).'],
    ['a pass mark that is not whole', { passPercent: 50.5 }, 'The pass mark must be a whole percentage from 0 to 100 (it is 50.5).'],
    ['an unknown order', { order: 'random' as Assignment['order'] }, 'Unknown question order "random".'],
    ['an unknown feedback', { feedback: 'never' as Assignment['feedback'] }, 'Unknown feedback setting "never".'],
    [
      'a key of the wrong length',
      { teacherKey: new Uint8Array(65).fill(4) },
      "The teacher's key must be a compressed P-256 public key of 33 bytes.",
    ],
    [
      'a key that is not a compressed point',
      { teacherKey: new Uint8Array(33).fill(4) },
      "The teacher's key must be a compressed P-256 public key of 33 bytes.",
    ],
    ['no questions', { questionIds: [] }, 'Choose at least one question.'],
    ['a question twice', { questionIds: [single.id, single.id] }, `Question "${single.id}" is chosen twice.`],
    ['a retired question', { questionIds: ['gone'] }, 'Question "gone" is not in the course\'s question bank (any more).'],
    ['an unknown question', { questionIds: ['nope'] }, 'Question "nope" is not in the course\'s question bank (any more).'],
  ])('names %s', (_case, change, problem) => {
    expect(assignmentProblems({ ...valid, ...change }, bank)).toEqual([problem]);
  });

  it('caps the number of questions', () => {
    const ids = [...Array(MAX_QUESTIONS + 1).keys()].map((number) => `q${number}`);
    const big: NumberedBank = {
      index: ids.map((id) => ({ id, retired: false })),
      questions: new Map(ids.map((id) => [id, { ...single, id }])),
    };
    expect(assignmentProblems({ ...valid, questionIds: ids }, big)).toEqual([
      `Choose at most ${MAX_QUESTIONS} questions (${MAX_QUESTIONS + 1} are chosen).`,
    ]);
  });
});
