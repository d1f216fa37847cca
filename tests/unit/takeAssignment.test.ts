import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignmentRecordJoin,
  assignmentRecordKind,
  mergeAssignmentRecords,
  startedRecord,
  type AssignmentRecord,
} from '../../src/lib/progress/assignmentRecord';
import { decodeRecord, encodeRecord } from '../../src/lib/progress/recordCodec';
import { assignmentPlan } from '../../src/lib/quiz/assignmentPlan';
import { openQuiz, quizReducer, startState, type QuizContext, type QuizState } from '../../src/lib/quiz/quizMachine';
import { neededToPass } from '../../src/lib/quiz/scoring';
import {
  answersInOrder,
  assignmentRecordAfter,
  handedInAttempt,
  isPastDue,
  learnerSeed,
  localDay,
  nameProblem,
  secondsTaken,
  withCode,
} from '../../src/lib/teach/takeAssignment';
import { sampleQuiz } from '../support/quizFixtures';
import { rightAnswer, wrongAnswer } from '../support/answers';

const ids = sampleQuiz.map((question) => question.id);
const reversed = [...ids].reverse();

describe('the assignment plan', () => {
  it('asks exactly the teacher’s questions, in the teacher’s order when fixed, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (seed) => {
        const plan = assignmentPlan({ questionIds: reversed, order: 'fixed', feedback: 'end' });
        const state = startState({ questions: sampleQuiz, plan }, 'a', seed);
        expect(state.phase === 'asking' && state.attempt.order).toEqual(reversed);
      }),
    );
  });

  it('shuffled: the same questions, in an order that depends on the seed', () => {
    const plan = assignmentPlan({ questionIds: ids, order: 'shuffled', feedback: 'each' });
    const orders = new Set(
      Array.from({ length: 30 }, (_, seed) => {
        const state = startState({ questions: sampleQuiz, plan }, 'a', seed + 1);
        if (state.phase !== 'asking') throw new Error('not asking');
        expect([...state.attempt.order].sort()).toEqual([...ids].sort());
        return state.attempt.order.join();
      }),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('maps the teacher’s feedback to the machine’s timing: each → after each, end and graded → at the end', () => {
    expect(assignmentPlan({ questionIds: ids, order: 'fixed', feedback: 'each' }).feedback).toBe('after-each');
    expect(assignmentPlan({ questionIds: ids, order: 'fixed', feedback: 'end' }).feedback).toBe('at-end');
    expect(assignmentPlan({ questionIds: ids, order: 'fixed', feedback: 'graded' }).feedback).toBe('at-end');
  });
});

describe('the learner’s side', () => {
  it('asks for a name that is not blank and at most 60 characters', () => {
    expect(nameProblem('')).toMatch(/Enter your name/);
    expect(nameProblem('   ')).toMatch(/Enter your name/);
    expect(nameProblem('Ada')).toBeUndefined();
    expect(nameProblem('é'.repeat(60))).toBeUndefined();
    expect(nameProblem('😀'.repeat(61))).toMatch(/at most 60/);
  });

  it('is past due only from the day after the due day', () => {
    expect(isPastDue('2026-06-05', '2026-06-05')).toBe(false);
    expect(isPastDue('2026-06-05', '2026-06-06')).toBe(true);
    expect(isPastDue('2026-06-05', '2026-06-04')).toBe(false);
    expect(isPastDue(undefined, '2099-01-01')).toBe(false);
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  it('seeds each learner differently, the same learner the same', () => {
    expect(learnerSeed('abc', 'Ada')).toBe(learnerSeed('abc', ' Ada '));
    expect(learnerSeed('abc', 'Ada')).not.toBe(learnerSeed('abc', 'Bob'));
    expect(learnerSeed('abc', 'Ada')).not.toBe(learnerSeed('abd', 'Ada'));
  });

  it('counts whole seconds, never negative', () => {
    expect(secondsTaken(1000, 62_400)).toBe(61);
    expect(secondsTaken(5000, 1000)).toBe(0);
    expect(secondsTaken(undefined, 1000)).toBe(0);
  });

  it('needs the teacher’s share of the questions, computed without floating-point rounding up', () => {
    expect(neededToPass(10, 60)).toBe(6);
    expect(neededToPass(3, 50)).toBe(2);
    expect(neededToPass(7, 0)).toBe(0);
    expect(neededToPass(7, 100)).toBe(7);
  });
});

describe('the assignment record through an attempt', () => {
  const assignment = { questionIds: reversed };
  const plan = assignmentPlan({ questionIds: reversed, order: 'shuffled', feedback: 'end' });
  const context: QuizContext = { questions: sampleQuiz, plan };

  it('keeps the attempt in progress, then hands in once, with the answers in the assignment’s order', () => {
    let record = startedRecord(assignmentRecordKind.empty(), 'Homework', 'Ada', 1_000);
    let state: QuizState = openQuiz({ type: 'start', id: 'x', draw: 7 }, context);
    record = assignmentRecordAfter(record, assignment, state, 2_000);
    expect(record.current?.id).toBe('x');
    const first = state.phase === 'asking' ? state.attempt.order[0]! : '';
    state = quizReducer(state, { type: 'answer', answer: 0 as never }, context);
    state = quizReducer(state, { type: 'submit' }, context);
    record = assignmentRecordAfter(record, assignment, state, 31_000);
    expect(record.current).toBeUndefined();
    expect(record.handedIn).toEqual({
      at: 31_000,
      seconds: 30,
      answers: reversed.map((id) => (id === first ? 0 : null)),
    });
    // Handed in is final: later states change nothing.
    expect(assignmentRecordAfter(record, assignment, openQuiz({ type: 'start', id: 'y', draw: 8 }, context), 40_000)).toBe(record);
    expect(answersInOrder(assignment, { answers: { [first]: 0 } })).toEqual(reversed.map((id) => (id === first ? 0 : null)));
    const coded = withCode(record, 'DE1-abc');
    expect(decodeRecord(assignmentRecordKind, encodeRecord(coded), 'id')).toEqual({ status: 'ok', record: coded, dropped: [] });
  });

  it('a handed-in attempt reviews after a reload with the score it finished with, its answers and the learner’s own seed', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: reversed.length, maxLength: reversed.length }), fc.nat(50), (rights, skip) => {
        let record = startedRecord(assignmentRecordKind.empty(), 'Homework', 'Ada', 1_000);
        let state: QuizState = openQuiz({ type: 'start', id: 'x', draw: learnerSeed('abc', 'Ada') }, context);
        const order = state.phase === 'asking' ? state.attempt.order : [];
        order.forEach((id, position) => {
          const question = sampleQuiz.find((candidate) => candidate.id === id)!;
          if (position !== skip)
            state = quizReducer(state, { type: 'answer', answer: (rights[position] ? rightAnswer : wrongAnswer)(question) }, context);
          state = quizReducer(state, { type: position === order.length - 1 ? 'submit' : 'next' }, context);
        });
        record = assignmentRecordAfter(record, assignment, state, 5_000);
        if (state.phase !== 'finished' || !record.handedIn) throw new Error('not handed in');
        const past = handedInAttempt('abc', assignment, { ...record, handedIn: record.handedIn });
        expect(past.order).toEqual(reversed);
        expect(past.draw).toBe(learnerSeed('abc', 'Ada'));
        expect(Object.keys(past.answers).length).toBe(order.length - (skip < order.length ? 1 : 0));
        const reviewed = openQuiz({ type: 'review', past }, context);
        expect(reviewed.phase === 'reviewing' && reviewed.result).toEqual(state.result);
      }),
    );
  });

  const recordArb: fc.Arbitrary<AssignmentRecord> = fc
    .tuple(fc.constantFrom('a', 'b', 'c'), fc.nat(3), fc.option(fc.nat(1000), { nil: undefined }), fc.boolean())
    .map(([name, draw, handedAt, coded]) => {
      const started = startedRecord(assignmentRecordKind.empty(), 'Homework', name, 10);
      const state = openQuiz({ type: 'start', id: `${draw}-${name}`, draw: draw + 1 }, context);
      const asking = assignmentRecordAfter(started, assignment, state, 20);
      if (handedAt === undefined) return asking;
      const finished = assignmentRecordAfter(asking, assignment, quizReducer(state, { type: 'submit' }, context), handedAt);
      return coded ? withCode(finished, `DE1-${name}${handedAt}`) : finished;
    });

  it('joins two copies the same in either order and when repeated; a hand-in always wins', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (a, b) => {
        expect(mergeAssignmentRecords(a, b)).toEqual(mergeAssignmentRecords(b, a));
        expect(mergeAssignmentRecords(a, a)).toEqual(a);
        const merged = mergeAssignmentRecords(a, b);
        if (a.handedIn || b.handedIn) expect(merged.handedIn).toBeDefined();
        if (!assignmentRecordJoin.onWrite) throw new Error('no onWrite');
        if (a.handedIn) expect(assignmentRecordJoin.onWrite(a, b).handedIn).toBeDefined();
      }),
    );
  });

  it('joins two hand-ins that differ only in the name the same in either order', () => {
    const handIn = (name: string): AssignmentRecord => ({
      ...startedRecord(assignmentRecordKind.empty(), 'Homework', name, 10),
      handedIn: { at: 70, seconds: 60, answers: [null, null] },
    });
    const [first, second] = [handIn('Learner 0'), handIn('Learner 1')];
    expect(mergeAssignmentRecords(first, second)).toEqual(mergeAssignmentRecords(second, first));
  });

  it('reads back what it writes, and drops what does not fit', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(decodeRecord(assignmentRecordKind, encodeRecord(record), 'id')).toEqual({ status: 'ok', record, dropped: [] });
      }),
    );
    const damaged = decodeRecord(assignmentRecordKind, JSON.stringify({ v: 1, name: 5, handedIn: { at: 'x' }, current: [] }), 'id');
    expect(damaged).toEqual({ status: 'ok', record: { v: 1 }, dropped: ['name', 'current', 'handedIn'] });
  });
});
