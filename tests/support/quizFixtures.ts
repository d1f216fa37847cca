import fc from 'fast-check';
import type { Question } from '../../src/lib/quiz/questionTypes';
import type { MatchingQuestion } from '../../src/lib/quiz/questionTypes/matching';
import type { MultipleResponseQuestion } from '../../src/lib/quiz/questionTypes/multiple';
import type { SingleChoiceQuestion } from '../../src/lib/quiz/questionTypes/single';
import type { TrueFalseQuestion } from '../../src/lib/quiz/questionTypes/trueFalse';
import type { BankQuestion, QuizQuestion } from '../../src/lib/quiz/quizData';

const option = (text: string) => ({ text, feedback: `Why "${text}".` });

export const single: SingleChoiceQuestion = {
  id: 'roles-paypal',
  section: 'modular-producer',
  type: 'single',
  prompt: 'Which role does PayPal play?',
  options: [option('Orchestrator'), option('Modular producer'), option('Customer')],
  correct: 1,
  explanation: 'It plugs into many ecosystems.',
};
export const multiple: MultipleResponseQuestion = {
  id: 'roles-orchestrators',
  section: 'orchestrator',
  type: 'multiple',
  prompt: 'Which are orchestrators?',
  options: [option('Amazon'), option('PayPal'), option('Alibaba'), option('A guest on Airbnb')],
  correct: [0, 2],
  explanation: 'Both run ecosystems.',
};
export const trueFalse: TrueFalseQuestion = {
  id: 'roles-customer-business',
  section: 'customer',
  type: 'truefalse',
  prompt: 'A customer is always a person.',
  correct: false,
  explanation: 'Businesses can be customers.',
};
export const matching: MatchingQuestion = {
  id: 'roles-match',
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

/** A bank of `perLesson` true/false questions for each of `lessons` lessons. */
export function sampleBank(lessons: number, perLesson: number): BankQuestion[] {
  return Array.from({ length: lessons * perLesson }, (_, index) => ({
    ...trueFalse,
    id: `l${Math.floor(index / perLesson)}-q${index % perLesson}`,
    lesson: `lesson-${Math.floor(index / perLesson)}`,
  }));
}

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
