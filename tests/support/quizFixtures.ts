import fc from 'fast-check';
import type { Question } from '../../src/lib/quiz/questionTypes';
import type { MatchingQuestion } from '../../src/lib/quiz/questionTypes/matching';
import type { MultipleResponseQuestion } from '../../src/lib/quiz/questionTypes/multiple';
import type { SingleChoiceQuestion } from '../../src/lib/quiz/questionTypes/single';
import type { TrueFalseQuestion } from '../../src/lib/quiz/questionTypes/trueFalse';
import type { BankQuestion, QuizQuestion } from '../../src/lib/quiz/quizData';
import type { GameDeck } from '../../src/lib/game/deck';

const option = (text: string) => ({ text, feedback: `Why "${text}".` });

export const single: SingleChoiceQuestion = {
  id: 'roles-paypal',
  objective: 'tell-apart',
  fact: 'paypal-modular-producer',
  section: 'modular-producer',
  type: 'single',
  prompt: 'Which role does PayPal play?',
  options: [option('Orchestrator'), option('Modular producer'), option('Customer')],
  correct: 1,
  explanation: 'It plugs into many ecosystems.',
};
export const multiple: MultipleResponseQuestion = {
  id: 'roles-orchestrators',
  objective: 'tell-apart',
  fact: 'identify-orchestrator',
  section: 'orchestrator',
  type: 'multiple',
  prompt: 'Which are orchestrators?',
  options: [option('Amazon'), option('PayPal'), option('Alibaba'), option('A guest on Airbnb')],
  correct: [0, 2],
  explanation: 'Both run ecosystems.',
};
export const trueFalse: TrueFalseQuestion = {
  id: 'roles-customer-business',
  objective: 'describe-roles',
  fact: 'customer-person-or-business',
  section: 'customer',
  type: 'truefalse',
  prompt: 'A customer is always a person.',
  correct: false,
  explanation: 'Businesses can be customers.',
};
export const matching: MatchingQuestion = {
  id: 'roles-match',
  objective: 'many-roles',
  fact: 'tell-roles-apart',
  section: 'customer',
  type: 'matching',
  prompt: 'Match each to its role.',
  choices: ['Orchestrator', 'Modular producer', 'Customer'],
  pairs: [
    { item: 'Amazon', match: 'Orchestrator' },
    { item: 'PayPal', match: 'Modular producer' },
    { item: 'Airbnb guest', match: 'Customer' },
  ],
  explanation: 'Each plays one role here.',
};
export const sampleQuiz: Question[] = [single, multiple, trueFalse, matching];

/** The sample quiz as the browser gets it: with a lesson and a feedback link on every question. */
export const sampleQuizData: QuizQuestion[] = sampleQuiz.map((question) => ({
  ...question,
  lesson: 'three-roles',
  link: { href: `#${question.section}`, text: `Re-read “${question.section}”` },
}));

/** A bank of `perLesson` true/false questions for each of `lessons` lessons, each on its own fact, over three objectives per lesson. */
export function sampleBank(lessons: number, perLesson: number): BankQuestion[] {
  return Array.from({ length: lessons * perLesson }, (_, index) => {
    const id = `l${Math.floor(index / perLesson)}-q${index % perLesson}`;
    return { ...trueFalse, id, fact: `fact-${id}`, objective: `objective-${index % 3}`, lesson: `lesson-${Math.floor(index / perLesson)}` };
  });
}

/**
 * Arbitrary question pools for the draw's property tests: a lesson's questions with objectives and facts
 * drawn from small sets, so facts repeat (two ways of asking one thing) and objectives cluster, as in the course.
 */
export const arbitraryPool: fc.Arbitrary<BankQuestion[]> = fc
  .array(
    fc.record({ objective: fc.integer({ min: 0, max: 5 }), fact: fc.integer({ min: 0, max: 30 }), lesson: fc.integer({ min: 0, max: 5 }) }),
    {
      minLength: 1,
      maxLength: 40,
    },
  )
  .map((entries) =>
    entries.map(({ objective, fact, lesson }, index) => ({
      ...trueFalse,
      id: `q${index}`,
      objective: `objective-${objective}`,
      fact: `fact-${fact}`,
      lesson: `lesson-${lesson}`,
    })),
  );

/** Arbitrary well-formed questions of every type, for property tests. */
export const arbitraryQuestion: fc.Arbitrary<Question> = fc.oneof(
  fc.record({ count: fc.integer({ min: 3, max: 6 }), pick: fc.nat() }).map(({ count, pick }) => ({
    ...single,
    options: Array.from({ length: count }, (_, i) => option(`o${i}`)),
    correct: pick % count,
  })),
  fc.integer({ min: 3, max: 7 }).chain((count) =>
    fc
      .subarray(
        Array.from({ length: count }, (_, i) => i),
        { minLength: 1, maxLength: count - 1 },
      )
      .map((correct) => ({
        ...multiple,
        options: Array.from({ length: count }, (_, i) => option(`o${i}`)),
        correct,
      })),
  ),
  fc.boolean().map((correct) => ({ ...trueFalse, correct })),
  fc.integer({ min: 2, max: 6 }).map((count) => ({
    ...matching,
    choices: Array.from({ length: count + 1 }, (_, i) => `c${i}`),
    pairs: Array.from({ length: count }, (_, i) => ({ item: `i${i}`, match: `c${(i * 7) % (count + 1)}` })),
  })),
);

/** A small sorting-game deck: three buckets, five cards, one of which fits two buckets. */
export const sampleDeck: GameDeck = {
  id: 'roles',
  title: 'Who plays which role?',
  buckets: [
    { id: 'orchestrator', label: 'Orchestrator', hint: 'Builds and runs it' },
    { id: 'producer', label: 'Modular producer', hint: 'Adds a piece' },
    { id: 'customer', label: 'Customer', hint: 'Gets value' },
  ],
  cards: [
    ['amazon', ['orchestrator']],
    ['paypal', ['producer']],
    ['guest', ['customer']],
    ['poster', ['customer', 'producer']],
    ['alibaba', ['orchestrator']],
  ].map(([id, accepts]) => ({
    id: id as string,
    text: `Card ${id as string}`,
    accepts: accepts as string[],
    reason: `Because of ${id as string}.`,
    link: { href: '#x', text: 'Re-read' },
  })),
};
