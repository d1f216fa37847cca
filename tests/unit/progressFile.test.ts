import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gameRecordKind } from '../../src/lib/progress/gameRecord';
import { recordAfterPlay } from '../../src/lib/progress/gameRecordUpdates';
import { lessonRecordKind, markedRead } from '../../src/lib/progress/lessonRecord';
import {
  applyImport,
  exportProgress,
  MAX_FILE_LENGTH,
  planImport,
  PROGRESS_FILE_FORMAT,
  PROGRESS_FILE_VERSION,
  readProgressFile,
  type FileProblem,
  type ProgressFile,
  type RecordNames,
} from '../../src/lib/progress/progressFile';
import { attemptCount, quizRecordKind, type QuizRecord } from '../../src/lib/progress/quizRecord';
import { recordAfter } from '../../src/lib/progress/quizRecordUpdates';
import { decodeRecord, encodeRecord, recordOf } from '../../src/lib/progress/recordCodec';
import { RECORD_VERSIONS, type RecordKindName } from '../../src/lib/progress/recordFields';
import { RECORD_KINDS } from '../../src/lib/progress/recordKinds';
import { assignmentRecordKind, startedRecord } from '../../src/lib/progress/assignmentRecord';
import { reviewRecordKind, withAnswers } from '../../src/lib/progress/reviewRecord';
import { newAttempt, type QuizState } from '../../src/lib/quiz/quizMachine';
import { scoreAttempt } from '../../src/lib/quiz/scoreAttempt';
import { PROGRESS_PREFIX, progressKey, THEME_KEY } from '../../src/lib/storageKeys';
import { browserStorage } from '../support/browserStorage';
import { sampleQuiz } from '../support/quizFixtures';

const COURSE = 'Digital Ecosystems';
const NOW = new Date('2026-11-26T10:00:00.000Z');
const names: RecordNames = (kind, id) => `${kind} ${id}`;
const KINDS = Object.keys(RECORD_VERSIONS) as RecordKindName[];

type Items = Map<string, string>;
/** Progress by `<kind>:<id>`, as a test describes it. */
type Progress = Partial<Record<string, unknown>>;

const split = (name: string) => ({ kind: name.slice(0, name.indexOf(':')) as RecordKindName, id: name.slice(name.indexOf(':') + 1) });

/** Storage items holding `progress`, each record encoded under its key, as the site saves it. */
const itemsOf = (progress: Progress): Items =>
  new Map(Object.entries(progress).map(([name, record]) => [PROGRESS_PREFIX + name, encodeRecord(record)]));

/** The records named, as the site reads them from `items`: the empty record when there is none or it is unreadable. */
function readRecords(items: ReadonlyMap<string, string>, recordNames: Iterable<string>): Progress {
  return Object.fromEntries(
    [...recordNames].map((name) => {
      const { kind, id } = split(name);
      const reader = RECORD_KINDS[kind].kind;
      const raw = items.get(PROGRESS_PREFIX + name);
      return [name, recordOf(reader, raw === undefined ? undefined : decodeRecord(reader, raw, id)).record];
    }),
  );
}

/** A stand-in localStorage holding `items`; `failure` may make a write throw, given how many writes came before it. */
function storageHolding(items: ReadonlyMap<string, string>, failure?: (write: number) => DOMException | undefined): Storage {
  let writes = -1;
  const storage = browserStorage(() => (writes < 0 ? undefined : failure?.(writes++)) as DOMException);
  for (const [key, value] of items) storage.setItem(key, value);
  writes = 0;
  return storage;
}

const storedItems = (storage: Storage): Items =>
  new Map(Array.from({ length: storage.length }, (_, index) => [storage.key(index)!, storage.getItem(storage.key(index)!)!]));

function readOk(text: string): ProgressFile {
  const reading = readProgressFile(text, COURSE);
  if (!reading.ok) throw new Error(`expected a readable file: ${reading.problem.message}`);
  return reading.file;
}

/** Imports a file into storage holding `items`, as the page does (read, plan, apply), and returns what storage holds afterwards. */
function imported(items: ReadonlyMap<string, string>, text: string): Items {
  const plan = planImport(items, readOk(text), names);
  if (!plan.ok) throw new Error(plan.problem.message);
  const storage = storageHolding(items);
  expect(applyImport(storage, plan.writes)).toEqual({ ok: true });
  return storedItems(storage);
}

/** A file's envelope around `fields`, as an export would write it. */
const envelope = (fields: Record<string, unknown>) =>
  JSON.stringify({
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_FILE_VERSION,
    course: COURSE,
    exportedAt: NOW.toISOString(),
    records: {},
    ...fields,
  });

/*
 * Progress built with the code that really writes it. Attempts, plays and answers are named by their ids, and
 * one id always carries the same score and moment, as one real attempt does on every device that has it.
 */
const DAY = 86_400_000;

/** The states whose attempt a record keeps: one finished, one in progress. */
type AttemptState = Exclude<QuizState, { phase: 'reviewing' }>;

function finishedAttempt(index: number): AttemptState {
  const attempt = newAttempt(sampleQuiz, { id: `a${index}`, kind: 'full', feedback: 'after-each', draw: index, seed: index });
  const answers = { 'roles-paypal': index % 3, 'roles-customer-business': index % 2 === 0 };
  return { phase: 'finished', attempt: { ...attempt, answers }, result: scoreAttempt(sampleQuiz, answers) };
}
const startedAttempt = (index: number): AttemptState => ({
  phase: 'asking',
  attempt: newAttempt(sampleQuiz, { id: `t${index}`, kind: 'full', feedback: 'after-each', draw: index, seed: index }),
});

const quizArb = fc
  .array(fc.oneof(fc.nat(7).map(finishedAttempt), fc.nat(3).map(startedAttempt)), { maxLength: 6 })
  .map((states) =>
    states.reduce((record, state) => recordAfter(record, state, 1000 * (Number(state.attempt.id.slice(1)) + 1)), quizRecordKind.empty()),
  );
const gameArb = fc
  .array(fc.nat(7), { maxLength: 5 })
  .map((plays) =>
    plays.reduce(
      (record, play) => recordAfterPlay(record, `p${play}`, { score: play * 2, total: 16, seconds: 30 + play * 7 }, 1000 * (play + 1)),
      gameRecordKind.empty(),
    ),
  );
const lessonArb = fc.nat(10_000).map((readAt) => markedRead(lessonRecordKind.empty(), readAt));
const reviewArb = fc
  .array(
    fc.record({
      day: fc.nat(20),
      answers: fc.uniqueArray(fc.record({ q: fc.constantFrom('q1', 'q2', 'q3', 'q4'), right: fc.boolean() }), {
        minLength: 1,
        maxLength: 4,
        selector: (answer) => answer.q,
      }),
    }),
    { maxLength: 5 },
  )
  .map((sessions) =>
    [...sessions]
      .sort((a, b) => a.day - b.day)
      .reduce((record, { day, answers }, index) => withAnswers(record, answers, day * DAY + index * 1000, day), reviewRecordKind.empty()),
  );

/** An assignment's record: started, with an attempt in progress, or handed in (with or without a code). */
const assignmentArb = fc.tuple(fc.nat(3), fc.constantFrom('asking', 'handed-in', 'coded'), fc.nat(10_000)).map(([index, stage, at]) => {
  const record = startedRecord(assignmentRecordKind.empty(), 'Homework', `Learner ${index}`, at);
  const { attempt } = startedAttempt(index);
  if (stage === 'asking') return { ...record, current: attempt };
  const answers = attempt.order.map((id) => attempt.answers[id] ?? null);
  return { ...record, handedIn: { at: at + 60_000, seconds: 60, answers, ...(stage === 'coded' ? { code: `DE1-x${index}` } : {}) } };
});

/** A device's progress: any of a few records, each built by the real code. */
const progressArb: fc.Arbitrary<Progress> = fc.record(
  {
    'quiz:three-roles': quizArb,
    'quiz:final-exam': quizArb,
    'game:roles': gameArb,
    'lesson:three-roles': lessonArb,
    'lesson:amazon-case-study': lessonArb,
    'review:questions': reviewArb,
    'assignment:AbCdEfGhIjKl': assignmentArb,
  },
  { requiredKeys: [] },
);

/** Records as a kind's reader makes them of arbitrary JSON: best scores and counts that no real play made. */
const readArb = (kind: RecordKindName, fields: fc.Arbitrary<Record<string, unknown>>) =>
  fields.map((data) => RECORD_KINDS[kind].kind.read({ v: RECORD_VERSIONS[kind], ...data }, []));
/** History entries named by their ids, each id with one score and one moment. */
const summaries = (prefix: string, extra: Record<string, unknown> = {}) =>
  fc
    .uniqueArray(fc.nat(7), { maxLength: 4 })
    .map((ids) => ids.map((id) => ({ id: `${prefix}${id}`, score: id, total: 10, at: 1000 * (id + 1), ...extra })));
const readProgressArb: fc.Arbitrary<Progress> = fc.record(
  {
    'quiz:three-roles': readArb(
      'quiz',
      fc.record({ history: summaries('a'), earlier: fc.nat(3), best: fc.jsonValue() }, { requiredKeys: [] }),
    ),
    'game:roles': readArb(
      'game',
      fc.record({ history: summaries('p', { seconds: 40 }), earlier: fc.nat(3), best: fc.jsonValue() }, { requiredKeys: [] }),
    ),
    'lesson:three-roles': readArb('lesson', fc.record({ readAt: fc.oneof(fc.nat(), fc.jsonValue()) }, { requiredKeys: [] })),
    'review:questions': readArb(
      'review',
      fc.record(
        {
          cards: fc.dictionary(
            fc.constantFrom('q1', 'q2', 'q3'),
            fc.record({ box: fc.integer({ min: 1, max: 5 }), due: fc.nat(30), reviewedAt: fc.nat(30 * DAY) }),
          ),
          log: fc.uniqueArray(fc.record({ q: fc.constantFrom('q1', 'q2', 'q3'), at: fc.nat(30 * DAY), right: fc.boolean() }), {
            selector: ({ q, at, right }) => `${q}|${at}|${right}`,
          }),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);
const anyProgressArb = fc.oneof(progressArb, readProgressArb);

describe('exportProgress', () => {
  const progress: Progress = {
    'lesson:three-roles': markedRead(lessonRecordKind.empty(), 5),
    'quiz:three-roles': recordAfter(quizRecordKind.empty(), finishedAttempt(1), 1000),
  };

  it('exports the progress records only, as JSON objects under `<kind>:<id>`, in the documented envelope, pretty-printed', () => {
    const items = new Map([
      ...itemsOf(progress),
      [THEME_KEY, 'dark'],
      ['another-app:progress:quiz:x', '{"v":1}'],
      [`${PROGRESS_PREFIX}__probe__`, '1'],
      [progressKey('essay', 'one'), '{"v":1}'],
      [progressKey('lesson', ''), '{"v":1,"readAt":1}'],
      // Unreadable: nothing in them can be kept, and a file with them would be refused.
      [progressKey('quiz', 'cut-off'), '{"v":3,"hist'],
      [progressKey('quiz', 'not-a-record'), '5'],
    ]);
    const text = exportProgress(items, COURSE, NOW);
    const file = JSON.parse(text);
    expect(file).toEqual({
      format: PROGRESS_FILE_FORMAT,
      version: PROGRESS_FILE_VERSION,
      course: COURSE,
      exportedAt: NOW.toISOString(),
      records: progress,
    });
    expect(Object.keys(file)).toEqual(['format', 'version', 'course', 'exportedAt', 'records']);
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });

  it('sorts keys at every depth, so the same progress exports to the same bytes however it was stored', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, field]) => [key, reversed(field)]),
            )
          : value;
    // JavaScript lists integer-like keys ("0", "12") first, in numeric order, whatever the insertion order: the
    // bytes are stable all the same, so only the other keys are checked for order.
    const namedKeys = (value: object) => Object.keys(value).filter((key) => !/^(0|[1-9]\d*)$/.test(key));
    const sortedEverywhere = (value: unknown): boolean =>
      Array.isArray(value)
        ? value.every(sortedEverywhere)
        : typeof value !== 'object' ||
          value === null ||
          (isDeepStrictEqual(namedKeys(value), namedKeys(value).sort()) && Object.values(value).every(sortedEverywhere));
    fc.assert(
      fc.property(progressArb, fc.jsonValue(), (progress, future) => {
        // A newer version's record is exported as it is: only sorting makes its bytes stable.
        const withNewer = { ...progress, 'game:future': { v: 99, future } };
        const items = itemsOf(withNewer);
        const other = new Map([...items].reverse().map(([key, raw]) => [key, JSON.stringify(reversed(JSON.parse(raw)))]));
        const text = exportProgress(items, COURSE, NOW);
        expect(exportProgress(other, COURSE, NOW)).toBe(text);
        expect(sortedEverywhere(JSON.parse(text).records)).toBe(true);
      }),
    );
  });

  it("exports a newer version's record as it is, an old one upgraded, and a partly readable one as it reads, so the file reads back", () => {
    const v2 = readFileSync(new URL('../fixtures/progress/v2-lesson-quiz.json', import.meta.url), 'utf8');
    const repaired = { ...JSON.parse(encodeRecord(progress['quiz:three-roles'])), earlier: -1 };
    const items = new Map([
      [progressKey('game', 'roles'), '{"v":99,"plays":{"b":1,"a":2}}'],
      [progressKey('quiz', 'three-roles'), v2],
      [progressKey('quiz', 'final-exam'), JSON.stringify(repaired)],
    ]);
    const records = JSON.parse(exportProgress(items, COURSE, NOW)).records;
    expect(records['game:roles']).toEqual({ v: 99, plays: { a: 2, b: 1 } });
    const read = (name: string) => decodeRecord(quizRecordKind, items.get(PROGRESS_PREFIX + name)!, split(name).id);
    expect(read('quiz:three-roles')).toEqual({ status: 'ok', record: records['quiz:three-roles'], dropped: [] });
    expect(records['quiz:three-roles'].v).toBe(RECORD_VERSIONS.quiz);
    expect(read('quiz:final-exam')).toEqual({ status: 'ok', record: records['quiz:final-exam'], dropped: ['earlier'] });
    expect(records['quiz:final-exam']).toEqual(progress['quiz:three-roles']);
    const withoutNewer = new Map([...items].filter(([key]) => !key.includes(':game:')));
    expect(readProgressFile(exportProgress(withoutNewer, COURSE, NOW), COURSE).ok).toBe(true);
  });
});

describe('export, then import', () => {
  it('into the same progress changes nothing; into empty storage brings every record, exactly', () => {
    fc.assert(
      fc.property(anyProgressArb, (progress) => {
        const items = itemsOf(progress);
        const text = exportProgress(items, COURSE, NOW);
        const file = readOk(text);
        expect(planImport(items, file, names)).toEqual({ ok: true, changes: [], unchanged: file.records.length, writes: [] });

        const fresh = planImport(new Map(), file, names);
        // A record with nothing in it is nothing new.
        const nonEmpty = Object.keys(progress)
          .filter((name) => !isDeepStrictEqual(progress[name], RECORD_KINDS[split(name).kind].kind.empty()))
          .sort();
        expect(fresh.ok && fresh.changes.map(({ kind, id }) => `${kind}:${id}`)).toEqual(nonEmpty);
        for (const change of fresh.ok ? fresh.changes : []) {
          expect(change.current).toBeUndefined();
          expect(change.summary.startsWith(`${names(change.kind, change.id)}: `)).toBe(true);
        }
        expect(readRecords(imported(new Map(), text), Object.keys(progress))).toEqual(readRecords(items, Object.keys(progress)));
      }),
    );
  });

  it('gives the same progress whichever device imports the other’s file', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const [itemsA, itemsB] = [itemsOf(a), itemsOf(b)];
        const all = new Set([...Object.keys(a), ...Object.keys(b)]);
        const aWithB = imported(itemsA, exportProgress(itemsB, COURSE, NOW));
        const bWithA = imported(itemsB, exportProgress(itemsA, COURSE, NOW));
        expect(readRecords(aWithB, all)).toEqual(readRecords(bWithA, all));
        // Nothing of either side is lost: every quiz attempt of both is there.
        for (const name of all) {
          if (split(name).kind !== 'quiz') continue;
          const joined = readRecords(aWithB, [name])[name] as QuizRecord;
          for (const side of [a[name], b[name]] as (QuizRecord | undefined)[])
            expect(attemptCount(joined)).toBeGreaterThanOrEqual(side ? attemptCount(side) : 0);
        }
      }),
    );
  });

  it('the same file a second time changes nothing', () => {
    fc.assert(
      fc.property(anyProgressArb, anyProgressArb, (here, there) => {
        const text = exportProgress(itemsOf(there), COURSE, NOW);
        const once = imported(itemsOf(here), text);
        expect(planImport(once, readOk(text), names)).toMatchObject({ ok: true, changes: [], writes: [] });
      }),
    );
  });

  it('upgrades a version-2 quiz record from an old export, as reading it from storage does', () => {
    const v2 = readFileSync(new URL('../fixtures/progress/v2-lesson-quiz.json', import.meta.url), 'utf8');
    const old = JSON.parse(v2);
    const decoded = decodeRecord(quizRecordKind, v2, 'three-roles');
    if (decoded.status !== 'ok') throw new Error('the fixture should read');
    const text = envelope({ records: { 'quiz:three-roles': old } });
    expect(readProgressFile(text, COURSE)).toEqual({
      ok: true,
      file: { course: COURSE, exportedAt: NOW.toISOString(), records: [{ kind: 'quiz', id: 'three-roles', record: decoded.record }] },
    });
    const stored = imported(new Map(), text).get(progressKey('quiz', 'three-roles'))!;
    expect(JSON.parse(stored).v).toBe(RECORD_VERSIONS.quiz);
    expect(decodeRecord(quizRecordKind, stored, 'three-roles')).toEqual({ status: 'ok', record: decoded.record, dropped: [] });
    expect(attemptCount(decoded.record)).toBe(old.attempts);
  });
});

describe('readProgressFile', () => {
  const quiz = recordAfter(recordAfter(quizRecordKind.empty(), finishedAttempt(1), 1000), finishedAttempt(2), 2000);
  const exported = exportProgress(
    itemsOf({ 'quiz:three-roles': quiz, 'lesson:three-roles': markedRead(lessonRecordKind.empty(), 9) }),
    COURSE,
    NOW,
  );
  const cases: [FileProblem['kind'], string, string[]][] = [
    ['too-large', ' '.repeat(MAX_FILE_LENGTH + 1), ['too large', '5 MB']],
    ['damaged', exported.slice(0, exported.length / 2), ['damaged or incomplete']],
    ['damaged', 'Name,Score\nAda,9', ['damaged or incomplete']],
    ['damaged', envelope({ version: 'one' }), ['damaged or incomplete']],
    ['not-progress-file', JSON.stringify({ theme: 'dark' }), ['not a progress file of this course']],
    [
      'not-progress-file',
      JSON.stringify({ ...JSON.parse(exported), format: 'another-app-backup' }),
      ['not a progress file of this course'],
    ],
    ['other-course', envelope({ course: 'Platform Strategy' }), ['“Platform Strategy”', `“${COURSE}”`]],
    ['newer-file', envelope({ version: PROGRESS_FILE_VERSION + 1, course: { renamed: true } }), ['made by a newer version of this course']],
    ['no-records', envelope({ records: ['quiz:three-roles'] }), ['damaged']],
    ['unknown-record', envelope({ records: { 'essay:one': { v: 1 } } }), ['“essay:one”']],
    ['unknown-record', envelope({ records: { 'quiz:': quiz } }), ['“quiz:”']],
    ['unreadable-record', envelope({ records: { 'quiz:three-roles': 'nine of ten' } }), ['“quiz:three-roles”', 'cannot be read']],
    [
      'partly-readable-record',
      envelope({ records: { 'quiz:three-roles': { ...quiz, history: [...quiz.history, 'junk'] } } }),
      ['“quiz:three-roles”', `history.${quiz.history.length}`],
    ],
    ['newer-record', envelope({ records: { 'game:roles': { v: RECORD_VERSIONS.game + 1 } } }), ['“game:roles”', 'newer version']],
  ];

  const problemOf = (text: string) => (readProgressFile(text, COURSE) as { problem?: FileProblem }).problem;

  it.each(cases)('refuses (%s), saying what is wrong and that nothing was imported', (kind, text, named) => {
    expect(problemOf(text)?.kind).toBe(kind);
    for (const part of [...named, 'Nothing was imported.']) expect(problemOf(text)?.message).toContain(part);
  });

  it('has a case above for every kind of problem, each with its own message', () => {
    // A Record over the kinds: adding a kind of problem without a case here does not compile.
    const every: Record<FileProblem['kind'], true> = {
      'too-large': true,
      damaged: true,
      'not-progress-file': true,
      'other-course': true,
      'newer-file': true,
      'no-records': true,
      'unknown-record': true,
      'unreadable-record': true,
      'partly-readable-record': true,
      'newer-record': true,
    };
    expect(new Set(cases.map(([kind]) => kind))).toEqual(new Set(Object.keys(every)));
    const messages = new Map(cases.map(([kind, text]) => [kind, problemOf(text)?.message]));
    expect(new Set(messages.values()).size).toBe(messages.size);
  });

  it('names the first record that cannot be read, in key order', () => {
    const text = envelope({ records: { 'quiz:zz': 'x', 'lesson:three-roles': { v: 1, readAt: 'yesterday' }, 'game:b': 7 } });
    expect(readProgressFile(text, COURSE)).toMatchObject({
      ok: false,
      problem: { kind: 'unreadable-record', message: expect.stringContaining('“game:b”') },
    });
  });

  it('refuses JSON nested deeper than the stack as damaged, without throwing', () => {
    const depth = 1_000_000;
    const text = envelope({ records: { 'quiz:three-roles': 'DEEP' } }).replace('"DEEP"', `${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(readProgressFile(text, COURSE)).toMatchObject({ ok: false, problem: { kind: 'damaged' } });
  });

  it('keeps the export time only when it is one', () => {
    expect(readOk(exported).exportedAt).toBe(NOW.toISOString());
    expect(readOk(envelope({ exportedAt: 'last Tuesday' })).exportedAt).toBeUndefined();
  });

  it('never throws, and never accepts a record its kind cannot read cleanly', () => {
    const recordArb = fc.constantFrom(...KINDS).chain((kind) => {
      const real: fc.Arbitrary<object> = { quiz: quizArb, game: gameArb, lesson: lessonArb, review: reviewArb, assignment: assignmentArb }[
        kind
      ];
      // Real records, real records with one field replaced by anything, anything.
      const value = fc.oneof(
        real,
        fc
          .tuple(real, fc.constantFrom('v', 'history', 'earlier', 'best', 'readAt', 'cards', 'log', 'current'), fc.jsonValue())
          .map(([record, field, anything]) => ({ ...record, [field]: anything })),
        fc.jsonValue(),
      );
      return fc.tuple(fc.constantFrom(`${kind}:x`, `${kind}:y`), value);
    });
    const recordsArb = fc.oneof(
      fc.array(fc.oneof(recordArb, fc.tuple(fc.string(), fc.jsonValue())), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
      fc.jsonValue(),
    );
    const envelopeArb = fc.record(
      {
        format: fc.oneof(fc.constant(PROGRESS_FILE_FORMAT), fc.jsonValue()),
        version: fc.oneof(fc.constant(PROGRESS_FILE_VERSION), fc.jsonValue()),
        course: fc.oneof(fc.constant(COURSE), fc.jsonValue()),
        records: recordsArb,
      },
      { requiredKeys: ['format', 'version', 'course'] },
    );
    const textArb = fc.oneof(
      fc.string(),
      fc.json(),
      envelopeArb.map((file) => JSON.stringify(file)),
      fc.tuple(envelopeArb, fc.nat()).map(([file, cut]) => JSON.stringify(file).slice(0, cut)),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const reading = readProgressFile(text, COURSE);
        if (!reading.ok) {
          expect(reading.problem.message).toMatch(/Nothing was imported\.$/);
          return;
        }
        const records: Record<string, unknown> = JSON.parse(text).records;
        expect(reading.file.records).toHaveLength(Object.keys(records).length);
        for (const [name, value] of Object.entries(records)) {
          const { kind, id } = split(name);
          expect(KINDS).toContain(kind);
          expect(decodeRecord(RECORD_KINDS[kind].kind, JSON.stringify(value), id)).toMatchObject({ status: 'ok', dropped: [] });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('planImport', () => {
  const quizKey = progressKey('quiz', 'three-roles');
  const played = (attempts: number[]) =>
    attempts.reduce((record, index) => recordAfter(record, finishedAttempt(index), 1000 * (index + 1)), quizRecordKind.empty());
  const fileOf = (progress: Progress) => readOk(exportProgress(itemsOf(progress), COURSE, NOW));

  it('lists each changed record with what changes, counts the unchanged ones, and writes only the changed ones', () => {
    const here = itemsOf({ 'quiz:three-roles': played([0, 1]), 'lesson:three-roles': markedRead(lessonRecordKind.empty(), 5) });
    const there = { 'quiz:three-roles': played([0, 1, 2, 3, 4]), 'lesson:three-roles': markedRead(lessonRecordKind.empty(), 5) };
    const plan = planImport(here, fileOf(there), names);
    if (!plan.ok) throw new Error(plan.problem.message);
    expect(plan.unchanged).toBe(1);
    expect(plan.changes.map(({ summary }) => summary)).toEqual([expect.stringMatching(/^quiz three-roles: 3 more attempts/)]);
    expect(plan.writes).toEqual([[quizKey, plan.changes[0]!.text]]);
    expect(decodeRecord(quizRecordKind, plan.writes[0]![1], 'three-roles')).toMatchObject({
      status: 'ok',
      record: plan.changes[0]!.joined,
    });
  });

  it('treats a record here that cannot be read as none', () => {
    const plan = planImport(new Map([[quizKey, '{"v":3,"hist']]), fileOf({ 'quiz:three-roles': played([0]) }), names);
    expect(plan).toMatchObject({
      ok: true,
      changes: [{ key: quizKey, current: undefined, summary: expect.stringContaining('new: 1 attempt') }],
    });
  });

  it("refuses when this browser holds one of the file's records as a newer version saved it, naming it", () => {
    const newer = JSON.stringify({ v: RECORD_VERSIONS.quiz + 1 });
    const file = fileOf({ 'quiz:three-roles': played([0]) });
    expect(planImport(new Map([[quizKey, newer]]), file, names)).toEqual({
      ok: false,
      problem: { kind: 'newer-here', message: expect.stringContaining(`“${names('quiz', 'three-roles')}”`) },
    });
    // A newer record the file does not touch is no reason to refuse.
    expect(planImport(new Map([[progressKey('quiz', 'final-exam'), newer]]), file, names)).toMatchObject({ ok: true });
  });
});

describe('applyImport', () => {
  const keyArb = fc.constantFrom('a', 'b', 'c', 'd').map((id) => progressKey('quiz', id));
  const itemsArb = fc.array(fc.tuple(keyArb, fc.string()), { maxLength: 4 }).map((entries) => new Map(entries));
  const writesArb = fc.array(fc.tuple(keyArb, fc.string()), { minLength: 1, maxLength: 6 });

  it('writes every item when storage takes them all', () => {
    fc.assert(
      fc.property(itemsArb, writesArb, (items, writes) => {
        const storage = storageHolding(items);
        expect(applyImport(storage, writes)).toEqual({ ok: true });
        expect(storedItems(storage)).toEqual(new Map([...items, ...writes]));
      }),
    );
  });

  it('when any write fails, leaves storage exactly as it was and says why', () => {
    fc.assert(
      fc.property(itemsArb, writesArb, fc.nat(), fc.constantFrom('QuotaExceededError', 'SecurityError'), (items, writes, n, name) => {
        const failing = n % writes.length;
        const storage = storageHolding(items, (write) => (write === failing ? new DOMException('refused', name) : undefined));
        expect(applyImport(storage, writes)).toEqual({ ok: false, reason: name === 'QuotaExceededError' ? 'full' : 'blocked' });
        expect(storedItems(storage)).toEqual(items);
      }),
    );
  });

  it('never throws, even when storage refuses to be read', () => {
    const refusing = new Proxy(storageHolding(new Map()), {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(applyImport(refusing, [[progressKey('quiz', 'a'), '{}']])).toEqual({ ok: false, reason: 'blocked' });
  });
});
