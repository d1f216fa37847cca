import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perfectAnswer } from '../../src/lib/quiz/evaluate';
import {
  answeredCount,
  currentQuestion,
  isChecked,
  missedIds,
  newAttempt,
  quizReducer,
  type QuizAction,
  type QuizContext,
  type QuizState,
} from '../../src/lib/quiz/quizMachine';
import { sampleQuiz } from '../support/quizFixtures';

const practice: QuizContext = { questions: sampleQuiz, mode: 'practice' };
const exam: QuizContext = { questions: sampleQuiz, mode: 'exam' };
const run = (context: QuizContext, actions: QuizAction[], from: QuizState = { phase: 'ready' }) =>
  actions.reduce((state, action) => quizReducer(state, action, context), from);
const asking = (state: QuizState) => {
  if (state.phase !== 'asking') throw new Error(`expected asking, got ${state.phase}`);
  return state;
};

describe('newAttempt', () => {
  it('asks every question once, in a seeded order, with seeded option orders', () => {
    const attempt = newAttempt(sampleQuiz, 'full', 7);
    expect([...attempt.order].sort()).toEqual(sampleQuiz.map((q) => q.id).sort());
    expect(newAttempt(sampleQuiz, 'full', 7)).toEqual(attempt);
    expect(attempt.optionOrder['roles-paypal']!.sort()).toEqual([0, 1, 2]);
    expect(attempt.optionOrder['roles-match']!.sort()).toEqual([0, 1, 2]);
    expect(attempt.optionOrder['roles-customer-business']).toBeUndefined();
  });

  it('a new seed gives a new order of questions or options', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(newAttempt(sampleQuiz, 'full', seed + 1))));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('limits a missed-only round to the given ids', () => {
    expect(newAttempt(sampleQuiz, 'missed', 3, ['roles-match', 'roles-paypal']).order.sort()).toEqual(['roles-match', 'roles-paypal']);
  });
});

describe('practice mode', () => {
  it('needs a complete answer to Check, shows feedback, then moves on', () => {
    let state = run(practice, [{ type: 'start', seed: 1 }]);
    const first = currentQuestion(asking(state), sampleQuiz);
    expect(run(practice, [{ type: 'next' }], state)).toBe(state); // no skipping unchecked
    expect(run(practice, [{ type: 'check' }], state)).toBe(state); // nothing to check
    state = run(practice, [{ type: 'answer', answer: perfectAnswer(first) }, { type: 'check' }], state);
    expect(isChecked(asking(state))).toBe(true);
    expect(asking(state).attempt.answers[first.id]).toEqual(perfectAnswer(first));
    // Once checked, the answer is locked.
    expect(run(practice, [{ type: 'answer', answer: 0 }], state)).toBe(state);
    state = run(practice, [{ type: 'next' }], state);
    expect(asking(state).attempt.index).toBe(1);
    expect(currentQuestion(asking(state), sampleQuiz).id).not.toBe(first.id);
  });

  it('finishes after the last question with a score', () => {
    let state = run(practice, [{ type: 'start', seed: 9 }]);
    for (let i = 0; i < sampleQuiz.length; i++) {
      const question = currentQuestion(asking(state), sampleQuiz);
      const answer = i === 0 ? (question.type === 'truefalse' ? !question.correct : perfectAnswer(question)) : perfectAnswer(question);
      state = run(
        practice,
        [
          { type: 'answer', answer: i === 0 && question.type !== 'truefalse' ? wrongAnswer(question) : answer },
          { type: 'check' },
          { type: 'next' },
        ],
        state,
      );
    }
    expect(state.phase).toBe('finished');
    if (state.phase !== 'finished') return;
    expect(state.result.score).toBe(sampleQuiz.length - 1);
    expect(missedIds(state.result, state.attempt.order)).toEqual([state.attempt.order[0]]);
  });

  it('Previous and Submit do nothing in practice', () => {
    const state = run(practice, [{ type: 'start', seed: 1 }]);
    expect(run(practice, [{ type: 'previous' }, { type: 'submit' }, { type: 'go-to', index: 2 }], state)).toBe(state);
  });
});

describe('exam mode', () => {
  it('keeps answers while moving back and forth, shows no feedback, and scores on submit', () => {
    let state = run(exam, [{ type: 'start', seed: 5 }]);
    const first = currentQuestion(asking(state), sampleQuiz);
    state = run(exam, [{ type: 'answer', answer: perfectAnswer(first) }, { type: 'next' }, { type: 'previous' }], state);
    expect(asking(state).attempt.answers[first.id]).toEqual(perfectAnswer(first));
    expect(run(exam, [{ type: 'check' }], state)).toBe(state);
    expect(answeredCount(asking(state).attempt, sampleQuiz)).toBe(1);
    state = run(exam, [{ type: 'go-to', index: 3 }], state);
    expect(asking(state).attempt.index).toBe(3);
    expect(run(exam, [{ type: 'next' }], state)).toBe(state); // last question: only Submit ends it
    state = run(exam, [{ type: 'submit' }], state);
    expect(state.phase === 'finished' && state.result.score).toBe(1);
  });
});

describe('any sequence of actions', () => {
  const action: fc.Arbitrary<QuizAction> = fc.oneof(
    fc.integer({ min: 1, max: 99 }).map((seed) => ({ type: 'start' as const, seed })),
    fc.oneof(fc.nat(4), fc.boolean(), fc.array(fc.nat(3), { maxLength: 3 })).map((answer) => ({ type: 'answer' as const, answer })),
    fc.constantFrom<QuizAction>({ type: 'check' }, { type: 'next' }, { type: 'previous' }, { type: 'submit' }, { type: 'reset' }),
    fc.integer({ min: -1, max: 5 }).map((index) => ({ type: 'go-to' as const, index })),
  );

  it('never crashes, keeps the index in range and the score within 0..total', () => {
    fc.assert(
      fc.property(fc.constantFrom(practice, exam), fc.array(action, { maxLength: 40 }), (context, actions) => {
        const state = run(context, actions);
        if (state.phase === 'asking') {
          expect(state.attempt.index).toBeGreaterThanOrEqual(0);
          expect(state.attempt.index).toBeLessThan(state.attempt.order.length);
        }
        if (state.phase === 'finished') {
          expect(state.result.score).toBeGreaterThanOrEqual(0);
          expect(state.result.score).toBeLessThanOrEqual(state.result.total);
        }
        // Every state is plain JSON, so it can be saved and resumed.
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
    );
  });
});

function wrongAnswer(question: (typeof sampleQuiz)[number]) {
  switch (question.type) {
    case 'single':
      return (question.correct + 1) % question.options.length;
    case 'multiple':
      return question.options
        .map((_, i) => i)
        .filter((i) => !question.correct.includes(i))
        .slice(0, 1);
    case 'truefalse':
      return !question.correct;
    case 'matching':
      return question.pairs.map(() =>
        question.choices.indexOf(question.pairs[0]!.match === question.choices[0] ? question.choices[1]! : question.choices[0]!),
      );
  }
}
