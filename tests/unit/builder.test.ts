import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignmentOf,
  assignmentUrl,
  builderProblems,
  choosableQuestions,
  DEFAULT_SETTINGS,
  drawQuestions,
  fieldOf,
  fileNameOf,
  filterQuestions,
  NO_FILTER,
  objectiveChoices,
  isEmptyDraft,
  previewOf,
  readDraft,
  readSavedAssignments,
  toggleQuestion,
  withoutSaved,
  withRestored,
  withSaved,
  type BuilderDraft,
  type SavedAssignment,
} from '../../src/lib/teach/builder';
import { previewQuestions } from '../../src/lib/teach/previewQuestions';
import { questionNumbers, type NumberedBank } from '../../src/lib/teach/questionIndex';
import { questionBank, readBank, readQuestionIndex } from '../support/questionBank';

const bankQuestions = questionBank();
const index = readQuestionIndex();
const bank: NumberedBank = { index, questions: readBank() };
const choosable = choosableQuestions(bankQuestions, index);
const lessons = [...new Set(bankQuestions.map((question) => question.lesson))];

describe('the question filter', () => {
  it('offers every question the index numbers, in bank order', () => {
    const numbers = questionNumbers(index);
    expect(choosable.map((question) => question.id)).toEqual(bankQuestions.filter((q) => numbers.has(q.id)).map((q) => q.id));
    expect(choosable.length).toBeGreaterThan(0);
  });

  it('narrows by lesson, objective and type, each and together', () => {
    expect(filterQuestions(choosable, NO_FILTER)).toEqual(choosable);
    const sample = choosable[choosable.length - 1]!;
    const byLesson = filterQuestions(choosable, { ...NO_FILTER, lesson: sample.lesson });
    expect(byLesson.length).toBe(choosable.filter((question) => question.lesson === sample.lesson).length);
    const all = filterQuestions(choosable, { lesson: sample.lesson, objective: sample.objective, type: sample.type });
    expect(all).toContain(sample);
    expect(all.every((q) => q.lesson === sample.lesson && q.objective === sample.objective && q.type === sample.type)).toBe(true);
  });

  it('offers the chosen lesson’s objectives, or every objective named with its lesson', () => {
    const outline = [
      { id: 'a', title: 'Lesson A', objectives: [{ id: 'a1', text: 'Explain A' }] },
      { id: 'b', title: 'Lesson B', objectives: [{ id: 'b1', text: 'Explain B' }] },
    ];
    expect(objectiveChoices(outline, 'b')).toEqual([{ id: 'b1', text: 'Explain B' }]);
    expect(objectiveChoices(outline, '').map((objective) => objective.text)).toEqual(['Lesson A: Explain A', 'Lesson B: Explain B']);
  });
});

describe('choosing questions', () => {
  it('ticking adds at the end and unticking removes, never twice', () => {
    expect(toggleQuestion(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleQuestion(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleQuestion(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('a random draw adds distinct questions from the pool only, keeps what was chosen, and stops when the pool runs out', () => {
    const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(
        ids,
        ids,
        fc.integer({ min: 0, max: 40 }),
        fc.infiniteStream(fc.double({ min: 0, max: 0.999999, noNaN: true })),
        (chosen, pool, count, stream) => {
          const random = () => stream.next().value as number;
          const next = drawQuestions(chosen, pool, count, random);
          const added = next.slice(chosen.length);
          expect(next.slice(0, chosen.length)).toEqual(chosen);
          expect(new Set(next).size).toBe(next.length);
          expect(added.every((id) => pool.includes(id) && !chosen.includes(id))).toBe(true);
          expect(added.length).toBe(Math.min(count, pool.filter((id) => !chosen.includes(id)).length));
        },
      ),
    );
  });

  it('every question of the pool can be drawn', () => {
    const pool = ['a', 'b', 'c', 'd'];
    const seen = new Set<string>();
    for (const value of [0, 0.3, 0.6, 0.99]) seen.add(drawQuestions([], pool, 1, () => value)[0]!);
    expect(seen).toEqual(new Set(pool));
  });
});

describe('the assignment the form describes', () => {
  const ids = choosable.slice(0, 3).map((question) => question.id);
  const settings = { ...DEFAULT_SETTINGS, title: '  Week 3  ', instructions: 'Work alone.', due: '2026-12-04', passPercent: '80' };

  it('trims the text, keeps the order chosen and reads the pass mark', () => {
    expect(assignmentOf(settings, ids)).toEqual({
      title: 'Week 3',
      instructions: 'Work alone.',
      due: '2026-12-04',
      questionIds: ids,
      order: 'fixed',
      feedback: 'end',
      passPercent: 80,
    });
    expect(assignmentOf({ ...settings, due: '' }, ids).due).toBeUndefined();
  });

  it('puts each problem next to its field, and says a pass mark that is not a number in words', () => {
    const { all, byField } = builderProblems(
      { ...DEFAULT_SETTINGS, title: ' ', passPercent: 'abc', instructions: 'x'.repeat(1001) },
      [],
      bank,
    );
    expect(all).toHaveLength(4);
    expect(byField.title).toEqual(['Give the assignment a title.']);
    expect(byField.passPercent).toEqual(['The pass mark must be a whole percentage from 0 to 100.']);
    expect(byField.instructions?.[0]).toMatch(/^Shorten the instructions to 1000/);
    expect(byField.questions).toEqual(['Choose at least one question.']);
    expect(builderProblems({ ...settings, passPercent: '101' }, ids, bank).byField.passPercent?.[0]).toMatch(/it is 101/);
    expect(builderProblems(settings, ids, bank).all).toEqual([]);
    expect(fieldOf('The due date "x" is not a day')).toBe('due');
    expect(fieldOf('Something new')).toBe('other');
  });

  it('previews the questions without their answers, instructions as paragraphs, the due day in words', () => {
    const preview = previewOf({ ...settings, instructions: 'One.\n\nTwo.<b>x</b>' });
    expect(preview.title).toBe('Week 3');
    expect(preview.paragraphs).toEqual(['One.', 'Two.<b>x</b>']);
    expect(preview.due).toBe('Friday 4 December 2026');
    const questions = previewQuestions(ids, bank.questions);
    expect(questions.map((question) => question.id)).toEqual(ids);
    expect(previewQuestions([...ids, 'no-such-question'], bank.questions)).toEqual(questions);
    const text = JSON.stringify([preview, questions]);
    for (const id of ids) {
      const question = bank.questions.get(id)!;
      expect(text).not.toContain(question.explanation);
    }
  });
});

describe('the links made in this browser', () => {
  const entry = (id: string, title = 'Week'): SavedAssignment => ({
    id: id.padEnd(12, 'A'),
    title,
    created: '2026-11-26T10:00:00.000Z',
    questionCount: 3,
    url: `https://example.org/assignment/#${id}xyz`,
  });

  it('round-trips through storage, newest first, one entry per link', () => {
    const list = withSaved(withSaved([], entry('one')), entry('two'));
    expect(list.map((saved) => saved.id.slice(0, 3))).toEqual(['two', 'one']);
    expect(readSavedAssignments(JSON.stringify(list))).toEqual(list);
    expect(withSaved(list, entry('one', 'Renamed'))[0]!.title).toBe('Renamed');
    expect(withSaved(list, entry('one', 'Renamed'))).toHaveLength(2);
    expect(withoutSaved(list, entry('one').id)).toEqual([entry('two')]);
  });

  it('an undone delete puts the entry back in its place, newest first, whatever was deleted', () => {
    const dated = (id: string, day: number) => ({ ...entry(id), created: new Date(Date.UTC(2026, 10, day)).toISOString() });
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 8 }), fc.nat(), (days, pick) => {
        const list = [...days].sort((a, b) => b - a).map((day) => dated(`d${day}`, day));
        const gone = list[pick % list.length]!;
        expect(withRestored(withoutSaved(list, gone.id), gone)).toEqual(list);
        expect(withRestored(list, gone)).toEqual(list);
      }),
    );
  });

  it('leaves out whatever is damaged or hostile, and never throws', () => {
    expect(readSavedAssignments(null)).toEqual([]);
    expect(readSavedAssignments('{')).toEqual([]);
    expect(readSavedAssignments('{"a":1}')).toEqual([]);
    const bad = [{ ...entry('x'), url: 'javascript:alert(1)#x' }, { ...entry('y'), questionCount: 0 }, { ...entry('z'), id: 'short' }, 7];
    expect(readSavedAssignments(JSON.stringify([...bad, entry('ok')]))).toEqual([entry('ok')]);
    fc.assert(fc.property(fc.string(), (text) => Array.isArray(readSavedAssignments(text))));
    fc.assert(fc.property(fc.jsonValue(), (value) => Array.isArray(readSavedAssignments(JSON.stringify(value)))));
  });
});

describe('names and addresses', () => {
  it('the link is the assignment page with the fragment, under any base', () => {
    expect(assignmentUrl('https://example.org/courses/eco/teach/', '/courses/eco/assignment/', 'AbC')).toBe(
      'https://example.org/courses/eco/assignment/#AbC',
    );
    expect(assignmentUrl('file:///home/me/course/teach/index.html', '../assignment/index.html', 'AbC')).toBe(
      'file:///home/me/course/assignment/index.html#AbC',
    );
  });

  it('file names come from the title, safe on every system', () => {
    expect(fileNameOf('Week 3: the Three Rôles!', 'gift.txt')).toBe('week-3-the-three-roles.gift.txt');
    expect(fileNameOf('???', 'gift.txt')).toBe('assignment.gift.txt');
    fc.assert(fc.property(fc.string(), (title) => /^[a-z0-9-]+\.txt$/.test(fileNameOf(title, 'txt'))));
  });

  it('every lesson of the bank has questions to draw from', () => {
    for (const lesson of lessons) expect(choosable.some((question) => question.lesson === lesson)).toBe(true);
  });
});

describe('the draft kept between visits', () => {
  const offered = new Set(['a', 'b', 'c']);
  const draft: BuilderDraft = {
    chosen: ['c', 'a'],
    settings: { ...DEFAULT_SETTINGS, title: 'Week 3', due: '2026-12-04', order: 'shuffled', feedback: 'graded', passPercent: '60' },
  };

  it('round-trips, keeping the order of the questions chosen', () => {
    expect(readDraft(JSON.stringify(draft), offered)).toEqual(draft);
  });

  it('drops questions the bank no longer offers, and repairs damaged settings to their defaults', () => {
    const damaged = {
      chosen: ['a', 'gone', 7, 'a'],
      settings: { title: 5, order: 'sideways', feedback: 'end', due: 'soon', passPercent: '80' },
    };
    expect(readDraft(JSON.stringify(damaged), offered)).toEqual({
      chosen: ['a'],
      settings: { ...DEFAULT_SETTINGS, feedback: 'end', passPercent: '80' },
    });
  });

  it('anything else starts afresh, and nothing throws', () => {
    for (const text of [null, '', '{', '[]', '{"chosen":"a","settings":{}}', '{"chosen":[]}'])
      expect(readDraft(text, offered)).toBeUndefined();
    fc.assert(fc.property(fc.string(), (text) => readDraft(text, offered) === undefined || typeof readDraft(text, offered) === 'object'));
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readDraft(JSON.stringify(value), offered);
        if (read) expect(read.chosen.every((id) => offered.has(id))).toBe(true);
      }),
    );
  });

  it('is empty only with nothing chosen and every setting at its default', () => {
    expect(isEmptyDraft({ chosen: [], settings: DEFAULT_SETTINGS })).toBe(true);
    expect(isEmptyDraft({ chosen: ['a'], settings: DEFAULT_SETTINGS })).toBe(false);
    expect(isEmptyDraft({ chosen: [], settings: { ...DEFAULT_SETTINGS, title: 'x' } })).toBe(false);
  });
});
