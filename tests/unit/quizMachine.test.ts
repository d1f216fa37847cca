import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  answeredCount,
  currentQuestion,
  isChecked,
  judgedAnswers,
  missedIds,
  newAttempt,
  openQuiz,
  quizReducer,
  resultScreen,
  reviewState,
  startState,
  type QuizAction,
  type QuizContext,
  type QuizPlan,
  type QuizState,
} from '../../src/lib/quiz/quizMachine';
import { rightAnswer, wrongAnswer } from '../support/answers';
import { sampleQuiz } from '../support/quizFixtures';

const everyQuestion = (feedback: QuizPlan['feedback']): QuizContext => ({
  questions: sampleQuiz,
  plan: { draw: () => sampleQuiz.map((question) => question.id), feedback },
});
const practice = everyQuestion('after-each');
const exam = everyQuestion('at-end');
const run = (context: QuizContext, actions: QuizAction[], from: QuizState) =>
  actions.reduce((state, action) => quizReducer(state, action, context), from);
const asking = (state: QuizState) => {
  if (state.phase !== 'asking') throw new Error(`expected asking, got ${state.phase}`);
  return state;
};
const finished = (state: QuizState) => {
  if (state.phase !== 'finished') throw new Error(`expected finished, got ${state.phase}`);
  return state;
};
const round = { id: 'a1', kind: 'full' as const, feedback: 'after-each' as const, draw: 7, seed: 7 };

/** Answers every question of a practice round: wrongly at the positions given, rightly elsewhere. */
function answerAll(state: QuizState, wrongAt: number[] = []): QuizState {
  let current = state;
  while (current.phase === 'asking') {
    const question = currentQuestion(current, sampleQuiz);
    const answer = wrongAt.includes(current.attempt.index) ? wrongAnswer(question) : rightAnswer(question);
    current = run(practice, [{ type: 'answer', answer }, { type: 'check' }, { type: 'next' }], current);
  }
  return current;
}

describe('newAttempt', () => {
  it('asks every given question once, in a seeded order, with seeded part orders', () => {
    const attempt = newAttempt(sampleQuiz, round);
    expect([...attempt.order].sort()).toEqual(sampleQuiz.map((q) => q.id).sort());
    expect(newAttempt(sampleQuiz, round)).toEqual(attempt);
    expect([...attempt.optionOrder['roles-paypal']!].sort()).toEqual([0, 1, 2]);
    expect([...attempt.optionOrder['roles-match']!].sort()).toEqual([0, 1, 2]);
    expect(attempt.optionOrder['roles-customer-business']).toBeUndefined();
    expect(attempt).toMatchObject({ id: 'a1', kind: 'full', feedback: 'after-each', draw: 7, seed: 7, index: 0 });
  });

  it('a new seed gives a new order of questions or options', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(newAttempt(sampleQuiz, { ...round, seed: seed + 1 }))));
    expect(orders.size).toBeGreaterThan(10);
  });
});

describe('starting', () => {
  it('asks the questions the plan draws, with the draw as its seed', () => {
    const plan: QuizPlan = {
      draw: (draw) => (draw % 2 ? ['roles-match', 'roles-paypal'] : ['roles-customer-business']),
      feedback: 'at-end',
    };
    const state = asking(startState({ questions: sampleQuiz, plan }, 'x', 3));
    expect([...state.attempt.order].sort()).toEqual(['roles-match', 'roles-paypal']);
    expect(state.attempt).toMatchObject({ id: 'x', kind: 'full', feedback: 'at-end', draw: 3, seed: 3 });
    expect(asking(startState({ questions: sampleQuiz, plan }, 'y', 4)).attempt.order).toEqual(['roles-customer-business']);
  });

  it('opens a new attempt, a saved one, or a review of the last one', () => {
    const started = asking(openQuiz({ type: 'start', id: 's', draw: 2 }, practice));
    expect(asking(openQuiz({ type: 'resume', attempt: started.attempt }, practice)).attempt).toBe(started.attempt);
    const review = openQuiz(
      { type: 'review', past: { id: 'p', order: ['roles-paypal', 'gone'], answers: { 'roles-paypal': 1, gone: 0 }, draw: 2 } },
      practice,
    );
    expect(review.phase).toBe('reviewing');
  });
});

describe('feedback after each question', () => {
  it('needs a complete answer to Check, shows feedback, then moves on', () => {
    let state = startState(practice, 'a', 1);
    const first = currentQuestion(asking(state), sampleQuiz);
    expect(run(practice, [{ type: 'next' }], state)).toBe(state); // no skipping unchecked
    expect(run(practice, [{ type: 'check' }], state)).toBe(state); // nothing to check
    state = run(practice, [{ type: 'answer', answer: rightAnswer(first) }, { type: 'check' }], state);
    expect(isChecked(asking(state))).toBe(true);
    expect(asking(state).attempt.answers[first.id]).toEqual(rightAnswer(first));
    // Once checked, the answer is locked.
    expect(run(practice, [{ type: 'answer', answer: 0 }], state)).toBe(state);
    state = run(practice, [{ type: 'next' }], state);
    expect(asking(state).attempt.index).toBe(1);
    expect(currentQuestion(asking(state), sampleQuiz).id).not.toBe(first.id);
  });

  it('finishes after the last question with a score, and lists what was missed', () => {
    const state = finished(answerAll(startState(practice, 'a', 9), [0]));
    expect(state.result.score).toBe(sampleQuiz.length - 1);
    expect(missedIds(state)).toEqual([state.attempt.order[0]]);
  });

  it('Previous and Submit do nothing', () => {
    const state = startState(practice, 'a', 1);
    expect(run(practice, [{ type: 'previous' }, { type: 'submit' }], state)).toBe(state);
  });
});

describe('feedback at the end (the exam)', () => {
  it('keeps answers while moving back and forth, shows no feedback, and scores on submit', () => {
    let state = startState(exam, 'e', 5);
    const first = currentQuestion(asking(state), sampleQuiz);
    state = run(exam, [{ type: 'answer', answer: rightAnswer(first) }, { type: 'next' }, { type: 'previous' }], state);
    expect(asking(state).attempt.answers[first.id]).toEqual(rightAnswer(first));
    expect(run(exam, [{ type: 'check' }], state)).toBe(state);
    expect(answeredCount(asking(state).attempt, sampleQuiz)).toBe(1);
    state = run(exam, [{ type: 'next' }, { type: 'next' }, { type: 'next' }], state);
    expect(asking(state).attempt.index).toBe(3);
    expect(run(exam, [{ type: 'next' }], state)).toBe(state); // last question: only Submit ends it
    expect(finished(run(exam, [{ type: 'submit' }], state)).result.score).toBe(1);
  });
});

describe('retrying the missed questions', () => {
  it('is a practice round of the missed ones that keeps the draw it came from (the exam-draw bug)', () => {
    const done = finished(run(exam, [{ type: 'submit' }], startState(exam, 'e', 4242)));
    const retry = asking(run(exam, [{ type: 'retry-missed', id: 'r', seed: 822391 }], done));
    expect(retry.attempt).toMatchObject({ id: 'r', kind: 'missed', feedback: 'after-each', draw: 4242, seed: 822391 });
    expect([...retry.attempt.order].sort()).toEqual([...missedIds(done)].sort());
    expect(resultScreen(finished(answerAll(retry))).draw).toBe(4242);
  });

  it('works from a review after a reload too, and not when nothing was missed', () => {
    const review = reviewState(
      {
        id: 'p',
        order: ['roles-paypal', 'roles-customer-business'],
        answers: { 'roles-paypal': 0, 'roles-customer-business': false },
        draw: 3,
      },
      sampleQuiz,
    );
    expect(asking(run(practice, [{ type: 'retry-missed', id: 'r', seed: 1 }], review)).attempt.order).toEqual(['roles-paypal']);
    const perfect = finished(answerAll(startState(practice, 'a', 2)));
    expect(run(practice, [{ type: 'retry-missed', id: 'r', seed: 1 }], perfect)).toBe(perfect);
  });
});

describe('reviewing the last attempt', () => {
  it('keeps the questions that still exist and the answers that still fit, scored afresh', () => {
    const state = reviewState(
      { id: 'p', order: ['gone', 'roles-paypal', 'roles-match'], answers: { 'roles-paypal': 1, 'roles-match': 'bad', gone: 1 } },
      sampleQuiz,
    );
    if (state.phase !== 'reviewing') throw new Error('expected a review');
    expect(state.past.order).toEqual(['roles-paypal', 'roles-match']);
    expect(state.past.answers).toEqual({ 'roles-paypal': 1 });
    expect(state.result).toMatchObject({ score: 1, total: 2 });
    expect(resultScreen(state)).toMatchObject({ kind: 'last-attempt', optionOrder: {} });
  });
});

describe('any sequence of actions', () => {
  const action: fc.Arbitrary<QuizAction> = fc.oneof(
    fc.integer({ min: 1, max: 99 }).map((draw) => ({ type: 'start' as const, id: `s${draw}`, draw })),
    fc.integer({ min: 1, max: 99 }).map((seed) => ({ type: 'retry-missed' as const, id: `m${seed}`, seed })),
    fc.oneof(fc.nat(4), fc.boolean(), fc.array(fc.nat(3), { maxLength: 3 })).map((answer) => ({ type: 'answer' as const, answer })),
    fc.constantFrom<QuizAction>({ type: 'check' }, { type: 'next' }, { type: 'previous' }, { type: 'submit' }),
  );

  it('never crashes, keeps the index in range and the score within 0..total, and stays plain JSON', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(practice, exam),
        fc.integer({ min: 1, max: 99 }),
        fc.array(action, { maxLength: 40 }),
        (context, draw, actions) => {
          const state = run(context, actions, startState(context, 'first', draw));
          if (state.phase === 'asking') {
            expect(state.attempt.index).toBeGreaterThanOrEqual(0);
            expect(state.attempt.index).toBeLessThan(state.attempt.order.length);
            expect(state.attempt.draw).toBeDefined();
          } else {
            expect(state.result.score).toBeGreaterThanOrEqual(0);
            expect(state.result.score).toBeLessThanOrEqual(state.result.total);
          }
          // Every state is plain JSON, so it can be saved and resumed.
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        },
      ),
    );
  });
});

describe('judgedAnswers: what the answer log records', () => {
  it('with feedback after each question, logs each answer once, when it is checked', () => {
    let state = startState(practice, 'a', 3);
    const logged: { q: string; right: boolean }[] = [];
    while (state.phase === 'asking') {
      const question = currentQuestion(state, sampleQuiz);
      const right = state.attempt.index % 2 === 0;
      for (const action of [
        { type: 'answer', answer: right ? rightAnswer(question) : wrongAnswer(question) },
        { type: 'check' },
        { type: 'next' },
      ] as QuizAction[]) {
        const next = quizReducer(state, action, practice);
        logged.push(...judgedAnswers(state, next, sampleQuiz));
        state = next;
      }
    }
    const order = finished(state).attempt.order;
    expect(logged).toEqual(order.map((id, index) => ({ q: id, right: index % 2 === 0 })));
  });

  it('with feedback at the end, logs every question once the attempt is submitted, unanswered ones as wrong', () => {
    const start = startState(exam, 'e', 5);
    const first = currentQuestion(asking(start), sampleQuiz);
    const answered = run(exam, [{ type: 'answer', answer: rightAnswer(first) }], start);
    expect(judgedAnswers(start, answered, sampleQuiz)).toEqual([]);
    const done = run(exam, [{ type: 'submit' }], answered);
    expect(judgedAnswers(answered, done, sampleQuiz)).toEqual(asking(start).attempt.order.map((id) => ({ q: id, right: id === first.id })));
    // Showing the result again, reviewing it or starting anew logs nothing more.
    expect(judgedAnswers(done, done, sampleQuiz)).toEqual([]);
    expect(judgedAnswers(done, startState(exam, 'e2', 6), sampleQuiz)).toEqual([]);
  });

  it('logs nothing for a resumed attempt or a review', () => {
    const start = startState(practice, 'r', 4);
    const resumed = run(
      practice,
      [{ type: 'answer', answer: rightAnswer(currentQuestion(asking(start), sampleQuiz)) }, { type: 'check' }],
      start,
    );
    expect(asking(resumed).attempt.checked).toHaveLength(1);
    expect(judgedAnswers(resumed, resumed, sampleQuiz)).toEqual([]);
    const past = { id: 'p', order: [sampleQuiz[0]!.id], answers: { [sampleQuiz[0]!.id]: rightAnswer(sampleQuiz[0]!) } };
    expect(judgedAnswers(resumed, reviewState(past, sampleQuiz), sampleQuiz)).toEqual([]);
  });

  it('never logs a question twice in one attempt, whatever the learner does', () => {
    const action: fc.Arbitrary<QuizAction> = fc.oneof(
      fc.oneof(fc.nat(4), fc.boolean(), fc.array(fc.nat(3), { maxLength: 3 })).map((answer) => ({ type: 'answer' as const, answer })),
      fc.constantFrom<QuizAction>({ type: 'check' }, { type: 'next' }, { type: 'previous' }, { type: 'submit' }),
    );
    fc.assert(
      fc.property(fc.constantFrom(practice, exam), fc.array(action, { maxLength: 40 }), (context, actions) => {
        let state = startState(context, 'once', 9);
        const logged: string[] = [];
        for (const next of actions) {
          const after = quizReducer(state, next, context);
          logged.push(...judgedAnswers(state, after, sampleQuiz).map((answer) => answer.q));
          state = after;
        }
        expect(new Set(logged).size).toBe(logged.length);
      }),
    );
  });
});
